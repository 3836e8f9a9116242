package cn.gov.xinxiang.agri.evaluation.appraisal;

import cn.gov.xinxiang.agri.contracts.evaluation.AppraisalPublishedV1;
import cn.gov.xinxiang.agri.contracts.evaluation.EvaluationEvents;
import cn.gov.xinxiang.agri.evaluation.intake.ObservedProject;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** On-site appraisal (观摩评比): city users run rounds and record judges' score sheets; everyone reads rankings in their region. */
@Path("/api/v1/appraisals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "On-site appraisal")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
public class AppraisalResource {

    public record CriterionInput(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") @Schema(examples = "LINKAGE") String code,
                                 @NotBlank @Size(max = 200) @Schema(examples = "联农带农成效") String name,
                                 @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
                                 @Schema(examples = "40") BigDecimal maxScore) {
    }

    public record JudgeInput(@NotBlank @Size(max = 100) @Schema(examples = "judge-zhang") String judgeId,
                             @NotBlank @Size(max = 100) @Schema(examples = "张评委") String name) {
    }

    public record NewRound(@NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer fiscalYear,
                           @NotBlank @Size(max = 200) @Schema(examples = "2025年度帮扶产业项目观摩评比") String name,
                           @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionInput> criteria,
                           @NotEmpty @Size(max = 50) List<@Valid @NotNull JudgeInput> judges) {
    }

    public record ScoreSheet(@NotBlank @Size(max = 100) @Schema(examples = "judge-zhang") String judgeId,
                             @NotNull @Schema(examples = "3f1c2d4e-1111-4b2a-9c3d-0a1b2c3d4e5f") UUID projectId,
                             @NotEmpty @Schema(examples = "{\"LINKAGE\": 36, \"OPERATION\": 25}") Map<String, BigDecimal> scores) {
    }

    public record RoundView(UUID id, int fiscalYear, String name, AppraisalRound.Status status, List<CriterionInput> criteria,
                            List<JudgeInput> judges, Instant createdAt, Instant publishedAt, long version) {
    }

    public record SheetView(UUID id, UUID roundId, String judgeId, UUID projectId, String regionCode, Map<String, BigDecimal> scores,
                            BigDecimal total, Instant recordedAt) {
    }

    public record RankingView(UUID roundId, AppraisalRound.Status status, String rule, int projectsRanked, List<AppraisalRanking.Row> rows) {
    }

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    Idempotency idempotency;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    AppraisalRound round(UUID id) {
        user.role();
        AppraisalRound r = AppraisalRound.findById(id);
        if (r == null) {
            throw ProblemException.notFound("appraisal round", id);
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    RoundView view(AppraisalRound r) {
        List<Object[]> cs = em.createNativeQuery("select code, name, max_score from appraisal_criterion where round_id = ?1 order by position")
                .setParameter(1, r.id).getResultList();
        List<Object[]> js = em.createNativeQuery("select judge_id, name from appraisal_judge where round_id = ?1 order by judge_id")
                .setParameter(1, r.id).getResultList();
        return new RoundView(r.id, r.fiscalYear, r.name, r.status,
                cs.stream().map(c -> new CriterionInput((String) c[0], (String) c[1], (BigDecimal) c[2])).toList(),
                js.stream().map(j -> new JudgeInput((String) j[0], (String) j[1])).toList(), r.createdAt, r.publishedAt, r.version);
    }

    @POST
    @Transactional
    @Operation(summary = "Open an appraisal round with its criteria (maximum score each) and judges (city users; Idempotency-Key honoured)")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewRound body) {
        user.require(Role.CITY);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < body.criteria().size(); i++) {
            if (!codes.add(body.criteria().get(i).code())) {
                throw ProblemException.invalid("criteria[" + i + "].code", "duplicate criterion code " + body.criteria().get(i).code());
            }
        }
        Set<String> judges = new HashSet<>();
        for (int i = 0; i < body.judges().size(); i++) {
            if (!judges.add(body.judges().get(i).judgeId())) {
                throw ProblemException.invalid("judges[" + i + "].judgeId", "duplicate judge " + body.judges().get(i).judgeId());
            }
        }
        return idempotency.create(user.subject(), key, body, () -> {
            AppraisalRound r = new AppraisalRound();
            r.id = UUID.randomUUID();
            r.fiscalYear = body.fiscalYear();
            r.name = body.name();
            r.status = AppraisalRound.Status.OPEN;
            r.createdBy = user.subject();
            r.createdAt = clock.instant();
            r.persistAndFlush();
            for (int i = 0; i < body.criteria().size(); i++) {
                CriterionInput c = body.criteria().get(i);
                em.createNativeQuery("insert into appraisal_criterion (round_id, code, name, max_score, position) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, r.id).setParameter(2, c.code()).setParameter(3, c.name()).setParameter(4, c.maxScore()).setParameter(5, i)
                        .executeUpdate();
            }
            for (JudgeInput j : body.judges()) {
                em.createNativeQuery("insert into appraisal_judge (round_id, judge_id, name) values (?1, ?2, ?3)")
                        .setParameter(1, r.id).setParameter(2, j.judgeId()).setParameter(3, j.name()).executeUpdate();
            }
            return new Idempotency.Created(URI.create("/api/v1/appraisals/" + r.id), view(r));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An appraisal round with its criteria and judges")
    public Response get(@PathParam("id") UUID id) {
        AppraisalRound r = round(id);
        return Response.ok(view(r)).tag(ETags.of(r.version)).build();
    }

    @POST
    @Path("/{id}/scores")
    @Transactional
    @Operation(summary = "Record one judge's score sheet for one project, a score per criterion (city users); a judge scores a project once per round (409)")
    public Response score(@PathParam("id") UUID id, @Valid @NotNull ScoreSheet body) {
        user.require(Role.CITY);
        AppraisalRound r = round(id);
        if (r.status == AppraisalRound.Status.PUBLISHED) {
            throw ProblemException.conflict("appraisal-published", "appraisal round " + id + " is published; its scores can no longer change");
        }
        RoundView round = view(r);
        if (round.judges().stream().noneMatch(j -> j.judgeId().equals(body.judgeId()))) {
            throw new ProblemException(422, "unknown-judge", "Rule violated", "judge " + body.judgeId() + " is not a judge of this round",
                    List.of(new Problem.FieldError("judgeId", "not a judge of this round")));
        }
        ObservedProject p = ObservedProject.findById(body.projectId());
        if (p == null) {
            throw new ProblemException(422, "unknown-project", "Rule violated", "project " + body.projectId() + " is not known to evaluation-service",
                    List.of(new Problem.FieldError("projectId", "unknown project")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionInput c : round.criteria()) {
            BigDecimal v = body.scores().get(c.code());
            if (v == null) {
                errors.add(new Problem.FieldError("scores." + c.code(), "missing: every criterion of the round needs a score"));
            } else if (v.signum() < 0 || v.compareTo(c.maxScore()) > 0 || v.scale() > 2) {
                errors.add(new Problem.FieldError("scores." + c.code(), "must be between 0 and " + c.maxScore().toPlainString() + " with at most 2 decimals"));
            } else {
                ordered.put(c.code(), v);
                total = total.add(v);
            }
        }
        for (String code : body.scores().keySet()) {
            if (round.criteria().stream().noneMatch(c -> c.code().equals(code))) {
                errors.add(new Problem.FieldError("scores." + code, "not a criterion of this round"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid input", errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " scores are invalid", errors);
        }
        UUID sheetId = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            em.createNativeQuery("insert into appraisal_score (id, round_id, judge_id, project_id, region_code, scores, total, recorded_by, recorded_at) "
                            + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8, ?9)")
                    .setParameter(1, sheetId).setParameter(2, id).setParameter(3, body.judgeId()).setParameter(4, body.projectId())
                    .setParameter(5, p.regionCode).setParameter(6, mapper.writeValueAsString(ordered)).setParameter(7, total)
                    .setParameter(8, user.subject()).setParameter(9, java.sql.Timestamp.from(now))
                    .executeUpdate();
        } catch (PersistenceException e) {
            // the unique constraint is the guard against two concurrent sheets of one judge for one project
            if (isUniqueViolation(e)) {
                throw ProblemException.conflict("already-scored", "judge " + body.judgeId() + " has already scored project " + body.projectId() + " in this round");
            }
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Response.created(URI.create("/api/v1/appraisals/" + id + "/scores/" + sheetId))
                .entity(new SheetView(sheetId, id, body.judgeId(), body.projectId(), p.regionCode, ordered, total, now)).build();
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    List<AppraisalRanking.Row> ranking(UUID id, boolean scoped) {
        String q = "select s.project_id, p.code, p.name, s.region_code, s.total from appraisal_score s join observed_project p on p.project_id = s.project_id "
                + "where s.round_id = ?1";
        List<Object[]> rows = em.createNativeQuery(q).setParameter(1, id).getResultList();
        List<AppraisalRanking.Row> all = AppraisalRanking.rank(rows.stream()
                .map(r -> new AppraisalRanking.Sheet(r[0].toString(), (String) r[1], (String) r[2], (String) r[3], (BigDecimal) r[4])).toList());
        // ranks over all projects; rows outside the caller's region are withheld
        return scoped ? all.stream().filter(r -> user.scope().covers(r.regionCode())).toList() : all;
    }

    @GET
    @Path("/{id}/ranking")
    @Operation(summary = "Projects of a round ranked by the judges' average total; rows within your region")
    public RankingView ranking(@PathParam("id") UUID id) {
        AppraisalRound r = round(id);
        List<AppraisalRanking.Row> all = ranking(id, false);
        return new RankingView(id, r.status, AppraisalRanking.RULE, all.size(), all.stream().filter(x -> user.scope().covers(x.regionCode())).toList());
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Close a round and publish its ranking (city users; If-Match); an appraisal-published event is sent")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        user.require(Role.CITY);
        AppraisalRound r = round(id);
        if (r.status == AppraisalRound.Status.PUBLISHED) {
            throw ProblemException.conflict("appraisal-published", "appraisal round " + id + " is already published");
        }
        ETags.require(ifMatch, r.version);
        List<AppraisalRanking.Row> rows = ranking(id, false);
        if (rows.isEmpty()) {
            throw ProblemException.unprocessable("no-scores", "appraisal round " + id + " has no score sheets to rank");
        }
        r.status = AppraisalRound.Status.PUBLISHED;
        r.publishedAt = clock.instant();
        r.persistAndFlush();
        outbox.append(EvaluationEvents.AGGREGATE, r.id.toString(), EvaluationEvents.APPRAISAL_PUBLISHED_V1,
                new AppraisalPublishedV1(r.id.toString(), r.fiscalYear, r.name, rows.stream()
                        .map(x -> new AppraisalPublishedV1.Ranked(x.rank(), x.projectId(), x.regionCode(), x.averageScore(), x.judges())).toList(),
                        r.publishedAt));
        return Response.ok(view(r)).tag(ETags.of(r.version)).build();
    }
}
