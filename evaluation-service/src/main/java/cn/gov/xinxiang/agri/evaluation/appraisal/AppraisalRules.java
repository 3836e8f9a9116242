package cn.gov.xinxiang.agri.evaluation.appraisal;

import cn.gov.xinxiang.agri.contracts.evaluation.AppraisalPublishedV1;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of an on-site appraisal round, as plain decisions on facts the service has loaded: what a round may be opened
 * with, who may record a sheet for which project while the round is open, which scores a sheet may hold (one per
 * criterion, 0 to the criterion's maximum, 2 decimals), and when a round may be published; a judge records only their
 * own sheets and reads no ranking.
 */
public final class AppraisalRules {

    /** Scores carry at most this many decimals (the sheets are stored as numeric(…, 2)). */
    public static final int SCORE_DECIMALS = 2;

    private AppraisalRules() {
    }

    /** A criterion of a round: its code and the highest score a judge may give on it. */
    public record Criterion(String code, BigDecimal maxScore) {
    }

    /** The scores checked against the round's criteria, in the round's order, and their total. */
    public record Checked(Map<String, BigDecimal> scores, BigDecimal total) {
    }

    /** A sheet to record: whose it is, and its checked scores. */
    public record Sheet(String judgeId, Checked checked) {
    }

    /** A round to open: its criteria, judges and projects, each once. */
    public record Opening(List<String> criteria, List<String> judges, List<UUID> projects) {
    }

    /**
     * Opening a round: each criterion code and judge once (400 on the first repeat), each project once (400) and known
     * to this service (422 {@code unknown-project}, every unknown one listed).
     *
     * @param known the projects evaluation-service has observed, of those given
     */
    public static Decision<Opening> open(List<String> criteria, List<String> judges, List<UUID> projects, Set<UUID> known) {
        Violation repeated = firstRepeat(criteria, "criteria[%d].code", "appraisal.duplicate-criterion");
        if (repeated == null) {
            repeated = firstRepeat(judges, "judges[%d].judgeId", "appraisal.duplicate-judge");
        }
        if (repeated != null) {
            return Decision.refuse(repeated);
        }
        Set<UUID> seen = new HashSet<>();
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            UUID p = projects.get(i);
            if (!seen.add(p)) {
                return Decision.refuse(Violation.field("projects[" + i + "]", "appraisal.duplicate-project", String.valueOf(p)));
            }
            if (!known.contains(p)) {
                unknown.add(Violation.ruleOn("unknown-project", "projects[" + i + "]", "appraisal.unknown-project", String.valueOf(p)));
            }
        }
        return Decision.of(unknown, new Opening(criteria, judges, projects));
    }

    private static Violation firstRepeat(List<String> values, String field, String key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                return Violation.field(field.formatted(i), key, values.get(i));
            }
        }
        return null;
    }

    /** Sheets are recorded and corrected only while the round is open (409 {@code appraisal-published}). */
    public static Decision<UUID> stillOpen(UUID roundId, boolean published) {
        return published ? Decision.refuse(closed(roundId)) : Decision.allow(roundId);
    }

    private static Violation closed(UUID roundId) {
        return Violation.state("appraisal-published", "appraisal.closed", roundId);
    }

    /**
     * Whose sheet is recorded: a judge records their own (naming another judge is 403 {@code forbidden}) and may omit
     * their id; anyone else names the judge, or no one (refused by {@link #score}).
     *
     * @param callerJudge the caller's id when the caller is a judge, else null
     * @param named       the judge the request names, as given (blank = none)
     * @return the judge the sheet is for, empty when none was named
     */
    public static Decision<Optional<String>> sheetOf(String callerJudge, String named) {
        String judge = named == null || named.isBlank() ? null : named.strip();
        if (callerJudge == null) {
            return Decision.allow(Optional.ofNullable(judge));
        }
        if (judge != null && !judge.equals(callerJudge)) {
            return Decision.refuse(Violation.forbidden("appraisal.own-sheets-only"));
        }
        return Decision.allow(Optional.of(callerJudge));
    }

    /**
     * One sheet per judge, project and round (409 {@code already-scored}); the database's unique constraint tells
     * whether another one was recorded first, also by a concurrent request.
     */
    public static Decision<UUID> firstSheet(UUID roundId, String judgeId, UUID projectId, boolean anotherSheet) {
        return anotherSheet ? Decision.refuse(Violation.state("already-scored", "appraisal.already-scored", judgeId, String.valueOf(projectId), roundId))
                : Decision.allow(projectId);
    }

    /** The detail of a refused sheet with several wrong scores ({@code appraisal.scores-invalid}); one is reported as itself. */
    public static Optional<Text> scoresSummary(List<Violation> violations) {
        return violations.size() > 1 ? Optional.of(new Text("appraisal.scores-invalid", violations.size())) : Optional.empty();
    }

    /** Judges score the round's projects; the ranking is for the bureau (403 {@code forbidden} for a judge). */
    public static Decision<UUID> rankingReader(UUID roundId, boolean judge) {
        return judge ? Decision.refuse(Violation.forbidden("appraisal.judges-only-score", new Text("appraisal.the-ranking"))) : Decision.allow(roundId);
    }

    /** The county a ranking is narrowed to: none (blank), or a county-level unit's 12-digit code (400 {@code countyCode}). */
    public static Decision<Optional<String>> rankingCounty(String countyCode) {
        if (countyCode == null || countyCode.isBlank()) {
            return Decision.allow(Optional.empty());
        }
        return RegionCode.parse(countyCode.trim()).filter(c -> c.tier() == Tier.COUNTY).map(c -> Decision.allow(Optional.of(c.value())))
                .orElseGet(() -> Decision.refuse(Violation.field("countyCode", "appraisal.county-code")));
    }

    /**
     * Recording a sheet: the judge is named (a city user entering a paper sheet must name them), the round is open, the
     * judge is one of the round's (422 {@code unknown-judge}), the project one of its projects (422 {@code not-in-round}),
     * and the scores fit the criteria.
     *
     * @param judgeId       the judge the sheet is for, or null when none was named
     * @param roundProjects the round's projects (a project evaluation-service has not observed is in no round)
     */
    public static Decision<Sheet> score(UUID roundId, boolean published, String judgeId, Set<String> roundJudges, UUID projectId,
                                        Set<UUID> roundProjects, List<Criterion> criteria, Map<String, BigDecimal> scores) {
        if (judgeId == null) {
            return Decision.refuse(Violation.field("judgeId", "appraisal.judge-id-required"));
        }
        if (published) {
            return Decision.refuse(closed(roundId));
        }
        if (!roundJudges.contains(judgeId)) {
            return Decision.refuse(Violation.rule("unknown-judge", "appraisal.not-judge-of-round", judgeId),
                    Violation.field("judgeId", "appraisal.not-a-judge"));
        }
        if (!roundProjects.contains(projectId)) {
            return Decision.refuse(Violation.rule("not-in-round", "appraisal.project-not-in-round", String.valueOf(projectId)),
                    Violation.field("projectId", "appraisal.not-a-project"));
        }
        return check(criteria, scores).map(checked -> new Sheet(judgeId, checked));
    }

    /**
     * A sheet's scores: one per criterion of the round (missing: 400), each from 0 to the criterion's maximum with at most
     * {@link #SCORE_DECIMALS} decimals, and none for a code that is not a criterion; every wrong score is reported.
     */
    public static Decision<Checked> check(List<Criterion> criteria, Map<String, BigDecimal> scores) {
        List<Violation> errors = new ArrayList<>();
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            codes.add(c.code());
            BigDecimal v = scores.get(c.code());
            if (v == null) {
                errors.add(Violation.field("scores." + c.code(), "appraisal.score-missing"));
            } else if (v.signum() < 0 || v.compareTo(c.maxScore()) > 0 || v.scale() > SCORE_DECIMALS) {
                errors.add(Violation.field("scores." + c.code(), "appraisal.score-range", c.maxScore().toPlainString(), SCORE_DECIMALS));
            } else {
                ordered.put(c.code(), v);
                total = total.add(v);
            }
        }
        for (String code : scores.keySet()) {
            if (!codes.contains(code)) {
                errors.add(Violation.field("scores." + code, "appraisal.not-a-criterion"));
            }
        }
        return Decision.of(errors, new Checked(ordered, total));
    }

    /** A round is published once (409 {@code appraisal-published}). */
    public static Decision<UUID> notYetPublished(UUID roundId, boolean published) {
        return published ? Decision.refuse(Violation.state("appraisal-published", "appraisal.already-published", roundId)) : Decision.allow(roundId);
    }

    /** Publishing a round's ranking needs at least one sheet (422 {@code no-scores}); the change is the event that announces it. */
    public static Decision<AppraisalPublishedV1> publish(UUID roundId, int fiscalYear, String name, List<AppraisalRanking.Row> ranking, Instant at) {
        if (ranking.isEmpty()) {
            return Decision.refuse(Violation.rule("no-scores", "appraisal.no-scores", roundId));
        }
        return Decision.allow(new AppraisalPublishedV1(roundId.toString(), fiscalYear, name, ranking.stream()
                .map(x -> new AppraisalPublishedV1.Ranked(x.cityRank(), x.projectId(), x.regionCode(), x.averageScore(), x.judges())).toList(), at));
    }

    /**
     * A correction applies to the version of the sheet it read: when the conditional update changed no row, a concurrent
     * correction won, and this one is stale (412 {@code stale-write}).
     *
     * @param rowsUpdated what the update {@code where id = ? and version = ?} changed
     */
    public static Decision<Integer> correctedOnce(int rowsUpdated) {
        return rowsUpdated == 1 ? Decision.allow(rowsUpdated) : Decision.refuse(Violation.stale("stale-write", "appraisal.sheet-changed"));
    }
}
