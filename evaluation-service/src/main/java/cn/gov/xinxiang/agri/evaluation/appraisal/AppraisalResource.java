package cn.gov.xinxiang.agri.evaluation.appraisal;

import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalService.Correction;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalService.NewRound;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalService.RankingView;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalService.RoundView;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalService.ScoreSheet;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalService.SheetView;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalService.VersionedSheet;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * On-site appraisal (观摩评比): city users open rounds with their projects, criteria and judges. Judges are
 * users (role judge; judgeId = their token subject) who see only the rounds they are assigned to, score only
 * those rounds' projects, and correct their sheets until the round closes (each correction a new version
 * with its reason). Rankings per county and for the city; everyone but judges reads them within their region.
 */
@Path("/api/v1/appraisals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "On-site appraisal")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service", "judge"})
@ServiceScope("evaluation:read")
public class AppraisalResource {

    @Inject
    AppraisalService appraisals;

    @Inject
    Replies replies;

    @POST
    @Transactional
    @Operation(summary = "Open an appraisal round with its projects, criteria (maximum score each, in priority order) and judges (users with "
            + "role judge, by token subject) (city users; Idempotency-Key honoured)")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewRound body) {
        return appraisals.create(key, body);
    }

    @GET
    @Operation(summary = "Appraisal rounds, newest first: a judge sees the rounds they are assigned to, everyone else all rounds")
    public Page<RoundView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return appraisals.list(page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An appraisal round with its projects, criteria and judges (404 for a judge not assigned to it)")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(appraisals.round(id), r -> r.version, appraisals::view);
    }

    @POST
    @Path("/{id}/scores")
    @Transactional
    @Operation(summary = "Record a score sheet for one of the round's projects, a score per criterion: a judge their own (judgeId = their "
            + "user), a city user a judge's paper sheet; one sheet per judge and project (409; correct it with PUT instead)")
    public Response score(@PathParam("id") UUID id, @Valid @NotNull ScoreSheet body) {
        VersionedSheet s = appraisals.score(id, body);
        return replies.created(URI.create("/api/v1/appraisals/" + id + "/scores/" + s.sheet().id()), s, VersionedSheet::version, VersionedSheet::sheet);
    }

    @GET
    @Path("/{id}/scores")
    @Operation(summary = "The round's current score sheets: a judge their own, city users and auditors all, others those within their region")
    public Page<SheetView> sheets(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return appraisals.sheets(id, page, size);
    }

    @GET
    @Path("/{id}/scores/{sheetId}")
    @Operation(summary = "A score sheet's current version; the ETag is what a correction sends in If-Match")
    public Response sheetOf(@PathParam("id") UUID id, @PathParam("sheetId") UUID sheetId) {
        return Replies.read(appraisals.sheetOf(id, sheetId), VersionedSheet::version, VersionedSheet::sheet);
    }

    @GET
    @Path("/{id}/scores/{sheetId}/versions")
    @Operation(summary = "Every version of a score sheet, the first one and each correction with its reason")
    public List<SheetView> versions(@PathParam("id") UUID id, @PathParam("sheetId") UUID sheetId) {
        return appraisals.versions(id, sheetId);
    }

    @PUT
    @Path("/{id}/scores/{sheetId}")
    @Transactional
    @Operation(summary = "Correct a score sheet before the round closes: a new version with its reason (the old one stays readable); the "
            + "judge their own sheet, or a city user (If-Match with the sheet's ETag; 409 once the round is published)")
    public Response correct(@PathParam("id") UUID id, @PathParam("sheetId") UUID sheetId, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull Correction body) {
        return replies.changed(appraisals.correct(id, sheetId, ifMatch, body), VersionedSheet::version, VersionedSheet::sheet);
    }

    @GET
    @Path("/{id}/ranking")
    @Operation(summary = "The round's projects ranked for the city (cityRank) and within each county (countyRank) by the judges' average total; "
            + "countyCode= gives one county's ranking. Rows within your region; ranks count every project (not for judges)")
    public RankingView ranking(@PathParam("id") UUID id, @QueryParam("countyCode") String countyCode) {
        return appraisals.ranking(id, countyCode);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Close a round and publish its ranking (city users; If-Match); sheets can no longer be recorded or corrected; an "
            + "appraisal-published event is sent")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return replies.changed(appraisals.publish(id, ifMatch), r -> r.version, appraisals::view);
    }
}
