package cn.gov.xinxiang.agri.project.envoy;

import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.http.Creations;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.project.programmes.ProgrammeRegions;
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

@Path("/api/v1/envoys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Science and technology envoys")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class EnvoyResource {

    @Inject
    EnvoyService envoys;
    @Inject
    ProgrammeRegions regions;
    @Inject
    Creations creations;
    @Inject
    Replies replies;

    @POST
    @Transactional
    @Operation(summary = "Register a science and technology envoy (科技特派员) for a county and year with the projects and villages served "
            + "(city; county users for their county); every link is checked")
    public Response register(@Valid @NotNull EnvoyDtos.EnvoyRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> envoys.register(body), e -> e.id, this::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An envoy of your county (or of a county in your region)")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(envoys.get(id), e -> e.version, this::view);
    }

    @PUT
    @Path("/{id}/assignments")
    @Transactional
    @Operation(summary = "Replace the projects and villages the envoy serves (city, county; If-Match with the envoy's ETag); every link is checked")
    public Response reassign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull EnvoyDtos.AssignmentsRequest body) {
        return replies.changed(envoys.reassign(id, ifMatch, body), e -> e.version, this::view);
    }

    @GET
    @Operation(summary = "Envoys (filter by county subtree, year, a project served, a village served), newest year first; paged with total")
    public Page<EnvoyDtos.EnvoyView> list(@QueryParam("countyCode") @Parameter(example = "410725000000") String countyCode,
                                          @QueryParam("year") @Parameter(example = "2025") Integer year,
                                          @QueryParam("projectId") UUID projectId,
                                          @QueryParam("villageCode") @Parameter(example = "410725901201") String villageCode,
                                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return envoys.list(new EnvoyService.Filter(countyCode, year, projectId, villageCode), PageRequest.of(page, size)).map(this::view);
    }

    @POST
    @Path("/{id}/services")
    @Transactional
    @Operation(summary = "Record a service of the envoy: date, topic, households reached, optionally one of the envoy's villages or projects "
            + "(city, county)")
    public Response recordService(@PathParam("id") UUID id, @Valid @NotNull EnvoyDtos.ServiceRequest body,
                                  @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> envoys.recordService(id, body), s -> s.id, this::view);
    }

    @GET
    @Path("/{id}/services")
    @Operation(summary = "The envoy's service records, newest first; paged with total")
    public Page<EnvoyDtos.ServiceView> services(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return envoys.services(id, PageRequest.of(page, size)).map(this::view);
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "Envoys' coverage of library projects per county for a fiscal year: library projects (admitted or beyond) in your "
            + "region, those an envoy serves, and the share")
    public List<EnvoyDtos.CoverageView> coverage(@QueryParam("countyCode") @Parameter(example = "410725000000") String countyCode,
                                                 @QueryParam("year") @NotNull @Min(2000) @Max(2100) @Parameter(example = "2025") Integer year) {
        return envoys.coverage(countyCode, year);
    }

    private EnvoyDtos.EnvoyView view(Envoy e) {
        return new EnvoyDtos.EnvoyView(e.id, e.name, e.organisation, e.speciality, e.countyCode, regions.nameOf(e.countyCode), e.year,
                envoys.visibleProjects(e), envoys.visibleVillages(e), e.createdBy, e.createdAt, e.version);
    }

    private EnvoyDtos.ServiceView view(ServiceRecord s) {
        return new EnvoyDtos.ServiceView(s.id, s.envoyId, s.countyCode, s.servedOn, s.topic, s.householdsReached, s.villageCode,
                regions.nameOf(s.villageCode), s.projectId, s.createdBy, s.createdAt);
    }
}
