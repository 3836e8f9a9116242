package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.evaluation.inputs.FiscalYearParameter;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
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

    public record NewEvaluation(
            @NotNull @Schema(examples = "COUNTY") SubjectType subjectType,
            @NotBlank @Size(max = 64) @Schema(description = "project UUID, county code or the city code", examples = "410725000000") String subjectId,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer fiscalYear) {
    }

    public record EvaluationView(UUID id, SubjectType subjectType, String subjectTypeLabel, String subjectId, String subjectName,
                                 String regionCode, int fiscalYear, int versionNo, Evaluation.Status status, String statusLabel,
                                 @Schema(examples = "86.25") BigDecimal score, @Schema(examples = "GOOD") String grade,
                                 @Schema(examples = "良") String gradeLabel, Instant createdAt, String createdBy, Instant publishedAt,
                                 UUID previousId,
                                 @Schema(description = "how much of the framework had data: indicators with and without data (required ones "
                                         + "scored 0), not applicable ones, and the weight share with data") JsonNode coverage,
                                 @Schema(description = "sha-256 of the evidence as computed: a recomputation with equal inputs gives the same")
                                 String inputsFingerprint,
                                 @Schema(description = "set when a later published version superseded this one") UUID supersededBy,
                                 Instant supersededAt,
                                 @Schema(description = "set when an input this published evaluation read changed afterwards; verify it") Instant staleSince,
                                 String staleReason,
                                 @Schema(description = "the rules and arithmetic behind every number; per indicator the count (recordCount) "
                                         + "and sha-256 (recordsFingerprint) of the records it counted, which GET /{id}/records?indicator= pages")
                                 JsonNode evidence,
                                 @Schema(description = "changes against the previous version; null for version 1") JsonNode differences) {
    }

    public record EvaluationSummary(UUID id, SubjectType subjectType, String subjectId, String subjectName, String regionCode, int fiscalYear,
                                    int versionNo, Evaluation.Status status, BigDecimal score, String grade,
                                    @Schema(description = "share of the applicable weight with data", examples = "85.00") BigDecimal coveragePercent,
                                    Instant publishedAt, UUID supersededBy, Instant staleSince) {
    }

    static String statusLabel(Evaluation.Status s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case PUBLISHED -> "已发布";
            case SUPERSEDED -> "已被新版本取代";
        };
    }

    @Inject
    CurrentUser user;

    @Inject
    EvaluationService service;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper mapper;

    @Inject
    CountedRecords counted;

    EvaluationView view(Evaluation e) {
        try {
            JsonNode evidence = mapper.readTree(e.evidence);
            return new EvaluationView(e.id, e.subjectType, e.subjectType.label, e.subjectId, e.subjectName, e.regionCode, e.fiscalYear,
                    e.versionNo, e.status, statusLabel(e.status), e.score, e.grade,
                    evidence.path("gradeLabel").isNull() ? null : evidence.path("gradeLabel").asText(null), e.createdAt, e.createdBy,
                    e.publishedAt, e.previousId, evidence.get("coverage"), e.inputsFingerprint, e.supersededBy, e.supersededAt, e.staleSince,
                    e.staleReason, evidence, e.differences == null ? null : mapper.readTree(e.differences));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    Evaluation find(UUID id) {
        return Evaluation.<Evaluation>find("id = :id and " + RegionScope.clause("regionCode"), user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("evaluation", id));
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "problem.one-of", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    @POST
    @Transactional
    @Operation(summary = "Evaluate a project, county or the city for a year: a new draft version (city users; Idempotency-Key honoured)")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewEvaluation body) {
        user.require(Role.CITY);
        return idempotency.create(user.subject(), key, body, () -> {
            Evaluation e = service.create(service.subject(body.subjectType(), body.subjectId()), body.fiscalYear());
            return new Idempotency.Created(URI.create("/api/v1/evaluations/" + e.id), view(e));
        });
    }

    @GET
    @Path("/preview")
    @Operation(summary = "Compute an evaluation's evidence and score from the current read models without storing anything")
    public JsonNode preview(@QueryParam("subjectType") String typeParam, @QueryParam("subjectId") String subjectId,
                            @QueryParam("fiscalYear") String fiscalYearParam) {
        SubjectType type = parseEnum(SubjectType.class, "subjectType", typeParam);
        if (type == null) {
            throw ProblemException.invalidField("subjectType", "evaluation.subject-type-required");
        }
        if (subjectId == null || subjectId.isBlank()) {
            throw ProblemException.invalidField("subjectId", "evaluation.required");
        }
        int fiscalYear = FiscalYearParameter.parse(fiscalYearParam);
        return mapper.valueToTree(service.compute(service.subject(type, subjectId), fiscalYear));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An evaluation version with its evidence and its differences to the previous version")
    public Response get(@PathParam("id") UUID id) {
        Evaluation e = find(id);
        return Response.ok(view(e)).tag(ETags.of(e.version)).build();
    }

    @GET
    @Path("/{id}/records")
    @Operation(summary = "The read-model records one indicator of an evaluation counted, with each one's part of numerator and denominator, "
            + "a page at a time in the order the rule listed them (total = the evidence's recordCount); 400 for an indicator the evaluation has not")
    public Page<CountedRecords.View> records(@PathParam("id") UUID id,
                                             @QueryParam("indicator") @Schema(examples = "ASSET_RETURN_BENCHMARK") String indicator,
                                             @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest req = PageRequest.of(page, size);
        Evaluation e = find(id);
        if (indicator == null || indicator.isBlank()) {
            throw ProblemException.invalidField("indicator", "evaluation.required");
        }
        Evidence.IndicatorEvidence i = service.read(e.evidence).indicators().stream().filter(x -> x.code().equals(indicator.trim())).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("indicator", "evaluation.indicator-unknown", indicator));
        return new Page<>(counted.page(e.id, i.code(), req), req.page(), req.size(), i.recordCount());
    }

    @GET
    @Operation(summary = "Evaluations in your region, newest versions first")
    public Page<EvaluationSummary> list(@QueryParam("fiscalYear") String fiscalYearParam, @QueryParam("subjectType") String typeParam,
                                        @QueryParam("status") String statusParam,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest req = PageRequest.of(page, size);
        SubjectType type = parseEnum(SubjectType.class, "subjectType", typeParam);
        Evaluation.Status status = parseEnum(Evaluation.Status.class, "status", statusParam);
        StringBuilder q = new StringBuilder(RegionScope.clause("regionCode"));
        Parameters params = user.scope().parameters();
        if (fiscalYearParam != null) {
            int fiscalYear = FiscalYearParameter.parse(fiscalYearParam);
            q.append(" and fiscalYear = :year");
            params.and("year", fiscalYear);
        }
        if (type != null) {
            q.append(" and subjectType = :type");
            params.and("type", type);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        var query = Evaluation.<Evaluation>find(q.toString(), Sort.by("fiscalYear", Sort.Direction.Descending).and("subjectId").and("versionNo", Sort.Direction.Descending), params);
        return new Page<>(query.page(req.page(), req.size()).list().stream()
                .map(e -> new EvaluationSummary(e.id, e.subjectType, e.subjectId, e.subjectName, e.regionCode, e.fiscalYear, e.versionNo, e.status,
                        e.score, e.grade, e.coveragePercent, e.publishedAt, e.supersededBy, e.staleSince)).toList(), req.page(), req.size(), query.count());
    }

    @POST
    @Path("/{id}/recompute")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Recompute a draft from the current read models and framework (city users; If-Match; 409 once published)")
    public Response recompute(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        user.require(Role.CITY);
        Evaluation e = find(id);
        EvaluationService.requireDraft(e);
        ETags.require(ifMatch, e.version);
        service.recompute(e);
        e.persistAndFlush();
        return Response.ok(view(e)).tag(ETags.of(e.version)).build();
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Recompute a published evaluation from the current read models, policy copy and framework and compare it with the "
            + "published one (city users): unchanged clears a stale mark; changed creates the next version as a draft (or recomputes the open "
            + "draft), whose publication supersedes this one. The published version itself never changes")
    public EvaluationService.Verification verify(@PathParam("id") UUID id) {
        user.require(Role.CITY);
        Evaluation e = find(id);
        EvaluationService.Verification v = service.verify(e, true);
        e.persistAndFlush();
        return v;
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Publish a draft; it becomes immutable, earlier published versions of the subject and year become SUPERSEDED, "
            + "and an evaluation-published event is sent (city users; If-Match)")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        user.require(Role.CITY);
        Evaluation e = find(id);
        EvaluationService.requireDraft(e);
        ETags.require(ifMatch, e.version);
        service.publish(e);
        e.persistAndFlush();
        return Response.ok(view(e)).tag(ETags.of(e.version)).build();
    }
}
