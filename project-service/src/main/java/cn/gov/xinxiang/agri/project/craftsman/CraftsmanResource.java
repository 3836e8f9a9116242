package cn.gov.xinxiang.agri.project.craftsman;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/craftsmen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rural craftsmen")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class CraftsmanResource {

    @Inject
    CraftsmanService craftsmen;
    @Inject
    ProgrammeRegions regions;
    @Inject
    Creations creations;

    @POST
    @Transactional
    @Operation(summary = "Record a rural craftsman's recognition (乡村工匠: city level, provincial master, national master recommended; "
            + "city and county users, in their region)")
    public Response create(@Valid @NotNull CraftsmanDtos.CraftsmanRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> craftsmen.create(body), c -> c.id, this::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A craftsman's recognition in your region")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(craftsmen.get(id), c -> c.version, this::view);
    }

    @GET
    @Operation(summary = "Craftsmen in your region (filter by region subtree, level, year recognised), by region, level and name; paged with total")
    public Page<CraftsmanDtos.CraftsmanView> list(
            @QueryParam("regionCode") @Parameter(description = "a region subtree inside yours", example = "410725000000") String regionCode,
            @QueryParam("level") @Parameter(example = "CITY") String level,
            @QueryParam("yearRecognised") @Parameter(example = "2023") Integer yearRecognised,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return craftsmen.list(new CraftsmanService.Filter(regionCode, QueryParameters.enumValue("level", level, CraftsmanLevel.class),
                yearRecognised), PageRequest.of(page, size)).map(this::view);
    }

    @GET
    @Path("/totals")
    @Operation(summary = "Recognitions and households employed per level in your region (every level, zero where none; "
            + "optional region subtree and year)")
    public List<CraftsmanDtos.LevelTotal> totals(
            @QueryParam("regionCode") @Parameter(example = "410725000000") String regionCode,
            @QueryParam("yearRecognised") @Parameter(example = "2023") Integer yearRecognised) {
        return craftsmen.totals(new CraftsmanService.Filter(regionCode, null, yearRecognised)).stream()
                .map(c -> new CraftsmanDtos.LevelTotal(c.level(), c.level().label, c.craftsmen(), c.householdsEmployed())).toList();
    }

    private CraftsmanDtos.CraftsmanView view(Craftsman c) {
        return CraftsmanDtos.CraftsmanView.of(c, regions.nameOf(c.regionCode));
    }
}
