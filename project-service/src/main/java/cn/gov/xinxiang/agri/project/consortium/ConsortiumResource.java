package cn.gov.xinxiang.agri.project.consortium;

import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.http.Creations;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/consortia")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consortia")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class ConsortiumResource {

    @Inject
    ConsortiumService consortia;
    @Inject
    Creations creations;
    @Inject
    Replies replies;

    @POST
    @Transactional
    @Operation(summary = "Record a consortium (帮扶产业发展联合体) of your county: a leading industry of the year, a registered leading enterprise "
            + "as lead, registered members, and what it links (county or city users)")
    public Response create(@Valid @NotNull ConsortiumDtos.CreateRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> consortia.create(body), c -> c.id, consortia::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a consortium of a county in your region (ETag = its version)")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(consortia.get(id), c -> c.versionNo, consortia::view);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Correct a consortium as a new version with the reason (county or city; If-Match with the version)")
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ConsortiumDtos.CorrectionRequest body) {
        return replies.changed(consortia.correct(id, ifMatch, body), c -> c.versionNo, consortia::view);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every version of a consortium as it read, oldest first, with the reason of each correction")
    public List<ConsortiumDtos.VersionView> versions(@PathParam("id") UUID id) {
        return consortia.versions(id);
    }

    @GET
    @Operation(summary = "List consortia of the counties in your region (filter by county, year, leading industry)")
    public Page<ConsortiumDtos.Summary> list(
            @QueryParam("countyCode") @Parameter(example = "410725000000") String countyCode,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(example = "2024") Integer year,
            @QueryParam("leadingIndustryCode") @Parameter(example = "PREPARED_MEALS") String leadingIndustryCode,
            @QueryParam("sort") @Parameter(description = "-year (default), year, name (pinyin order), -employedHouseholds", example = "-year") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return consortia.list(new ConsortiumService.Filter(countyCode, year, leadingIndustryCode, sort), PageRequest.of(page, size));
    }

    @GET
    @Path("/totals")
    @Operation(summary = "Per county and year in your region: consortia, households employed and linked, and each product linked summed in its unit")
    public List<ConsortiumDtos.Totals> totals(@QueryParam("countyCode") @Parameter(example = "410725000000") String countyCode,
                                              @QueryParam("year") @Min(2000) @Max(2100) @Parameter(example = "2024") Integer year) {
        return consortia.totals(countyCode, year);
    }
}
