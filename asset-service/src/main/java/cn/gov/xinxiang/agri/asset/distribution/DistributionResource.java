package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Distribution")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class DistributionResource {

    @Inject
    DistributionService distributions;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    RegionDirectory regions;

    @Context
    UriInfo uri;

    @POST
    @Path("/distributions")
    @Transactional
    @Operation(summary = "Record the distribution of a village's collective income for an ended half-year (the village itself)")
    public Response record(@Valid @NotNull DistributionDtos.DistributionRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.create(user.subject(), idempotencyKey, body, () -> {
            Distribution d = distributions.record(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(d.id.toString()).build(), view(d, true));
        });
    }

    @GET
    @Path("/distributions/{id}")
    @Operation(summary = "Read a distribution with its lines")
    public DistributionDtos.DistributionView get(@PathParam("id") UUID id) {
        return view(distributions.get(id), true);
    }

    @GET
    @Path("/distributions")
    @Operation(summary = "List distributions in your region (without lines)")
    public Page<DistributionDtos.DistributionView> list(@QueryParam("period") String period, @QueryParam("page") Integer page,
                                                         @QueryParam("size") Integer size) {
        Page<Distribution> found = distributions.list(period, PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(d -> view(d, false)).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/households")
    @Operation(summary = "The household roster copy for your region (from project-service's events)")
    public Page<DistributionDtos.HouseholdView> roster(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<Household> found = distributions.roster(PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(h -> new DistributionDtos.HouseholdView(h.id, h.nationalHouseholdNo, h.villageCode,
                h.headName, h.category, h.labourCapacity, h.onRoster, h.leftRosterAt, h.changedAt)).toList(), found.page(), found.size(), found.total());
    }

    private DistributionDtos.DistributionView view(Distribution d, boolean withLines) {
        List<DistributionDtos.LineView> lines = null;
        if (withLines) {
            List<DistributionLine> ls = distributions.lines(d.id);
            Map<UUID, Household> hs = distributions.households(ls);
            lines = ls.stream().map(l -> new DistributionDtos.LineView(l.lineNo, l.kind, l.kind.label, l.householdId,
                    l.householdId == null || !hs.containsKey(l.householdId) ? null : hs.get(l.householdId).headName,
                    l.use, l.use == null ? null : l.use.label, l.amount, l.workDescription, l.workDays, l.note)).toList();
        }
        return new DistributionDtos.DistributionView(d.id, d.villageCode, regions.nameOf(RegionCode.of(d.villageCode)), d.period, d.income,
                d.targetAmount, d.targetShare, d.minTargetShare, d.workPayAmount, d.guaranteeAmount, d.permittedUseAmount, d.recordedBy,
                d.recordedAt, lines);
    }
}
