package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The division directory (区划) that every service checks regions against. Reading is open to every
 * authenticated user (pickers); only city users change it, by uploading a whole new official list,
 * reading the difference and applying exactly that preview.
 */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Division directory: search, tree, ancestors; city users upload and apply new official lists")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class RegionResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RegionQueries queries;
    @Inject
    RegionUploadService uploads;
    @Inject
    CurrentUser user;
    @Inject
    Idempotency idempotency;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search regions by Chinese name (substring), pinyin or initials (prefix) or code digits (prefix); paged")
    public Page<RegionDtos.RegionView> search(
            @QueryParam("q") @Parameter(description = "东屯, dongtun, dtc or 410726", example = "dongtun") String q,
            @QueryParam("tier") @Parameter(description = "CITY, COUNTY, TOWNSHIP or VILLAGE", example = "VILLAGE") String tier,
            @QueryParam("within") @Parameter(description = "only below this region", example = "410726000000") String within,
            @QueryParam("includeRetired") @Parameter(description = "also codes retired from the official list", example = "false") Boolean includeRetired,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return queries.search(q, QueryParameters.enumValue("tier", tier, Tier.class), within, Boolean.TRUE.equals(includeRetired), PageRequest.of(page, size));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read one region (also a retired one) with its ancestors (city first) and change history")
    public RegionDtos.RegionDetail get(@PathParam("code") @Parameter(example = "410726101201") String code) {
        return queries.get(code(code));
    }

    @GET
    @Path("/{code}/children")
    @Operation(summary = "The children of a region (the tree, one level), each with its number of active children")
    public Page<RegionDtos.RegionView> children(@PathParam("code") @Parameter(example = "410726000000") String code,
                                                @QueryParam("includeRetired") Boolean includeRetired,
                                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return queries.children(code(code), Boolean.TRUE.equals(includeRetired), PageRequest.of(page, size));
    }

    @POST
    @Path("/uploads")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Transactional
    @Operation(summary = "Upload a whole new official list as CSV (city users): stores and returns the difference to the directory "
            + "(added, renamed, moved, retired, restored); nothing changes until it is applied")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "list", value =
            "code,name\n410726000000,延津县\n410726101000,东屯镇\n410726101201,东屯村村民委员会\n")))
    public Response uploadCsv(String body, @QueryParam("fileName") @Parameter(example = "xinxiang-2024.csv") String fileName,
                              @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return created(idempotency.create(user.subject(), idempotencyKey, body, () -> {
            RegionDtos.UploadView v = uploads.previewCsv(body, fileName);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(v.id().toString()).build(), v);
        }));
    }

    @POST
    @Path("/uploads")
    @Consumes(XLSX)
    @Transactional
    @Operation(summary = "Upload a whole new official list as XLSX (first sheet, same columns as the CSV; city users): returns the difference")
    public Response uploadXlsx(byte[] body, @QueryParam("fileName") String fileName, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return created(idempotency.create(user.subject(), idempotencyKey, java.util.HexFormat.of().formatHex(body == null ? new byte[0] : body), () -> {
            RegionDtos.UploadView v = uploads.previewXlsx(body, fileName);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(v.id().toString()).build(), v);
        }));
    }

    @GET
    @Path("/uploads/{id}")
    @Operation(summary = "Read an upload's preview (or its application): counts and the first 200 changes; ETag = the token to apply it")
    public Response upload(@PathParam("id") UUID id) {
        RegionDtos.UploadView v = uploads.get(id);
        return Response.ok(v).tag(new EntityTag(v.token())).build();
    }

    @GET
    @Path("/uploads/{id}/changes")
    @Operation(summary = "Page through all changes of an upload, optionally of one kind")
    public Page<RegionDtos.ChangeView> changes(@PathParam("id") UUID id,
                                               @QueryParam("kind") @Parameter(description = "ADDED, RENAMED, MOVED, RETIRED or RESTORED", example = "RETIRED") String kind,
                                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return uploads.changes(id, QueryParameters.enumValue("kind", kind, RegionDiff.Kind.class), PageRequest.of(page, size));
    }

    @POST
    @Path("/uploads/{id}/application")
    @Transactional
    @Operation(summary = "Apply a previewed upload (city users; If-Match = the preview's token): the directory changes exactly as "
            + "previewed, retired codes refuse new records, and every change is announced on agri.region")
    public Response apply(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RegionDtos.UploadView v = uploads.apply(id, ifMatch);
        return Response.ok(v).tag(new EntityTag(v.token())).build();
    }

    private static Response created(Response r) {
        if (r.getEntity() instanceof RegionDtos.UploadView v) {
            return Response.fromResponse(r).tag(new EntityTag(v.token())).build();
        }
        return r;
    }

    private static RegionCode code(String code) {
        return QueryParameters.regionCode("code", code);
    }
}
