package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Bulk imports of this service (kinds offered by its {@link ImportHandler} beans): the XLSX template,
 * submitting a file (202 with the job's Location), and the jobs with their counts and every row's errors.
 * A service that imports nothing builds with {@code agri.imports.enabled=false} and serves none of it.
 */
@IfBuildProperty(name = "agri.imports.enabled", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
public class ImportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentUser user;

    @Inject
    ImportJobs jobs;

    @Context
    UriInfo uri;

    @Schema(name = "ImportKind")
    public record KindView(@Schema(examples = "legacy-assets") String kind, @Schema(examples = "历史资产") String title, List<ImportColumn> columns) {
    }

    @GET
    @Path("/kinds")
    @Operation(summary = "The kinds of import this service offers, with their columns")
    public List<KindView> kinds() {
        return jobs.kinds().stream().map(h -> new KindView(h.kind(), h.title(), h.columns())).toList();
    }

    @GET
    @Path("/{kind}/template")
    @Produces(XLSX)
    @Operation(summary = "The XLSX template of an import kind: Chinese headers (required ones marked *), a comment on each header saying "
            + "what to enter, drop-downs for closed lists, and a 填写说明 sheet")
    @APIResponse(responseCode = "200", description = "the template", content = @Content(mediaType = XLSX))
    public Response template(@PathParam("kind") @Parameter(example = "legacy-assets") String kind) {
        ImportHandler h = jobs.handler(kind);
        String ascii = kind + "-template.xlsx";
        String chinese = URLEncoder.encode(h.title() + "导入模板.xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(XlsxTemplate.write(h.title(), h.columns()), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + chinese)
                .build();
    }

    @POST
    @Path("/{kind}")
    @Consumes(XLSX)
    @Operation(summary = "Import an XLSX file (the body is the workbook). 202 with the job's Location; a small file is usually finished by "
            + "then (status SUCCEEDED or FAILED in the body), a large one is polled. All rows are checked first; any bad row fails the job "
            + "with every row's errors and nothing is stored; rows already stored with the same content change nothing")
    @APIResponse(responseCode = "202", description = "the job", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobView.class)))
    public Response submitXlsx(@PathParam("kind") @Parameter(example = "legacy-assets") String kind,
                               @QueryParam("fileName") @Parameter(example = "原阳县历史资产.xlsx") String fileName,
                               byte[] body) {
        return accepted(jobs.submit(kind, caller(), fileName, body));
    }

    @POST
    @Path("/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an XLSX file sent as multipart/form-data (part \"file\"); otherwise as the XLSX body")
    @APIResponse(responseCode = "202", description = "the job", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobView.class)))
    public Response submitMultipart(@PathParam("kind") @Parameter(example = "legacy-assets") String kind,
                                    @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalidField("file", "import.file-part");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return accepted(jobs.submit(kind, caller(), file.fileName(), content));
    }

    @GET
    @Path("/{jobId}")
    @Operation(summary = "An import job: status, counts (total, processed, failed, created, unchanged) and every row's errors; "
            + "visible in the creator's region subtree and above (404 elsewhere)")
    public ImportJobView get(@PathParam("jobId") UUID jobId) {
        return jobs.find(jobId, user.scope()).orElseThrow(() -> ProblemException.notFound("import job", jobId));
    }

    @GET
    @Path("/{kind}/jobs/{jobId}")
    @Operation(summary = "The same job under its kind: the address a 202's Location gives, so an entry point in front of several "
            + "services (the console, the one-origin Ingress) routes it by kind")
    public ImportJobView getOfKind(@PathParam("kind") @Parameter(example = "legacy-assets") String kind, @PathParam("jobId") UUID jobId) {
        return jobs.find(jobId, user.scope()).filter(j -> j.kind().equals(kind))
                .orElseThrow(() -> ProblemException.notFound("import job", jobId));
    }

    @GET
    @Path("/{kind}/jobs")
    @Operation(summary = "Import jobs of one kind created in your region subtree, newest first, without their errors; paged with total")
    public Page<ImportJobView> listOfKind(@PathParam("kind") @Parameter(example = "legacy-assets") String kind,
                                          @QueryParam("status") @Parameter(example = "FAILED") String status,
                                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        jobs.handler(kind);
        return list(kind, status, page, size);
    }

    @GET
    @Operation(summary = "Import jobs created in your region subtree, newest first, without their errors; paged with total")
    public Page<ImportJobView> list(@QueryParam("kind") @Parameter(example = "legacy-assets") String kind,
                                    @QueryParam("status") @Parameter(example = "FAILED") String status,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (s != null && !List.of(ImportJobs.QUEUED, ImportJobs.RUNNING, ImportJobs.SUCCEEDED, ImportJobs.FAILED).contains(s)) {
            throw ProblemException.invalidField("status", "problem.one-of", "QUEUED, RUNNING, SUCCEEDED, FAILED");
        }
        return jobs.list(user.scope(), kind == null || kind.isBlank() ? null : kind.strip(), s, PageRequest.of(page, size));
    }

    private ImportCaller caller() {
        return new ImportCaller(user.subject(), user.role(), user.region());
    }

    private Response accepted(ImportJobView job) {
        return Response.status(202).location(uri.getBaseUriBuilder().path("api/v1/imports").path(job.kind()).path("jobs").path(job.id().toString()).build())
                .entity(job).build();
    }
}
