package cn.gov.xinxiang.agri.evaluation.appraisal;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.contracts.evaluation.AppraisalPublishedV1;
import cn.gov.xinxiang.agri.contracts.evaluation.EvaluationEvents;
import cn.gov.xinxiang.agri.evaluation.intake.ObservedProject;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
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
import jakarta.ws.rs.PUT;
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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

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

    public record CriterionInput(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") @Schema(examples = "LINKAGE") String code,
                                 @NotBlank @Size(max = 200) @Schema(examples = "联农带农成效") String name,
                                 @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
                                 @Schema(examples = "40") BigDecimal maxScore) {
    }

    public record JudgeInput(@NotBlank @Size(max = 100) @Schema(examples = "judge-zhang", description = "the judge's user (token subject)") String judgeId,
                             @NotBlank @Size(max = 100) @Schema(examples = "张评委") String name) {
    }

    public record NewRound(@NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer fiscalYear,
                           @NotBlank @Size(max = 200) @Schema(examples = "2025年度帮扶产业项目观摩评比") String name,
                           @NotEmpty @Size(max = 20) @Schema(description = "in priority order: the first breaks ties")
                           List<@Valid @NotNull CriterionInput> criteria,
                           @NotEmpty @Size(max = 50) List<@Valid @NotNull JudgeInput> judges,
                           @NotEmpty @Size(max = 200) @Schema(description = "the projects the round appraises; judges score only these")
                           List<@NotNull UUID> projects) {
    }

    public record ScoreSheet(@Size(max = 100) @Schema(examples = "judge-zhang", description = "a judge records their own sheet and may omit it; "
                                     + "a city user entering a paper sheet names the judge") String judgeId,
                             @NotNull @Schema(examples = "3f1c2d4e-1111-4b2a-9c3d-0a1b2c3d4e5f") UUID projectId,
                             @NotEmpty @Schema(examples = "{\"LINKAGE\": 36, \"OPERATION\": 25}") Map<String, BigDecimal> scores) {
    }

    public record Correction(@NotEmpty @Schema(examples = "{\"LINKAGE\": 38, \"OPERATION\": 25}") Map<String, BigDecimal> scores,
                             @NotBlank @Size(max = 500) @Schema(examples = "现场复核后更正联农带农得分") String reason) {
    }

    public record ProjectView(UUID projectId, String code, String name, String regionCode) {
    }

    public record RoundView(UUID id, int fiscalYear, String name, AppraisalRound.Status status, List<CriterionInput> criteria,
                            List<JudgeInput> judges, List<ProjectView> projects, Instant createdAt, Instant publishedAt, long version) {
    }

    public record SheetView(UUID id, UUID roundId, String judgeId, UUID projectId, String regionCode, Map<String, BigDecimal> scores,
                            BigDecimal total, @Schema(description = "1 for the first sheet, +1 per correction") int versionNo,
                            String reason, String recordedBy, Instant recordedAt) {
    }

    public record RankingView(UUID roundId, AppraisalRound.Status status, String rule,
                              @Schema(description = "null for the city ranking; a county's code for that county's ranking") String countyCode,
                              int projectsRanked, List<AppraisalRanking.Row> rows) {
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

    boolean assigned(UUID roundId, String judge) {
        return ((Number) em.createNativeQuery("select count(*) from appraisal_judge where round_id = ?1 and judge_id = ?2")
                .setParameter(1, roundId).setParameter(2, judge).getSingleResult()).longValue() > 0;
    }

    /** The round; 404 when it does not exist, or for a judge who is not assigned to it. */
    AppraisalRound round(UUID id) {
        user.role();
        AppraisalRound r = AppraisalRound.findById(id);
        if (r == null || (user.is(Role.JUDGE) && !assigned(id, user.subject()))) {
            throw ProblemException.notFound("appraisal round", id);
        }
        return r;
    }

    void notJudge(Text what) {
        if (user.is(Role.JUDGE)) {
            throw ProblemException.keyed(403, "forbidden", "appraisal.judges-only-score", what);
        }
    }

    @SuppressWarnings("unchecked")
    RoundView view(AppraisalRound r) {
        List<Object[]> cs = em.createNativeQuery("select code, name, max_score from appraisal_criterion where round_id = ?1 order by position")
                .setParameter(1, r.id).getResultList();
        List<Object[]> js = em.createNativeQuery("select judge_id, name from appraisal_judge where round_id = ?1 order by judge_id")
                .setParameter(1, r.id).getResultList();
        List<Object[]> ps = em.createNativeQuery("select p.project_id, p.code, p.name, p.region_code from appraisal_project a "
                + "join observed_project p on p.project_id = a.project_id where a.round_id = ?1 order by p.code").setParameter(1, r.id).getResultList();
        return new RoundView(r.id, r.fiscalYear, r.name, r.status,
                cs.stream().map(c -> new CriterionInput((String) c[0], (String) c[1], (BigDecimal) c[2])).toList(),
                js.stream().map(j -> new JudgeInput((String) j[0], (String) j[1])).toList(),
                ps.stream().map(p -> new ProjectView((UUID) p[0], (String) p[1], (String) p[2], (String) p[3])).toList(),
                r.createdAt, r.publishedAt, r.version);
    }

    @POST
    @Transactional
    @Operation(summary = "Open an appraisal round with its projects, criteria (maximum score each, in priority order) and judges (users with "
            + "role judge, by token subject) (city users; Idempotency-Key honoured)")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewRound body) {
        user.require(Role.CITY);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < body.criteria().size(); i++) {
            if (!codes.add(body.criteria().get(i).code())) {
                throw ProblemException.invalidField("criteria[" + i + "].code", "appraisal.duplicate-criterion", body.criteria().get(i).code());
            }
        }
        Set<String> judges = new HashSet<>();
        for (int i = 0; i < body.judges().size(); i++) {
            if (!judges.add(body.judges().get(i).judgeId())) {
                throw ProblemException.invalidField("judges[" + i + "].judgeId", "appraisal.duplicate-judge", body.judges().get(i).judgeId());
            }
        }
        Set<UUID> projects = new HashSet<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < body.projects().size(); i++) {
            UUID p = body.projects().get(i);
            if (!projects.add(p)) {
                throw ProblemException.invalidField("projects[" + i + "]", "appraisal.duplicate-project", String.valueOf(p));
            }
            if (ObservedProject.findById(p) == null) {
                unknown.add(ProblemException.fieldError("projects[" + i + "]", "appraisal.unknown-project", String.valueOf(p)));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.keyed(422, "unknown-project", "appraisal.message", unknown.get(0).message()).errors(unknown);
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
            for (UUID p : body.projects()) {
                em.createNativeQuery("insert into appraisal_project (round_id, project_id) values (?1, ?2)").setParameter(1, r.id).setParameter(2, p)
                        .executeUpdate();
            }
            return new Idempotency.Created(URI.create("/api/v1/appraisals/" + r.id), view(r));
        });
    }

    @GET
    @Operation(summary = "Appraisal rounds, newest first: a judge sees the rounds they are assigned to, everyone else all rounds")
    public Page<RoundView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        user.role();
        PageRequest req = PageRequest.of(page, size);
        String where = user.is(Role.JUDGE) ? " where exists (select 1 from appraisal_judge j where j.round_id = r.id and j.judge_id = :judge)" : "";
        var rows = em.createNativeQuery("select r.id from appraisal_round r" + where + " order by r.created_at desc, r.id")
                .setFirstResult(req.offset()).setMaxResults(req.size());
        var count = em.createNativeQuery("select count(*) from appraisal_round r" + where);
        if (user.is(Role.JUDGE)) {
            rows.setParameter("judge", user.subject());
            count.setParameter("judge", user.subject());
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = rows.getResultList();
        return new Page<>(ids.stream().map(id -> view(AppraisalRound.findById(id))).toList(), req.page(), req.size(),
                ((Number) count.getSingleResult()).longValue());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An appraisal round with its projects, criteria and judges (404 for a judge not assigned to it)")
    public Response get(@PathParam("id") UUID id) {
        AppraisalRound r = round(id);
        return Response.ok(view(r)).tag(ETags.of(r.version)).build();
    }

    /** The scores checked against the round's criteria, in the round's order, and their total; 400 with every problem. */
    record Checked(Map<String, BigDecimal> scores, BigDecimal total) {
    }

    Checked check(RoundView round, Map<String, BigDecimal> scores) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionInput c : round.criteria()) {
            BigDecimal v = scores.get(c.code());
            if (v == null) {
                errors.add(ProblemException.fieldError("scores." + c.code(), "appraisal.score-missing"));
            } else if (v.signum() < 0 || v.compareTo(c.maxScore()) > 0 || v.scale() > 2) {
                errors.add(ProblemException.fieldError("scores." + c.code(), "appraisal.score-range", c.maxScore().toPlainString(), 2));
            } else {
                ordered.put(c.code(), v);
                total = total.add(v);
            }
        }
        for (String code : scores.keySet()) {
            if (round.criteria().stream().noneMatch(c -> c.code().equals(code))) {
                errors.add(ProblemException.fieldError("scores." + code, "appraisal.not-a-criterion"));
            }
        }
        if (!errors.isEmpty()) {
            throw (errors.size() == 1
                    ? ProblemException.keyed(400, "validation", "problem.field-message", errors.get(0).field(), errors.get(0).message())
                    : ProblemException.keyed(400, "validation", "appraisal.scores-invalid", errors.size())).errors(errors);
        }
        return new Checked(ordered, total);
    }

    static void requireOpen(AppraisalRound r) {
        if (r.status == AppraisalRound.Status.PUBLISHED) {
            throw ProblemException.keyed(409, "appraisal-published", "appraisal.closed", r.id);
        }
    }

    @POST
    @Path("/{id}/scores")
    @Transactional
    @Operation(summary = "Record a score sheet for one of the round's projects, a score per criterion: a judge their own (judgeId = their "
            + "user), a city user a judge's paper sheet; one sheet per judge and project (409; correct it with PUT instead)")
    public Response score(@PathParam("id") UUID id, @Valid @NotNull ScoreSheet body) {
        user.require(Role.CITY, Role.JUDGE);
        AppraisalRound r = round(id);
        String judge = body.judgeId() == null || body.judgeId().isBlank() ? null : body.judgeId().strip();
        if (user.is(Role.JUDGE)) {
            if (judge != null && !judge.equals(user.subject())) {
                throw ProblemException.keyed(403, "forbidden", "appraisal.own-sheets-only");
            }
            judge = user.subject();
        } else if (judge == null) {
            throw ProblemException.invalidField("judgeId", "appraisal.judge-id-required");
        }
        requireOpen(r);
        RoundView round = view(r);
        String judgeId = judge;
        if (round.judges().stream().noneMatch(j -> j.judgeId().equals(judgeId))) {
            throw ProblemException.keyed(422, "unknown-judge", "appraisal.not-judge-of-round", judgeId)
                    .field("judgeId", "appraisal.not-a-judge");
        }
        ObservedProject p = ObservedProject.findById(body.projectId());
        if (p == null || round.projects().stream().noneMatch(x -> x.projectId().equals(body.projectId()))) {
            throw ProblemException.keyed(422, "not-in-round", "appraisal.project-not-in-round", String.valueOf(body.projectId()))
                    .field("projectId", "appraisal.not-a-project");
        }
        Checked checked = check(round, body.scores());
        UUID sheetId = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            em.createNativeQuery("insert into appraisal_score (id, round_id, judge_id, project_id, region_code, scores, total, recorded_by, recorded_at) "
                            + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8, ?9)")
                    .setParameter(1, sheetId).setParameter(2, id).setParameter(3, judgeId).setParameter(4, body.projectId())
                    .setParameter(5, p.regionCode).setParameter(6, json(checked.scores())).setParameter(7, checked.total())
                    .setParameter(8, user.subject()).setParameter(9, Timestamp.from(now))
                    .executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            // the unique constraint is the guard against two concurrent sheets of one judge for one project
            if (isUniqueViolation(e)) {
                throw ProblemException.keyed(409, "already-scored", "appraisal.already-scored", judgeId, String.valueOf(body.projectId()), id);
            }
            throw e;
        }
        version(sheetId, 1, checked, null, now);
        return Response.created(URI.create("/api/v1/appraisals/" + id + "/scores/" + sheetId)).tag(ETags.of(0))
                .entity(new SheetView(sheetId, id, judgeId, body.projectId(), p.regionCode, checked.scores(), checked.total(), 1, null, user.subject(), now))
                .build();
    }

    private void version(UUID sheetId, int no, Checked checked, String reason, Instant at) {
        em.createNativeQuery("insert into appraisal_score_version (sheet_id, version_no, scores, total, reason, recorded_by, recorded_at) "
                        + "values (?1, ?2, cast(?3 as jsonb), ?4, ?5, ?6, ?7)")
                .setParameter(1, sheetId).setParameter(2, no).setParameter(3, json(checked.scores())).setParameter(4, checked.total())
                .setParameter(5, reason).setParameter(6, user.subject()).setParameter(7, Timestamp.from(at))
                .executeUpdate();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, BigDecimal> scores(Object json) {
        try {
            return mapper.readValue(json.toString(), new TypeReference<LinkedHashMap<String, BigDecimal>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A current sheet the caller may see: a judge only their own, others within their region. Returns [view, version]. */
    @SuppressWarnings("unchecked")
    Object[] sheet(UUID roundId, UUID sheetId) {
        List<Object[]> rows = em.createNativeQuery("select s.id, s.judge_id, s.project_id, s.region_code, s.scores, s.total, s.version_no, s.version, "
                        + "s.recorded_by, s.recorded_at, v.reason from appraisal_score s left join appraisal_score_version v on v.sheet_id = s.id "
                        + "and v.version_no = s.version_no where s.round_id = ?1 and s.id = ?2")
                .setParameter(1, roundId).setParameter(2, sheetId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("score sheet", sheetId);
        }
        Object[] s = rows.get(0);
        boolean visible = user.is(Role.JUDGE) ? user.subject().equals(s[1]) : user.scope().covers((String) s[3]);
        if (!visible) {
            throw ProblemException.notFound("score sheet", sheetId);
        }
        return new Object[]{sheetView(roundId, s), ((Number) s[7]).longValue()};
    }

    SheetView sheetView(UUID roundId, Object[] s) {
        return new SheetView((UUID) s[0], roundId, (String) s[1], (UUID) s[2], (String) s[3], scores(s[4]), (BigDecimal) s[5],
                ((Number) s[6]).intValue(), (String) s[10], (String) s[8], instant(s[9]));
    }

    static Instant instant(Object o) {
        return o instanceof Timestamp t ? t.toInstant() : o instanceof java.time.OffsetDateTime d ? d.toInstant() : (Instant) o;
    }

    @GET
    @Path("/{id}/scores")
    @Operation(summary = "The round's current score sheets: a judge their own, city users and auditors all, others those within their region")
    @SuppressWarnings("unchecked")
    public Page<SheetView> sheets(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        round(id);
        PageRequest req = PageRequest.of(page, size);
        boolean judge = user.is(Role.JUDGE);
        String where = "s.round_id = :round and " + (judge ? "s.judge_id = :who" : RegionScope.clause("s.region_code", "who"));
        UnaryOperator<Query> who = q -> judge ? q.setParameter("who", user.subject()) : user.scope().bind(q, "who");
        List<Object[]> rows = who.apply(em.createNativeQuery("select s.id, s.judge_id, s.project_id, s.region_code, s.scores, s.total, s.version_no, s.version, "
                        + "s.recorded_by, s.recorded_at, v.reason from appraisal_score s left join appraisal_score_version v on v.sheet_id = s.id "
                        + "and v.version_no = s.version_no where " + where + " order by s.judge_id, s.project_id"))
                .setParameter("round", id).setFirstResult(req.offset()).setMaxResults(req.size()).getResultList();
        long total = ((Number) who.apply(em.createNativeQuery("select count(*) from appraisal_score s where " + where))
                .setParameter("round", id).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(s -> sheetView(id, s)).toList(), req.page(), req.size(), total);
    }

    @GET
    @Path("/{id}/scores/{sheetId}")
    @Operation(summary = "A score sheet's current version; the ETag is what a correction sends in If-Match")
    public Response sheetOf(@PathParam("id") UUID id, @PathParam("sheetId") UUID sheetId) {
        round(id);
        Object[] s = sheet(id, sheetId);
        return Response.ok(s[0]).tag(ETags.of((Long) s[1])).build();
    }

    @GET
    @Path("/{id}/scores/{sheetId}/versions")
    @Operation(summary = "Every version of a score sheet, the first one and each correction with its reason")
    @SuppressWarnings("unchecked")
    public List<SheetView> versions(@PathParam("id") UUID id, @PathParam("sheetId") UUID sheetId) {
        round(id);
        SheetView current = (SheetView) sheet(id, sheetId)[0];
        List<Object[]> rows = em.createNativeQuery("select version_no, scores, total, reason, recorded_by, recorded_at from appraisal_score_version "
                + "where sheet_id = ?1 order by version_no").setParameter(1, sheetId).getResultList();
        return rows.stream().map(v -> new SheetView(sheetId, id, current.judgeId(), current.projectId(), current.regionCode(), scores(v[1]),
                (BigDecimal) v[2], ((Number) v[0]).intValue(), (String) v[3], (String) v[4], instant(v[5]))).toList();
    }

    @PUT
    @Path("/{id}/scores/{sheetId}")
    @Transactional
    @Operation(summary = "Correct a score sheet before the round closes: a new version with its reason (the old one stays readable); the "
            + "judge their own sheet, or a city user (If-Match with the sheet's ETag; 409 once the round is published)")
    public Response correct(@PathParam("id") UUID id, @PathParam("sheetId") UUID sheetId, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull Correction body) {
        user.require(Role.CITY, Role.JUDGE);
        AppraisalRound r = round(id);
        Object[] s = sheet(id, sheetId);
        requireOpen(r);
        ETags.require(ifMatch, (Long) s[1]);
        SheetView current = (SheetView) s[0];
        Checked checked = check(view(r), body.scores());
        Instant now = clock.instant();
        int next = current.versionNo() + 1;
        int n = em.createNativeQuery("update appraisal_score set scores = cast(?1 as jsonb), total = ?2, version_no = ?3, version = version + 1, "
                        + "recorded_by = ?4, recorded_at = ?5 where id = ?6 and version = ?7")
                .setParameter(1, json(checked.scores())).setParameter(2, checked.total()).setParameter(3, next).setParameter(4, user.subject())
                .setParameter(5, Timestamp.from(now)).setParameter(6, sheetId).setParameter(7, (Long) s[1])
                .executeUpdate();
        if (n != 1) {
            throw ProblemException.keyed(412, "stale-write", "appraisal.sheet-changed");
        }
        version(sheetId, next, checked, body.reason().strip(), now);
        return Response.ok(new SheetView(sheetId, id, current.judgeId(), current.projectId(), current.regionCode(), checked.scores(), checked.total(),
                next, body.reason().strip(), user.subject(), now)).tag(ETags.of((Long) s[1] + 1)).build();
    }

    @SuppressWarnings("unchecked")
    List<AppraisalRanking.Row> ranking(UUID id) {
        List<Object[]> rows = em.createNativeQuery("select s.project_id, p.code, p.name, s.region_code, s.total, "
                        + "cast(s.scores ->> (select c.code from appraisal_criterion c where c.round_id = s.round_id order by c.position limit 1) as numeric) "
                        + "from appraisal_score s join observed_project p on p.project_id = s.project_id where s.round_id = ?1")
                .setParameter(1, id).getResultList();
        return AppraisalRanking.rank(rows.stream().map(r -> new AppraisalRanking.Sheet(r[0].toString(), (String) r[1], (String) r[2], (String) r[3],
                RegionCode.of((String) r[3]).at(Tier.COUNTY).value(), (BigDecimal) r[4], (BigDecimal) r[5])).toList());
    }

    @GET
    @Path("/{id}/ranking")
    @Operation(summary = "The round's projects ranked for the city (cityRank) and within each county (countyRank) by the judges' average total; "
            + "countyCode= gives one county's ranking. Rows within your region; ranks count every project (not for judges)")
    public RankingView ranking(@PathParam("id") UUID id, @QueryParam("countyCode") String countyCode) {
        notJudge(new Text("appraisal.the-ranking"));
        AppraisalRound r = round(id);
        String county = null;
        if (countyCode != null && !countyCode.isBlank()) {
            county = RegionCode.parse(countyCode.trim()).filter(c -> c.tier() == Tier.COUNTY).map(RegionCode::value)
                    .orElseThrow(() -> ProblemException.invalidField("countyCode", "appraisal.county-code"));
        }
        String only = county;
        List<AppraisalRanking.Row> all = ranking(id).stream().filter(x -> only == null || x.countyCode().equals(only)).toList();
        List<AppraisalRanking.Row> rows = all.stream().filter(x -> user.scope().covers(x.regionCode())).toList();
        return new RankingView(id, r.status, AppraisalRanking.RULE, county, all.size(), rows);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD) // no body: a command on the resource
    @Transactional
    @Operation(summary = "Close a round and publish its ranking (city users; If-Match); sheets can no longer be recorded or corrected; an "
            + "appraisal-published event is sent")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        user.require(Role.CITY);
        AppraisalRound r = round(id);
        if (r.status == AppraisalRound.Status.PUBLISHED) {
            throw ProblemException.keyed(409, "appraisal-published", "appraisal.already-published", id);
        }
        ETags.require(ifMatch, r.version);
        List<AppraisalRanking.Row> rows = ranking(id);
        if (rows.isEmpty()) {
            throw ProblemException.keyed(422, "no-scores", "appraisal.no-scores", id);
        }
        r.status = AppraisalRound.Status.PUBLISHED;
        r.publishedAt = clock.instant();
        r.persistAndFlush();
        outbox.append(EvaluationEvents.AGGREGATE, r.id.toString(), EvaluationEvents.APPRAISAL_PUBLISHED_V1,
                new AppraisalPublishedV1(r.id.toString(), r.fiscalYear, r.name, rows.stream()
                        .map(x -> new AppraisalPublishedV1.Ranked(x.cityRank(), x.projectId(), x.regionCode(), x.averageScore(), x.judges())).toList(),
                        r.publishedAt));
        return Response.ok(view(r)).tag(ETags.of(r.version)).build();
    }
}
