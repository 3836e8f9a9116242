package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.asset.corrections.RecordVersions;
import cn.gov.xinxiang.agri.asset.corrections.VersionDtos;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    Replies replies;

    @Inject
    RegionDirectory regions;

    @Context
    UriInfo uri;

    @POST
    @Path("/distributions")
    @Transactional
    @Operation(summary = "Propose the distribution of a village's collective income for an ended half-year (the village itself)",
            description = "The income must equal the period's income inventories of the village's operating assets, or the difference is explained "
                    + "in incomeDifferenceNote (422 income-not-reconciled on field income otherwise). Then the township reviews, the county approves, "
                    + "the village publishes.")
    public Response propose(@Valid @NotNull DistributionDtos.DistributionRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.create(user.subject(), idempotencyKey, body, () -> {
            Distribution d = distributions.propose(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(d.id.toString()).build(), distributions.view(d));
        });
    }

    @GET
    @Path("/distributions/public")
    @Operation(summary = "The public list (收益分配公示) of a period: published distributions of a village (or of every village of a township or county)",
            description = "Household heads' names masked (张*明); no household or personal identifiers. A published version stays posted while a "
                    + "correction of it goes through the procedure.")
    public Page<DistributionDtos.PublicView> published(@QueryParam("village") @Parameter(description = "12-digit code of a village, township or county", required = true) String village,
                                                       @QueryParam("period") @Parameter(required = true, example = "2025H1") String period,
                                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return distributions.published(village, period, page, size);
    }

    @GET
    @Path("/distributions/{id}")
    @Operation(summary = "Read a distribution with the lines of its current version (ETag for the next step)")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(distributions.get(id), d -> d.rowVersion, distributions::view);
    }

    @GET
    @Path("/distributions/{id}/versions")
    @Operation(summary = "Every version of a distribution as it read, oldest first, with the reason of each correction")
    public VersionDtos.VersionsView versions(@PathParam("id") UUID id) {
        Distribution d = distributions.get(id);
        return VersionDtos.of(RecordVersions.Kind.DISTRIBUTION, id.toString(), d.versionNo, distributions.versions(id));
    }

    @POST
    @Path("/distributions/{id}/corrections")
    @Transactional
    @Operation(summary = "Correct the content as a new version with the reason (the village; a proposal before review, a returned, approved or published one; If-Match)")
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull DistributionDtos.CorrectionRequest body) {
        return step(distributions.correct(id, ifMatch, body));
    }

    @POST
    @Path("/distributions/{id}/township-review")
    @Transactional
    @Operation(summary = "The township reviews a proposal of its village (If-Match)")
    public Response review(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = false, description = "an optional comment") @Valid DistributionDtos.ReviewRequest body) {
        return step(distributions.review(id, ifMatch, body == null ? null : body.comment()));
    }

    @POST
    @Path("/distributions/{id}/approval")
    @Transactional
    @Operation(summary = "The county approves a distribution its township reviewed (If-Match)")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = false, description = "an optional comment") @Valid DistributionDtos.ReviewRequest body) {
        return step(distributions.approve(id, ifMatch, body == null ? null : body.comment()));
    }

    @POST
    @Path("/distributions/{id}/return")
    @Transactional
    @Operation(summary = "Return it to the village with reasons (the township a proposal; the county a reviewed, approved or published one; If-Match)")
    public Response returnToVillage(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull DistributionDtos.ReturnRequest body) {
        return step(distributions.returnToVillage(id, ifMatch, body.reason()));
    }

    @POST
    @Path("/distributions/{id}/publication")
    @Transactional
    @Operation(summary = "Publish the approved version to the village (the village or its county; If-Match)")
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(distributions.publish(id, ifMatch));
    }

    @GET
    @Path("/distributions")
    @Operation(summary = "List distributions in your region (without lines), by period and status")
    public Page<DistributionDtos.DistributionView> list(@QueryParam("period") String period, @QueryParam("status") String status,
                                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<Distribution> found = distributions.list(period, status, PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(d -> distributions.summary(d, null)).toList(), found.page(), found.size(), found.total());
    }

    private Response step(Distribution d) {
        return replies.changed(d, x -> x.rowVersion, distributions::view);
    }

    @GET
    @Path("/households")
    @Operation(summary = "The household roster copy for your region (from project-service's events)")
    public Page<DistributionDtos.HouseholdView> roster(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<Household> found = distributions.roster(PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(h -> new DistributionDtos.HouseholdView(h.id, h.nationalHouseholdNo, h.villageCode,
                h.headName, h.category, h.labourCapacity, h.onRoster, h.leftRosterAt, h.changedAt)).toList(), found.page(), found.size(), found.total());
    }
}
