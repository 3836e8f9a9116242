package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.funding.policy.Shares;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.Replies;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("funding:read")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    Idempotency idempotency;

    @Inject
    RegionDirectory regions;

    @Inject
    Replies replies;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @ServiceScope("funding:plans:write")
    @POST
    @Transactional
    @Operation(summary = "Draw up a fiscal year's plan (city users): sources, planned uses, split to counties")
    public Response create(@Valid @NotNull PlanDtos.PlanRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.create("plan:" + user.subject(), idempotencyKey, body, () -> {
            FundingPlan p = plans.create(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(p.id.toString()).build(), view(p));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a plan; county shares are shown for your region")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(plans.get(id), p -> p.version, this::view);
    }

    @GET
    @Operation(summary = "All plans, newest fiscal year first")
    public List<PlanDtos.PlanView> list() {
        return plans.list().stream().map(this::view).toList();
    }

    @ServiceScope("funding:plans:write")
    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Change a draft plan (city users, If-Match required)")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull PlanDtos.PlanRequest body,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return replies.changed(plans.update(id, body, ifMatch), p -> p.version, this::view);
    }

    @ServiceScope("funding:plans:write")
    @POST
    @Path("/{id}/publication")
    @Transactional
    @Operation(summary = "Publish a draft plan (city users, If-Match required); below a policy floor a justification is required")
    public Response publish(@PathParam("id") UUID id, @Valid PlanDtos.PublishRequest body,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return replies.changed(plans.publish(id, body, ifMatch), p -> p.version, this::view);
    }

    @ServiceScope("funding:plans:write")
    @POST
    @Path("/{id}/amendments")
    @Transactional
    @Operation(summary = "Amend a published plan as its next version with a reason (city users, If-Match required). The floors and "
            + "negative list are checked again: breaking one needs a justification (422 below-floor-needs-justification otherwise); "
            + "422 amendment-below-allocations when allocations already made would exceed the amended plan, naming them")
    public Response amend(@PathParam("id") UUID id, @Valid @NotNull PlanDtos.AmendmentRequest body,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FundingPlan p = plans.amend(id, body, ifMatch);
        return replies.created(uri.getBaseUriBuilder().path("api/v1/plans").path(p.id.toString()).path("versions")
                .path(String.valueOf(p.planVersion)).build(), p, x -> x.version, this::view);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "A published plan's versions, oldest first: 1 is the publication, then each amendment with its reason")
    public Page<PlanDtos.VersionView> versions(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        FundingPlan p = plans.get(id);
        Page<PlanVersion> found = plans.versions(id, PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(v -> view(p, v)).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}/versions/{n}")
    @Operation(summary = "One version of a plan as it was made")
    public PlanDtos.VersionView version(@PathParam("id") UUID id, @PathParam("n") int n) {
        FundingPlan p = plans.get(id);
        return view(p, plans.version(id, n));
    }

    PlanDtos.VersionView view(FundingPlan p, PlanVersion v) {
        PlanFigures f = v.figures();
        List<PlanDtos.VersionShareView> shares = plans.visibleVersionShares(v).stream()
                .map(s -> new PlanDtos.VersionShareView(s.countyCode, regions.nameOf(RegionCode.of(s.countyCode)), s.amount,
                        PlanDtos.CountyUses.of(s.uses())))
                .toList();
        return new PlanDtos.VersionView(v.planId, p.fiscalYear, v.versionNo, v.kind, v.reason,
                new PlanDtos.Sources(f.central(), f.provincial(), f.city(), f.county()), f.total(),
                new PlanDtos.Uses(f.industryDevelopment(), f.leadingIndustry(), f.infrastructure(), f.employment(), f.other()),
                Shares.display(f.industryDevelopment(), f.total()), Shares.display(f.leadingIndustry(), f.industryDevelopment()),
                v.breachList(), v.justification, v.justifiedBy, v.justifiedAt, v.madeBy, v.madeAt, v.versionNo == p.planVersion, shares,
                v.versionNo == 1 ? p.sourceDocument : null);
    }

    PlanDtos.PlanView view(FundingPlan p) {
        PlanFigures f = p.figures();
        PlanRules.FloorCheck floors = plans.floors(p);
        List<PlanDtos.CountyShareView> shares = plans.visibleShares(p.id).stream()
                .map(s -> PlanDtos.CountyShareView.of(s, regions.nameOf(RegionCode.of(s.countyCode))))
                .toList();
        var all = plans.sharesOf(p.id).stream().map(s -> s.amount).toList();
        return new PlanDtos.PlanView(p.id, p.fiscalYear, p.status, p.status.label,
                new PlanDtos.Sources(f.central(), f.provincial(), f.city(), f.county()), f.total(),
                new PlanDtos.Uses(f.industryDevelopment(), f.leadingIndustry(), f.infrastructure(), f.employment(), f.other()),
                Shares.display(f.industryDevelopment(), f.total()), Shares.display(f.leadingIndustry(), f.industryDevelopment()),
                floors.belowFloor(), shares, PlanRules.unsplit(f, all),
                p.justification, p.justifiedBy, p.justifiedAt, p.publishedBy, p.publishedAt, p.planVersion, p.version,
                p.sourceDocument, p.importJobId);
    }
}
