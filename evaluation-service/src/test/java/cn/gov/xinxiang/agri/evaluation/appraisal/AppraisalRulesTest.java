package cn.gov.xinxiang.agri.evaluation.appraisal;

import cn.gov.xinxiang.agri.contracts.evaluation.AppraisalPublishedV1;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalRules.Checked;
import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalRules.Criterion;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The appraisal rules on plain facts: no database, no HTTP. */
class AppraisalRulesTest {

    static final UUID ROUND = UUID.randomUUID();
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final List<Criterion> CRITERIA = List.of(new Criterion("LINKAGE", new BigDecimal("60")), new Criterion("OPERATION", new BigDecimal("40")));

    static Map<String, BigDecimal> scores(Object... codeAndScore) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < codeAndScore.length; i += 2) {
            m.put((String) codeAndScore[i], new BigDecimal((String) codeAndScore[i + 1]));
        }
        return m;
    }

    static List<String> fields(Decision<?> d) {
        return d.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aRoundOpensWithDistinctCriteriaJudgesAndKnownProjects() {
        Decision<AppraisalRules.Opening> d = AppraisalRules.open(List.of("LINKAGE", "OPERATION"), List.of("judge-li", "judge-zhao"), List.of(A, B), Set.of(A, B));
        assertThat(d.allowed()).isTrue();
        assertThat(d.change().projects()).containsExactly(A, B);
    }

    @Test
    void theFirstRepeatedCriterionOrJudgeOrProjectIsRefusedOnItsField() {
        Decision<?> criterion = AppraisalRules.open(List.of("LINKAGE", "OPERATION", "LINKAGE"), List.of("judge-li", "judge-li"), List.of(A), Set.of(A));
        assertThat(criterion.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
            assertThat(v.field()).isEqualTo("criteria[2].code");
            assertThat(v.text().key()).isEqualTo("appraisal.duplicate-criterion");
        });
        assertThat(fields(AppraisalRules.open(List.of("LINKAGE"), List.of("judge-li", "judge-zhao", "judge-li"), List.of(A), Set.of(A))))
                .containsExactly("judges[2].judgeId");
        // a repeat wins over an unknown project found before it
        Decision<?> project = AppraisalRules.open(List.of("LINKAGE"), List.of("judge-li"), List.of(B, A, A), Set.of(A));
        assertThat(project.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("projects[2]");
            assertThat(v.text().key()).isEqualTo("appraisal.duplicate-project");
        });
    }

    @Test
    void everyUnknownProjectIsListedUnderOneRule() {
        UUID c = UUID.randomUUID();
        Decision<?> d = AppraisalRules.open(List.of("LINKAGE"), List.of("judge-li"), List.of(B, A, c), Set.of(A));
        assertThat(d.violations()).allSatisfy(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
            assertThat(v.slug()).isEqualTo("unknown-project");
        });
        assertThat(fields(d)).containsExactly("projects[0]", "projects[2]");
    }

    static Decision<AppraisalRules.Sheet> score(boolean published, String judge, UUID project, Map<String, BigDecimal> scores) {
        return AppraisalRules.score(ROUND, published, judge, Set.of("judge-li", "judge-zhao"), project, Set.of(A, B), CRITERIA, scores);
    }

    @Test
    void aJudgeOfTheRoundScoresOneOfItsProjectsWhileItIsOpen() {
        Decision<AppraisalRules.Sheet> d = score(false, "judge-li", A, scores("OPERATION", "30", "LINKAGE", "55.5"));
        assertThat(d.allowed()).isTrue();
        assertThat(d.change().judgeId()).isEqualTo("judge-li");
        // in the round's order of criteria, whatever the request's order
        assertThat(d.change().checked().scores().keySet()).containsExactly("LINKAGE", "OPERATION");
        assertThat(d.change().checked().total()).isEqualByComparingTo("85.5");
    }

    @Test
    void aSheetNeedsItsJudgeAnOpenRoundAJudgeAndAProjectOfTheRound() {
        assertThat(fields(score(false, null, A, scores("LINKAGE", "1", "OPERATION", "1")))).containsExactly("judgeId");
        Decision<?> closed = score(true, "judge-li", A, scores("LINKAGE", "1", "OPERATION", "1"));
        assertThat(closed.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
            assertThat(v.slug()).isEqualTo("appraisal-published");
            assertThat(v.text().key()).isEqualTo("appraisal.closed");
        });
        Decision<?> stranger = score(false, "judge-wang", A, scores("LINKAGE", "1", "OPERATION", "1"));
        assertThat(stranger.violations().get(0).slug()).isEqualTo("unknown-judge");
        assertThat(stranger.violations().get(0).kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(fields(stranger)).containsExactly(null, "judgeId");
        Decision<?> outside = score(false, "judge-li", UUID.randomUUID(), scores("LINKAGE", "1", "OPERATION", "1"));
        assertThat(outside.violations().get(0).slug()).isEqualTo("not-in-round");
        assertThat(fields(outside)).containsExactly(null, "projectId");
    }

    @Test
    void scoresFitEachCriterionsRangeWithTwoDecimalsAndEveryWrongOneIsReported() {
        assertThat(AppraisalRules.check(CRITERIA, scores("LINKAGE", "0", "OPERATION", "40.00")).allowed()).isTrue();
        assertThat(AppraisalRules.check(CRITERIA, scores("LINKAGE", "60", "OPERATION", "39.99")).change())
                .isEqualTo(new Checked(scores("LINKAGE", "60", "OPERATION", "39.99"), new BigDecimal("99.99")));
        Decision<Checked> wrong = AppraisalRules.check(CRITERIA, scores("LINKAGE", "60.01", "OPERATION", "30.555"));
        assertThat(fields(wrong)).containsExactly("scores.LINKAGE", "scores.OPERATION");
        assertThat(wrong.violations().get(0).text().key()).isEqualTo("appraisal.score-range");
        assertThat(wrong.violations().get(0).text().args()).containsExactly("60", 2);
        assertThat(fields(AppraisalRules.check(CRITERIA, scores("LINKAGE", "-1", "OPERATION", "1")))).containsExactly("scores.LINKAGE");
        Decision<Checked> missingAndForeign = AppraisalRules.check(CRITERIA, scores("LINKAGE", "50", "BEAUTY", "3"));
        assertThat(fields(missingAndForeign)).containsExactly("scores.OPERATION", "scores.BEAUTY");
        assertThat(missingAndForeign.violations()).extracting(v -> v.text().key()).containsExactly("appraisal.score-missing", "appraisal.not-a-criterion");
    }

    @Test
    void sheetsChangeOnlyWhileOpenAndARoundIsPublishedOnce() {
        assertThat(AppraisalRules.stillOpen(ROUND, false).allowed()).isTrue();
        assertThat(AppraisalRules.stillOpen(ROUND, true).violations().get(0).text().key()).isEqualTo("appraisal.closed");
        assertThat(AppraisalRules.notYetPublished(ROUND, false).allowed()).isTrue();
        Decision<?> again = AppraisalRules.notYetPublished(ROUND, true);
        assertThat(again.violations().get(0).kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(again.violations().get(0).text().key()).isEqualTo("appraisal.already-published");
    }

    @Test
    void aRoundIsPublishedWithItsCityRankingOnceItHasSheets() {
        Instant at = Instant.parse("2045-11-20T02:00:00Z");
        Decision<AppraisalPublishedV1> none = AppraisalRules.publish(ROUND, 2045, "观摩评比", List.of(), at);
        assertThat(none.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
            assertThat(v.slug()).isEqualTo("no-scores");
        });
        AppraisalRanking.Row row = new AppraisalRanking.Row(1, 1, A.toString(), "XM-1", "预制菜", "410725901201", "410725000000",
                new BigDecimal("85.50"), new BigDecimal("55.00"), 2);
        AppraisalPublishedV1 event = AppraisalRules.publish(ROUND, 2045, "观摩评比", List.of(row), at).change();
        assertThat(event.roundId()).isEqualTo(ROUND.toString());
        assertThat(event.publishedAt()).isEqualTo(at);
        assertThat(event.ranking()).singleElement().satisfies(r -> {
            assertThat(r.rank()).isEqualTo(1);
            assertThat(r.averageScore()).isEqualByComparingTo("85.50");
            assertThat(r.judges()).isEqualTo(2);
        });
    }

    @Test
    void aJudgeRecordsOnlyTheirOwnSheetAndOthersNameTheJudge() {
        assertThat(AppraisalRules.sheetOf("judge-li", null).change()).contains("judge-li");
        assertThat(AppraisalRules.sheetOf("judge-li", " judge-li ").change()).contains("judge-li");
        Decision<?> another = AppraisalRules.sheetOf("judge-li", "judge-zhao");
        assertThat(another.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
            assertThat(v.slug()).isEqualTo("forbidden");
            assertThat(v.text().key()).isEqualTo("appraisal.own-sheets-only");
        });
        // a city user entering a paper sheet names the judge; naming none is refused by score
        assertThat(AppraisalRules.sheetOf(null, " judge-zhao").change()).contains("judge-zhao");
        assertThat(AppraisalRules.sheetOf(null, " ").change()).isEmpty();
    }

    @Test
    void aJudgeHasOneSheetPerProjectOfARound() {
        assertThat(AppraisalRules.firstSheet(ROUND, "judge-li", A, false).change()).isEqualTo(A);
        assertThat(AppraisalRules.firstSheet(ROUND, "judge-li", A, true).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
            assertThat(v.slug()).isEqualTo("already-scored");
            assertThat(v.text().key()).isEqualTo("appraisal.already-scored");
            assertThat(v.text().args()).containsExactly("judge-li", A.toString(), ROUND);
        });
    }

    @Test
    void severalWrongScoresAreSummedUpOneIsReportedAsItself() {
        Decision<Checked> two = AppraisalRules.check(CRITERIA, scores("LINKAGE", "61", "OPERATION", "30.555"));
        assertThat(AppraisalRules.scoresSummary(two.violations())).get().satisfies(t -> {
            assertThat(t.key()).isEqualTo("appraisal.scores-invalid");
            assertThat(t.args()).containsExactly(2);
        });
        Decision<Checked> one = AppraisalRules.check(CRITERIA, scores("LINKAGE", "61", "OPERATION", "30"));
        assertThat(one.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("scores.LINKAGE"));
        assertThat(AppraisalRules.scoresSummary(one.violations())).isEmpty();
    }

    @Test
    void judgesReadNoRankingWhichMayBeNarrowedToACounty() {
        assertThat(AppraisalRules.rankingReader(ROUND, false).change()).isEqualTo(ROUND);
        assertThat(AppraisalRules.rankingReader(ROUND, true).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
            assertThat(v.text().key()).isEqualTo("appraisal.judges-only-score");
            assertThat(v.text().args()).singleElement().isInstanceOfSatisfying(Text.class, t -> assertThat(t.key()).isEqualTo("appraisal.the-ranking"));
        });
        assertThat(AppraisalRules.rankingCounty(null).change()).isEmpty();
        assertThat(AppraisalRules.rankingCounty(" ").change()).isEmpty();
        assertThat(AppraisalRules.rankingCounty(" 410726000000 ").change()).isEqualTo(Optional.of("410726000000"));
        for (String wrong : List.of("410726901000", "4107")) {
            assertThat(AppraisalRules.rankingCounty(wrong).violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("countyCode");
                assertThat(v.text().key()).isEqualTo("appraisal.county-code");
            });
        }
    }

    @Test
    void aCorrectionThatLostTheRaceIsStale() {
        assertThat(AppraisalRules.correctedOnce(1).allowed()).isTrue();
        assertThat(AppraisalRules.correctedOnce(0).violations()).singleElement()
                .satisfies(v -> assertThat(java.util.List.of(v.kind(), v.slug(), v.text().key()))
                        .containsExactly(Violation.Kind.STALE, "stale-write", "appraisal.sheet-changed"));
    }
}
