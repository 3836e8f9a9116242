package cn.gov.xinxiang.agri.project.demovillage;

import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.http.Creations;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
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

@Path("/api/v1/demonstration-villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Demonstration villages")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class DemonstrationVillageResource {

    @Inject
    DemonstrationVillageService villages;
    @Inject
    ProgrammeRegions regions;
    @Inject
    Creations creations;
    @Inject
    Replies replies;

    @POST
    @Transactional
    @Operation(summary = "Record a village's designation as a demonstration village (示范村, e.g. 全省康养示范村) with the village's projects "
            + "that qualify for the library because of it (city; county users for their villages)")
    public Response designate(@Valid @NotNull DemonstrationVillageDtos.DesignationRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> villages.designate(body), d -> d.id, this::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A designation in your region")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(villages.get(id), d -> d.version, this::view);
    }

    @PUT
    @Path("/{id}/projects")
    @Transactional
    @Operation(summary = "Replace the village's projects that qualify because of the designation (city, county; If-Match with its ETag)")
    public Response relink(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull DemonstrationVillageDtos.ProjectsRequest body) {
        return replies.changed(villages.relink(id, ifMatch, body.projectIds()), d -> d.version, this::view);
    }

    @GET
    @Operation(summary = "Demonstration villages in your region (filter by region subtree, kind, issuing level, year designated); paged with total")
    public Page<DemonstrationVillageDtos.DesignationView> list(
            @QueryParam("regionCode") @Parameter(description = "a region subtree inside yours", example = "410782000000") String regionCode,
            @QueryParam("kind") @Parameter(example = "WELLNESS") String kind,
            @QueryParam("issuingLevel") @Parameter(example = "PROVINCIAL") String issuingLevel,
            @QueryParam("yearDesignated") @Parameter(example = "2023") Integer yearDesignated,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return villages.list(new DemonstrationVillageService.Filter(regionCode,
                QueryParameters.enumValue("kind", kind, DemonstrationKind.class), QueryParameters.enumValue("issuingLevel", issuingLevel, IssuingLevel.class),
                yearDesignated), PageRequest.of(page, size)).map(this::view);
    }

    @GET
    @Path("/totals")
    @Operation(summary = "Designated villages and their qualifying projects per kind and issuing level in your region (optional region subtree, year)")
    public List<DemonstrationVillageDtos.KindTotal> totals(@QueryParam("regionCode") @Parameter(example = "410782000000") String regionCode,
                                                           @QueryParam("yearDesignated") @Parameter(example = "2023") Integer yearDesignated) {
        return villages.totals(new DemonstrationVillageService.Filter(regionCode, null, null, yearDesignated));
    }

    private DemonstrationVillageDtos.DesignationView view(DemonstrationVillage d) {
        return new DemonstrationVillageDtos.DesignationView(d.id, d.villageCode, regions.nameOf(d.villageCode), d.countyCode, d.kind, d.kind.label,
                d.issuingLevel, d.issuingLevel.label, d.yearDesignated, List.copyOf(d.projectIds), d.createdBy, d.createdAt, d.version);
    }
}
