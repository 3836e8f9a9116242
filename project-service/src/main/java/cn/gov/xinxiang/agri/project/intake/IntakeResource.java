package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Creations;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.project.library.Project;
import cn.gov.xinxiang.agri.project.library.ProjectViews;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The intake workflow and lifecycle steps of one project. Each returns the project with its new ETag;
 * If-Match is checked when sent (a stale one is 412).
 */
@Path("/api/v1/projects/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project intake")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class IntakeResource {

    @Inject
    IntakeService intake;
    @Inject
    ProjectViews views;
    @Inject
    Creations creations;

    @Inject
    Replies replies;

    private Response ok(Project p) {
        return replies.changed(p, x -> x.version, views::view);
    }

    @POST
    @Path("/submission")
    @Consumes(MediaType.WILDCARD) // no body: clients need not send a Content-Type
    @Transactional
    @Operation(summary = "Submit a complete draft to the township (village users; 村申报)")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(intake.submit(id, ifMatch));
    }

    @POST
    @Path("/township-review")
    @Transactional
    @Operation(summary = "Approve a submitted project at the township (township users; 乡审核)")
    public Response townshipApprove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid IntakeDtos.NoteRequest body) {
        return ok(intake.townshipApprove(id, ifMatch, body == null ? null : body.note()));
    }

    @POST
    @Path("/county-review")
    @Transactional
    @Operation(summary = "Approve at the county with the four checks and their evidence (county users; 县审定)")
    public Response countyApprove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull IntakeDtos.CountyApprovalRequest body) {
        return ok(intake.countyApprove(id, ifMatch, body));
    }

    @POST
    @Path("/notice")
    @Consumes(MediaType.WILDCARD) // no body: clients need not send a Content-Type
    @Transactional
    @Operation(summary = "Start the public notice of an approved project (county users; 公示, at least the year's minimum days)")
    public Response startNotice(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(intake.startNotice(id, ifMatch));
    }

    @POST
    @Path("/admission")
    @Consumes(MediaType.WILDCARD) // no body: clients need not send a Content-Type
    @Transactional
    @Operation(summary = "Admit the project to the library after its notice, all objections resolved (county users; 入库)")
    public Response admit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(intake.admit(id, ifMatch));
    }

    @POST
    @Path("/return")
    @Transactional
    @Operation(summary = "Return the project to the tier below with reasons (township to village, county to township)")
    public Response returnProject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull IntakeDtos.ReturnRequest body) {
        return ok(intake.returnToTierBelow(id, ifMatch, body.reason()));
    }

    @POST
    @Path("/completion")
    @Transactional
    @Operation(summary = "Record completion of a project in progress (county users; 竣工)")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull IntakeDtos.CompletionRequest body) {
        return ok(intake.complete(id, ifMatch, body.completedOn()));
    }

    @POST
    @Path("/acceptance")
    @Transactional
    @Operation(summary = "Accept a completed project with the assets it formed (county users; 验收); asset-service takes them over",
            description = "asset-service takes over every asset of an acceptance or none, so the acceptance is refused when any asset "
                    + "breaks the register's rules (the shared AcceptanceRules of the contracts module): 422 "
                    + "urn:agri:problem:acceptance-rule with errors[] naming each field, e.g. assets[1].locationRegionCode when an asset "
                    + "stands at county level or a household asset at a township (assets stand in a village or township of the "
                    + "project's county; household assets in a village and with their household; only household assets name one). "
                    + "400 for malformed input: an unknown region or one outside the county, a household not on the roster, a duplicate "
                    + "assetRef. Nothing is stored or announced when refused.")
    @APIResponse(responseCode = "200", description = "accepted; ProjectAcceptedV1 is announced")
    @APIResponse(responseCode = "422", description = "an asset the register would refuse", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "county-level asset", value = """
                    {"type": "urn:agri:problem:acceptance-rule", "title": "Rule violated", "status": 422,
                     "detail": "the asset register would not take this over: assets[1].locationRegionCode: an asset stands in a village or a township, not at county level (410725000000)",
                     "errors": [{"field": "assets[1].locationRegionCode",
                                 "message": "an asset stands in a village or a township, not at county level (410725000000)"}]}""")))
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull IntakeDtos.AcceptanceRequest body) {
        return ok(intake.accept(id, ifMatch, body.assets()));
    }

    @GET
    @Path("/transitions")
    @Operation(summary = "Every step of the project: who, when, why")
    public List<IntakeDtos.TransitionView> history(@PathParam("id") UUID id) {
        return intake.history(id).stream().map(t -> new IntakeDtos.TransitionView(t.action, t.action.label, t.fromStatus, t.toStatus,
                t.actor, t.actorRole, t.actorRegion, t.reason, t.at)).toList();
    }

    @POST
    @Path("/objections")
    @Transactional
    @Operation(summary = "Record an objection received during the public notice (county users)")
    public Response recordObjection(@PathParam("id") UUID id, @Valid @NotNull IntakeDtos.ObjectionRequest body,
                                    @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> intake.recordObjection(id, body), o -> o.id, IntakeResource::view);
    }

    @POST
    @Path("/objections/{objectionId}/resolution")
    @Transactional
    @Operation(summary = "Resolve an objection (county users); admission waits until every objection is resolved")
    public Response resolveObjection(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull IntakeDtos.ResolutionRequest body) {
        return replies.changed(intake.resolveObjection(id, objectionId, ifMatch, body), o -> o.version, IntakeResource::view);
    }

    @GET
    @Path("/objections")
    @Operation(summary = "Objections to the project's public notice")
    public List<IntakeDtos.ObjectionView> objections(@PathParam("id") UUID id) {
        return intake.objections(id).stream().map(IntakeResource::view).toList();
    }

    static IntakeDtos.ObjectionView view(NoticeObjection o) {
        return new IntakeDtos.ObjectionView(o.id, o.raisedBy, o.content, o.receivedAt, o.recordedBy, o.resolution, o.upheld, o.resolvedBy,
                o.resolvedAt, o.version);
    }
}
