package cn.gov.xinxiang.agri.evaluation.appraisal;

import cn.gov.xinxiang.agri.contracts.evaluation.AppraisalPublishedV1;
import cn.gov.xinxiang.agri.contracts.evaluation.EvaluationEvents;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalRules.Checked;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalRules.Criterion;
import cn.gov.xinxiang.agri.evaluation.intake.ObservedProject;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * On-site appraisal rounds, their score sheets and rankings: loads the facts (the round, its criteria, judges and projects,
 * the caller), asks {@link AppraisalRules}, then writes the rows and the outbox event. Judges see only the rounds they are
 * assigned to (404 otherwise) and only their own sheets; everyone else reads within their region.
 */
@ApplicationScoped
public class AppraisalService {

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

    /** A score sheet's view with the version a correction sends back in If-Match. */
    public record VersionedSheet(SheetView sheet, long version) {
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
    public AppraisalRound round(UUID id) {
        user.role();
        AppraisalRound r = AppraisalRound.findById(id);
        if (r == null || (user.is(Role.JUDGE) && !assigned(id, user.subject()))) {
            throw ProblemException.notFound("appraisal round", id);
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    public RoundView view(AppraisalRound r) {
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

    private static List<Criterion> criteria(RoundView round) {
        return round.criteria().stream().map(c -> new Criterion(c.code(), c.maxScore())).toList();
    }

    private static boolean published(AppraisalRound r) {
        return r.status == AppraisalRound.Status.PUBLISHED;
    }

    /** Opens a round (city users; the Idempotency-Key replays the first answer). */
    public Response create(String key, NewRound body) {
        user.require(Role.CITY);
        Set<UUID> known = body.projects().stream().filter(p -> ObservedProject.findById(p) != null).collect(Collectors.toSet());
        AppraisalRules.Opening opening = Refusals.orThrow(AppraisalRules.open(body.criteria().stream().map(CriterionInput::code).toList(),
                body.judges().stream().map(JudgeInput::judgeId).toList(), body.projects(), known));
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
            for (UUID p : opening.projects()) {
                em.createNativeQuery("insert into appraisal_project (round_id, project_id) values (?1, ?2)").setParameter(1, r.id).setParameter(2, p)
                        .executeUpdate();
            }
            return new Idempotency.Created(URI.create("/api/v1/appraisals/" + r.id), view(r));
        });
    }

    /** Rounds, newest first: a judge the rounds they are assigned to, everyone else all. */
    public Page<RoundView> list(Integer page, Integer size) {
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

    /**
     * Records a sheet: a judge their own (naming another judge is 403), a city user a judge's paper sheet; one sheet per
     * judge and project (the unique constraint guards against two concurrent ones: 409).
     */
    public VersionedSheet score(UUID id, ScoreSheet body) {
        user.require(Role.CITY, Role.JUDGE);
        AppraisalRound r = round(id);
        String judge = Refusals.orThrow(AppraisalRules.sheetOf(user.is(Role.JUDGE) ? user.subject() : null, body.judgeId())).orElse(null);
        RoundView round = view(r);
        ObservedProject p = body.projectId() == null ? null : ObservedProject.findById(body.projectId());
        Set<UUID> roundProjects = p == null ? Set.of() : round.projects().stream().map(ProjectView::projectId).collect(Collectors.toSet());
        AppraisalRules.Sheet sheet = orThrow(AppraisalRules.score(id, published(r), judge,
                round.judges().stream().map(JudgeInput::judgeId).collect(Collectors.toSet()), body.projectId(), roundProjects, criteria(round),
                body.scores()));
        String judgeId = sheet.judgeId();
        Checked checked = sheet.checked();
        UUID sheetId = UUID.randomUUID();
        Instant now = clock.instant();
        boolean anotherSheet = false;
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
            if (!isUniqueViolation(e)) {
                throw e;
            }
            anotherSheet = true;
        }
        Refusals.orThrow(AppraisalRules.firstSheet(id, judgeId, body.projectId(), anotherSheet));
        version(sheetId, 1, checked, null, now);
        return new VersionedSheet(new SheetView(sheetId, id, judgeId, body.projectId(), p.regionCode, checked.scores(), checked.total(), 1, null,
                user.subject(), now), 0);
    }

    /** Corrects a sheet while the round is open: a new version with its reason (If-Match with the sheet's version). */
    public VersionedSheet correct(UUID id, UUID sheetId, String ifMatch, Correction body) {
        user.require(Role.CITY, Role.JUDGE);
        AppraisalRound r = round(id);
        VersionedSheet s = sheet(id, sheetId);
        Refusals.orThrow(AppraisalRules.stillOpen(id, published(r)));
        ETags.require(ifMatch, s.version());
        SheetView current = s.sheet();
        Checked checked = orThrow(AppraisalRules.check(criteria(view(r)), body.scores()));
        Instant now = clock.instant();
        int next = current.versionNo() + 1;
        int n = em.createNativeQuery("update appraisal_score set scores = cast(?1 as jsonb), total = ?2, version_no = ?3, version = version + 1, "
                        + "recorded_by = ?4, recorded_at = ?5 where id = ?6 and version = ?7")
                .setParameter(1, json(checked.scores())).setParameter(2, checked.total()).setParameter(3, next).setParameter(4, user.subject())
                .setParameter(5, Timestamp.from(now)).setParameter(6, sheetId).setParameter(7, s.version())
                .executeUpdate();
        Refusals.orThrow(AppraisalRules.correctedOnce(n));
        version(sheetId, next, checked, body.reason().strip(), now);
        return new VersionedSheet(new SheetView(sheetId, id, current.judgeId(), current.projectId(), current.regionCode(), checked.scores(),
                checked.total(), next, body.reason().strip(), user.subject(), now), s.version() + 1);
    }

    /**
     * The change of a sheet's decision; a refusal as {@link Refusals}, except that several wrong scores are summed up in
     * their own detail ({@code appraisal.scores-invalid}, see {@link AppraisalRules#scoresSummary}).
     */
    private static <T> T orThrow(Decision<T> decision) {
        return AppraisalRules.scoresSummary(decision.violations()).map(summary -> Refusals.orThrow(decision, summary))
                .orElseGet(() -> Refusals.orThrow(decision));
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

    /** A sheet of a round the caller may see, as {@link #sheet}. */
    public VersionedSheet sheetOf(UUID roundId, UUID sheetId) {
        round(roundId);
        return sheet(roundId, sheetId);
    }

    /** A current sheet the caller may see: a judge only their own, others within their region (404 otherwise). */
    @SuppressWarnings("unchecked")
    VersionedSheet sheet(UUID roundId, UUID sheetId) {
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
        return new VersionedSheet(sheetView(roundId, s), ((Number) s[7]).longValue());
    }

    SheetView sheetView(UUID roundId, Object[] s) {
        return new SheetView((UUID) s[0], roundId, (String) s[1], (UUID) s[2], (String) s[3], scores(s[4]), (BigDecimal) s[5],
                ((Number) s[6]).intValue(), (String) s[10], (String) s[8], instant(s[9]));
    }

    static Instant instant(Object o) {
        return o instanceof Timestamp t ? t.toInstant() : o instanceof java.time.OffsetDateTime d ? d.toInstant() : (Instant) o;
    }

    /** The round's current sheets: a judge their own, others those within their region. */
    @SuppressWarnings("unchecked")
    public Page<SheetView> sheets(UUID id, Integer page, Integer size) {
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

    /** Every version of a sheet the caller may see, the first one and each correction with its reason. */
    @SuppressWarnings("unchecked")
    public List<SheetView> versions(UUID id, UUID sheetId) {
        round(id);
        SheetView current = sheet(id, sheetId).sheet();
        List<Object[]> rows = em.createNativeQuery("select version_no, scores, total, reason, recorded_by, recorded_at from appraisal_score_version "
                + "where sheet_id = ?1 order by version_no").setParameter(1, sheetId).getResultList();
        return rows.stream().map(v -> new SheetView(sheetId, id, current.judgeId(), current.projectId(), current.regionCode(), scores(v[1]),
                (BigDecimal) v[2], ((Number) v[0]).intValue(), (String) v[3], (String) v[4], instant(v[5]))).toList();
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

    /** The round's ranking, for the city or one county; rows within the caller's region (not for judges). */
    public RankingView ranking(UUID id, String countyCode) {
        Refusals.orThrow(AppraisalRules.rankingReader(id, user.is(Role.JUDGE)));
        AppraisalRound r = round(id);
        String county = Refusals.orThrow(AppraisalRules.rankingCounty(countyCode)).orElse(null);
        List<AppraisalRanking.Row> all = ranking(id).stream().filter(x -> county == null || x.countyCode().equals(county)).toList();
        List<AppraisalRanking.Row> rows = all.stream().filter(x -> user.scope().covers(x.regionCode())).toList();
        return new RankingView(id, r.status, AppraisalRanking.RULE, county, all.size(), rows);
    }

    /** Closes the round and publishes its ranking with the appraisal-published event (city users; If-Match). */
    public AppraisalRound publish(UUID id, String ifMatch) {
        user.require(Role.CITY);
        AppraisalRound r = round(id);
        Refusals.orThrow(AppraisalRules.notYetPublished(id, published(r)));
        ETags.require(ifMatch, r.version);
        Instant now = clock.instant();
        AppraisalPublishedV1 event = Refusals.orThrow(AppraisalRules.publish(r.id, r.fiscalYear, r.name, ranking(id), now));
        r.status = AppraisalRound.Status.PUBLISHED;
        r.publishedAt = now;
        r.persistAndFlush();
        outbox.append(EvaluationEvents.AGGREGATE, r.id.toString(), EvaluationEvents.APPRAISAL_PUBLISHED_V1, event);
        return r;
    }
}
