package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.http.Creations;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportJobView;
import cn.gov.xinxiang.agri.platform.imports.ImportJobs;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.project.programmes.ProgrammeRegions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Skills training and certificates (技能培训持证). Bulk certificates come as XLSX through the platform's
 * {@code /api/v1/imports/skills-certificates} (template, job, row errors) or as CSV here, which becomes the same job.
 */
@Path("/api/v1/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skills training and certificates")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class SkillsResource {

    @Inject
    SkillsService skills;
    @Inject
    ProgrammeRegions regions;
    @Inject
    CurrentUser user;
    @Inject
    Creations creations;
    @Inject
    ImportJobs jobs;
    @Context
    UriInfo uri;

    @ConfigProperty(name = "agri.imports.max-rows", defaultValue = "50000")
    int maxRows;

    @POST
    @Path("/trainings")
    @Transactional
    @Operation(summary = "Register a skills training programme run with the human-resources department (city; county users for their county)")
    public Response createTraining(@Valid @NotNull SkillsDtos.TrainingRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> skills.createTraining(body), t -> t.id, t -> view(t, 0));
    }

    @GET
    @Path("/trainings/{id}")
    @Operation(summary = "A training programme of your county (or below it, or of a county in your region), with its certificates count")
    public SkillsDtos.TrainingView training(@PathParam("id") UUID id) {
        SkillsTraining t = skills.training(id);
        return view(t, skills.certificateCounts(List.of(t.id)).getOrDefault(t.id, 0L));
    }

    @GET
    @Path("/trainings")
    @Operation(summary = "Training programmes (filter by county subtree and year), newest year first; paged with total")
    public Page<SkillsDtos.TrainingView> trainings(@QueryParam("countyCode") @Parameter(example = "410725000000") String countyCode,
                                                   @QueryParam("year") @Parameter(example = "2024") Integer year,
                                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<SkillsTraining> found = skills.trainings(countyCode, year, PageRequest.of(page, size));
        Map<UUID, Long> counts = skills.certificateCounts(found.items().stream().map(t -> t.id).toList());
        return found.map(t -> view(t, counts.getOrDefault(t.id, 0L)));
    }

    @POST
    @Path("/certificates")
    @Transactional
    @Operation(summary = "Record one certificate of a person of a poverty-alleviated or monitored household on the roster (city, county; "
            + "the ID number is kept masked only); the same rules as the import, every bad field named")
    public Response record(@Valid @NotNull SkillsDtos.CertificateRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> skills.record(body), c -> c.id, this::view);
    }

    @POST
    @Path("/certificates/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import certificates from a CSV file (UTF-8, header row of the template's Chinese headers or the field keys): "
            + "the same job as an XLSX sent to /api/v1/imports/skills-certificates; 202 with the job's Location, every bad row in its errors, "
            + "nothing stored unless every row is right")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "certificates", value =
            "户编号,持证人姓名,身份证号,证书类型,证书等级,发证机构,证书编号,发证日期\n"
                    + "4107259012010001,张小红,410725199001011234,职业技能等级证书,五级/初级工,原阳县人力资源和社会保障局,S0000410700252530001,2024-05-20\n")))
    @APIResponse(responseCode = "202", description = "the job", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobView.class)))
    public Response importCsv(@QueryParam("fileName") @Parameter(example = "原阳县2024年技能证书.csv") String fileName, byte[] body) {
        byte[] workbook = CsvWorkbook.read(body, maxRows,
                CertificateColumns.ALL.stream().filter(c -> c.key().equals(CertificateColumns.ID_NUMBER)).findFirst().orElseThrow(),
                CertificateColumns.ALL);
        ImportJobView job = jobs.submit(CertificateImport.KIND, new ImportCaller(user.subject(), user.role(), user.region()), fileName, workbook);
        return Response.status(202).location(uri.getBaseUriBuilder().path("api/v1/imports").path(job.kind()).path("jobs").path(job.id().toString())
                .build()).entity(job).build();
    }

    @GET
    @Path("/certificates/{id}")
    @Operation(summary = "A certificate in your region (ID number masked)")
    public SkillsDtos.CertificateView certificate(@PathParam("id") UUID id) {
        return view(skills.certificate(id));
    }

    @GET
    @Path("/certificates")
    @Operation(summary = "Certificates in your region (filter by region subtree, year, kind, level, household, training), by village and date; "
            + "paged with total; ID numbers masked")
    public Page<SkillsDtos.CertificateView> certificates(
            @QueryParam("regionCode") @Parameter(description = "a region subtree inside yours", example = "410725000000") String regionCode,
            @QueryParam("year") @Parameter(description = "the year of issue", example = "2024") Integer year,
            @QueryParam("kind") @Parameter(example = "SKILL_LEVEL") String kind,
            @QueryParam("level") @Parameter(example = "LEVEL_5") String level,
            @QueryParam("householdId") UUID householdId,
            @QueryParam("trainingId") UUID trainingId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return skills.certificates(new SkillsService.CertificateFilter(regionCode, year,
                QueryParameters.enumValue("kind", kind, CertificateKind.class), QueryParameters.enumValue("level", level, CertificateLevel.class), householdId, trainingId),
                PageRequest.of(page, size)).map(this::view);
    }

    @GET
    @Path("/totals")
    @Operation(summary = "Certificates and people certified per county and year in your region, and in all (a person once); "
            + "optional region subtree and year")
    public SkillsDtos.Totals totals(@QueryParam("regionCode") @Parameter(example = "410725000000") String regionCode,
                                    @QueryParam("year") @Parameter(example = "2024") Integer year) {
        return skills.totals(regionCode, year);
    }

    private SkillsDtos.TrainingView view(SkillsTraining t, long certificates) {
        return new SkillsDtos.TrainingView(t.id, t.name, t.countyCode, regions.nameOf(t.countyCode), t.year, t.organiser, certificates,
                t.createdBy, t.createdAt);
    }

    private SkillsDtos.CertificateView view(SkillsCertificate c) {
        return new SkillsDtos.CertificateView(c.id, c.householdId, c.householdNo, c.villageCode, regions.nameOf(c.villageCode), c.countyCode,
                c.personName, c.idNumberMasked, c.kind, c.kind.label, c.level, c.level.label, c.issuer, c.certificateNo, c.issuedOn, c.year,
                c.trainingId, c.importJobId, c.createdBy, c.createdAt);
    }
}
