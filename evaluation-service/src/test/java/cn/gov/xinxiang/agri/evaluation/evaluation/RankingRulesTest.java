package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.appraisal.AppraisalRanking;
import cn.gov.xinxiang.agri.evaluation.scoring.Direction;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: county ranking tie-breaks, appraisal ranking, version differences. */
class RankingRulesTest {

    static CountyRanking.Entry county(String code, String score, String linked) {
        return new CountyRanking.Entry(code, code, "00000000-0000-0000-0000-000000000000", 1, score == null ? null : new BigDecimal(score),
                null, null, linked == null ? null : new BigDecimal(linked));
    }

    @Test
    void countiesRankByScoreThenLinkedHouseholdsShareThenCode() {
        var ranked = CountyRanking.rank(List.of(
                county("410726000000", "85.00", "10.0000"),
                county("410725000000", "85.00", "12.0000"),   // same score, larger linked-households share → ahead
                county("410724000000", "90.00", null),
                county("410782000000", null, null),            // no score: last
                county("410721000000", "85.00", "10.0000")));  // same score and share as 410726 → lower code ahead
        assertThat(ranked).extracting(r -> r.entry().countyCode())
                .containsExactly("410724000000", "410725000000", "410721000000", "410726000000", "410782000000");
        assertThat(ranked).extracting(CountyRanking.Ranked::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void propertyRankingDoesNotDependOnInputOrderAndScoresNeverIncreaseDownTheList() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            List<CountyRanking.Entry> entries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                entries.add(county("4107" + String.format("%02d", i) + "000000", random.nextInt(5) == 0 ? null : BigDecimal.valueOf(random.nextInt(20) + 80).toString(),
                        random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(3)).toString()));
            }
            var first = CountyRanking.rank(entries);
            Collections.shuffle(entries, random);
            assertThat(CountyRanking.rank(entries)).isEqualTo(first);
            for (int i = 1; i < first.size(); i++) {
                BigDecimal prev = first.get(i - 1).entry().score();
                BigDecimal cur = first.get(i).entry().score();
                if (cur != null) {
                    assertThat(prev).isNotNull();
                    assertThat(prev).isGreaterThanOrEqualTo(cur);
                }
            }
        }
    }

    static AppraisalRanking.Sheet sheet(String project, String code, String region, String total, String first) {
        return new AppraisalRanking.Sheet(project, code, code, region, region.substring(0, 6) + "000000", new BigDecimal(total), new BigDecimal(first));
    }

    @Test
    void appraisalRanksByAverageThenFirstCriterionThenJudgesThenCodeForTheCityAndWithinEachCounty() {
        // three counties; four projects share an average of 85.50
        var rows = AppraisalRanking.rank(List.of(
                sheet("p1", "XM-2", "410725901201", "80", "50"), sheet("p1", "XM-2", "410725901201", "91", "52"),    // 85.50, first 51.00, 2 judges
                sheet("p2", "XM-1", "410726901201", "85.5", "51"),                                                     // 85.50, first 51.00, 1 judge
                sheet("p3", "XM-3", "410724901201", "90", "40"),                                                       // 90.00
                sheet("p4", "XM-4", "410726901202", "85.5", "55"),                                                     // 85.50, first 55.00
                sheet("p5", "XM-0", "410725901202", "85.5", "51"), sheet("p5", "XM-0", "410725901202", "85.5", "51"))); // 85.50, 51.00, 2 judges, lower code
        assertThat(rows).extracting(AppraisalRanking.Row::projectId).containsExactly("p3", "p4", "p5", "p1", "p2");
        assertThat(rows).extracting(AppraisalRanking.Row::cityRank).containsExactly(1, 2, 3, 4, 5);
        // within each county the same order: 原阳 p5, p1; 延津 p4, p2; 获嘉 p3
        assertThat(rows).extracting(r -> r.countyCode() + ":" + r.countyRank())
                .containsExactly("410724000000:1", "410726000000:1", "410725000000:1", "410725000000:2", "410726000000:2");
        assertThat(rows.get(3).averageScore()).isEqualByComparingTo("85.50");
        assertThat(rows.get(3).firstCriterionAverage()).isEqualByComparingTo("51.00");
        assertThat(rows.get(3).judges()).isEqualTo(2);
    }

    @Test
    void differencesNameWhatChanged() {
        var a = new Evidence.IndicatorEvidence("INDUSTRY_FUND_SHARE", "产业发展资金占比", Direction.HIGHER_IS_BETTER, new BigDecimal("65"), "t",
                new BigDecimal("10"), true, "src", "rule", true, ScoringEngine.Status.SCORED, true, null, new BigDecimal("50"), new BigDecimal("100"),
                new BigDecimal("50.00"), new BigDecimal("76.92"), 0, null);
        var b = new Evidence.IndicatorEvidence("INDUSTRY_FUND_SHARE", "产业发展资金占比", Direction.HIGHER_IS_BETTER, new BigDecimal("65.00"), "t",
                new BigDecimal("10"), true, "src", "rule", true, ScoringEngine.Status.SCORED, true, null, new BigDecimal("70"), new BigDecimal("100"),
                new BigDecimal("70.00"), new BigDecimal("100.00"), 0, null);
        var before = new Evidence(2025, SubjectType.COUNTY, "410725000000", null, "r", "n", "g", "s", List.of(), null, List.of(a), BigDecimal.TEN, null,
                new BigDecimal("76.92"), "FAIR", "中");
        var after = new Evidence(2025, SubjectType.COUNTY, "410725000000", null, "r", "n", "g", "s", List.of(), null, List.of(b), BigDecimal.TEN, null,
                new BigDecimal("100.00"), "EXCELLENT", "优");
        var changes = Differences.between(before, after);
        assertThat(changes).extracting(Differences.Change::item)
                .containsExactly("score", "grade", "INDUSTRY_FUND_SHARE.numerator", "INDUSTRY_FUND_SHARE.actual", "INDUSTRY_FUND_SHARE.score");
        assertThat(Differences.between(after, after)).isEmpty();
        assertThat(Map.of()).isEmpty();
    }
}
