package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationViews.EvaluationSummary;
import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationViews.NewEvaluation;
import cn.gov.xinxiang.agri.evaluation.inputs.FiscalYearParameter;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Evaluations per project, county and city: computed by city users as drafts, then published (immutable). */
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @Inject
    Replies replies;

    @POST
    @Transactional
    @Operation(summary = "Evaluate a project, county or the city for a year: a new draft version (city users; Idempotency-Key honoured)")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewEvaluation body) {
        return service.create(key, body);
    }

    @GET
    @Path("/preview")
    @Operation(summary = "Compute an evaluation's evidence and score from the current read models without storing anything")
    public JsonNode preview(@QueryParam("subjectType") String typeParam, @QueryParam("subjectId") String subjectId,
                            @QueryParam("fiscalYear") String fiscalYearParam) {
        SubjectType type = Refusals.orThrow(EvaluationRules.subjectNamed(QueryParameters.enumValue("subjectType", typeParam, SubjectType.class), subjectId));
        return service.preview(type, subjectId, FiscalYearParameter.parse(fiscalYearParam));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An evaluation version with its evidence and its differences to the previous version")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(service.find(id), e -> e.version, service::view);
    }

    @GET
    @Path("/{id}/records")
    @Operation(summary = "The read-model records one indicator of an evaluation counted, with each one's part of numerator and denominator, "
            + "a page at a time in the order the rule listed them (total = the evidence's recordCount); 400 for an indicator the evaluation has not")
    public Page<CountedRecords.View> records(@PathParam("id") UUID id,
                                             @QueryParam("indicator") @Schema(examples = "ASSET_RETURN_BENCHMARK") String indicator,
                                             @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.records(id, indicator, PageRequest.of(page, size));
    }

    @GET
    @Operation(summary = "Evaluations in your region, newest versions first")
    public Page<EvaluationSummary> list(@QueryParam("fiscalYear") String fiscalYearParam, @QueryParam("subjectType") String typeParam,
                                        @QueryParam("status") String statusParam,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        SubjectType type = QueryParameters.enumValue("subjectType", typeParam, SubjectType.class);
        Evaluation.Status status = QueryParameters.enumValue("status", statusParam, Evaluation.Status.class);
        Integer fiscalYear = fiscalYearParam == null ? null : FiscalYearParameter.parse(fiscalYearParam);
        return service.list(fiscalYear, type, status, page, size);
    }

    @POST
    @Path("/{id}/recompute")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Recompute a draft from the current read models and framework (city users; If-Match; 409 once published)")
    public Response recompute(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return replies.changed(service.recompute(id, ifMatch), e -> e.version, service::view);
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Recompute a published evaluation from the current read models, policy copy and framework and compare it with the "
            + "published one (city users): unchanged clears a stale mark; changed creates the next version as a draft (or recomputes the open "
            + "draft), whose publication supersedes this one. The published version itself never changes")
    public EvaluationService.Verification verify(@PathParam("id") UUID id) {
        return service.verify(id);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Publish a draft; it becomes immutable, earlier published versions of the subject and year become SUPERSEDED, "
            + "and an evaluation-published event is sent (city users; If-Match)")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return replies.changed(service.publish(id, ifMatch), e -> e.version, service::view);
    }
}
