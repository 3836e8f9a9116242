package cn.gov.xinxiang.agri.evaluation.scoring;

import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Indicator;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: the arithmetic of scores and grades, with property-style checks over random inputs. */
class ScoringEngineTest {

    static final GradeBounds BOUNDS = new GradeBounds(List.of(
            new GradeBounds.Bound("EXCELLENT", "优", new BigDecimal("90")),
            new GradeBounds.Bound("GOOD", "良", new BigDecimal("80")),
            new GradeBounds.Bound("FAIR", "中", new BigDecimal("60")),
            new GradeBounds.Bound("POOR", "差", new BigDecimal("0"))));

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void indicatorScoresFollowTheDirection() {
        assertThat(ScoringEngine.indicatorScore(d("67.40"), d("65"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("100.00");
        assertThat(ScoringEngine.indicatorScore(d("52.00"), d("65"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("80.00");
        assertThat(ScoringEngine.indicatorScore(d("0"), d("65"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("0.00");
        assertThat(ScoringEngine.indicatorScore(d("10"), d("0"), Direction.HIGHER_IS_BETTER)).isEqualByComparingTo("100.00");
        assertThat(ScoringEngine.indicatorScore(d("5"), d("10"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("100.00");
        assertThat(ScoringEngine.indicatorScore(d("20"), d("10"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("50.00");
        assertThat(ScoringEngine.indicatorScore(d("3"), d("0"), Direction.LOWER_IS_BETTER)).isEqualByComparingTo("0.00");
        assertThat(ScoringEngine.actual(Measurement.of(d("2"), d("3")))).isEqualByComparingTo("66.67");
    }

    @Test
    void gradesFollowTheBoundsInclusiveBelow() {
        assertThat(BOUNDS.gradeOf(d("90.00")).label()).isEqualTo("优");
        assertThat(BOUNDS.gradeOf(d("89.99")).label()).isEqualTo("良");
        assertThat(BOUNDS.gradeOf(d("80.00")).label()).isEqualTo("良");
        assertThat(BOUNDS.gradeOf(d("79.99")).label()).isEqualTo("中");
        assertThat(BOUNDS.gradeOf(d("60")).label()).isEqualTo("中");
        assertThat(BOUNDS.gradeOf(d("59.99")).label()).isEqualTo("差");
        assertThat(BOUNDS.gradeOf(d("0")).label()).isEqualTo("差");
    }

    @Test
    void indicatorsWithoutDataAreLeftOutAndWeightsRenormalised() {
        var framework = List.of(
                new Indicator("A", d("65"), d("10"), Direction.HIGHER_IS_BETTER, false),
                new Indicator("B", d("50"), d("30"), Direction.HIGHER_IS_BETTER, false),
                new Indicator("C", d("100"), d("60"), Direction.HIGHER_IS_BETTER, false));
        var result = ScoringEngine.score(framework, Map.of(
                "A", Measurement.of(d("52"), d("100")),            // 52% of 65 → 80
                "B", Measurement.of(d("60"), d("100")),            // 60% ≥ 50 → 100
                "C", Measurement.noData("no source event yet")), BOUNDS);
        // (10×80 + 30×100) / 40 = 95
        assertThat(result.score()).isEqualByComparingTo("95.00");
        assertThat(result.grade().label()).isEqualTo("优");
        assertThat(result.weightCounted()).isEqualByComparingTo("40");
        assertThat(result.indicators().get(2).hasData()).isFalse();
        assertThat(result.indicators().get(2).score()).isNull();

        var none = ScoringEngine.score(framework, Map.of("A", Measurement.of(d("1"), d("0"))), BOUNDS);
        assertThat(none.score()).isNull();
        assertThat(none.grade()).isNull();
    }

    @Test
    void aRequiredIndicatorWithoutDataScoresZeroAndCountsSoMissingDataIsNoFreePass() {
        // the two fund shares perfect, the farmer-linking indicators required and not reported
        var framework = List.of(
                new Indicator("INDUSTRY_FUND_SHARE", d("65"), d("10"), Direction.HIGHER_IS_BETTER, true),
                new Indicator("LEADING_INDUSTRY_SHARE", d("50"), d("10"), Direction.HIGHER_IS_BETTER, true),
                new Indicator("WORKING_MECHANISMS_SHARE", d("100"), d("15"), Direction.HIGHER_IS_BETTER, true),
                new Indicator("LINKED_HOUSEHOLDS", d("100"), d("15"), Direction.HIGHER_IS_BETTER, true),
                new Indicator("DISTRIBUTION_SHARE", d("70"), d("10"), Direction.HIGHER_IS_BETTER, false),
                new Indicator("ASSET_RETURN_BENCHMARK", d("100"), d("10"), Direction.HIGHER_IS_BETTER, true));
        var result = ScoringEngine.score(framework, Map.of(
                "INDUSTRY_FUND_SHARE", Measurement.of(d("70"), d("100")),
                "LEADING_INDUSTRY_SHARE", Measurement.of(d("60"), d("100")),
                "WORKING_MECHANISMS_SHARE", Measurement.noData("no results reported"),
                "DISTRIBUTION_SHARE", Measurement.noData("no distribution"),
                "ASSET_RETURN_BENCHMARK", Measurement.notApplicable("not for this subject")), BOUNDS);
        // (10×100 + 10×100 + 15×0 + 15×0) / 50 = 40: required ones count (LINKED_HOUSEHOLDS had no measurement at all),
        // the optional one and the not-applicable one are left out
        assertThat(result.score()).isEqualByComparingTo("40.00");
        assertThat(result.grade().label()).isEqualTo("差");
        assertThat(result.weightCounted()).isEqualByComparingTo("50");
        assertThat(result.indicators()).extracting(ScoringEngine.IndicatorScore::status).containsExactly(ScoringEngine.Status.SCORED,
                ScoringEngine.Status.SCORED, ScoringEngine.Status.MISSING_REQUIRED, ScoringEngine.Status.MISSING_REQUIRED,
                ScoringEngine.Status.MISSING_OPTIONAL, ScoringEngine.Status.NOT_APPLICABLE);
        assertThat(result.indicators().get(2).score()).isEqualByComparingTo("0");
        assertThat(result.indicators().get(4).score()).isNull();
        // even a not-applicable required indicator is left out: it cannot be reported for this kind of subject
        assertThat(result.indicators().get(5).counted()).isFalse();
    }

    @Test
    void propertyScoresStayWithinBoundsAndEqualTheWeightedMeanOfIndicatorScores() {
        Random random = new Random(20250601);
        for (int run = 0; run < 2000; run++) {
            int n = 1 + random.nextInt(10);
            List<Indicator> framework = new ArrayList<>();
            Map<String, Measurement> measured = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String code = "I" + i;
                Direction dir = random.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
                framework.add(new Indicator(code, BigDecimal.valueOf(random.nextInt(10001), 2), BigDecimal.valueOf(1 + random.nextInt(3000), 2), dir,
                        random.nextBoolean()));
                if (random.nextInt(4) > 0) {
                    measured.put(code, Measurement.of(BigDecimal.valueOf(random.nextInt(100000), 2), BigDecimal.valueOf(1 + random.nextInt(100000), 2)));
                }
            }
            var result = ScoringEngine.score(framework, measured, BOUNDS);
            BigDecimal weights = BigDecimal.ZERO;
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                var s = result.indicators().get(i);
                // counted: measured, or required without data (score 0)
                assertThat(s.counted()).isEqualTo(s.hasData() || framework.get(i).required());
                if (s.counted()) {
                    assertThat(s.score()).isBetween(BigDecimal.ZERO, d("100"));
                    if (!s.hasData()) {
                        assertThat(s.score()).isEqualByComparingTo("0");
                    }
                    weights = weights.add(framework.get(i).weight());
                    sum = sum.add(framework.get(i).weight().multiply(s.score()));
                }
            }
            if (weights.signum() == 0) {
                assertThat(result.score()).isNull();
                continue;
            }
            assertThat(result.score()).isBetween(BigDecimal.ZERO, d("100"));
            // recomputing by hand from the per-indicator scores gives the total exactly
            assertThat(result.score()).isEqualByComparingTo(sum.divide(weights, 2, java.math.RoundingMode.HALF_UP));
            // the weights of the counted indicators are the divisor
            assertThat(result.weightCounted()).isEqualByComparingTo(weights);
        }
    }

    @Test
    void propertyScoresAreMonotoneInTheActualValue() {
        Random random = new Random(7);
        for (int run = 0; run < 2000; run++) {
            BigDecimal target = BigDecimal.valueOf(random.nextInt(10001), 2);
            BigDecimal a = BigDecimal.valueOf(random.nextInt(20001), 2);
            BigDecimal b = a.add(BigDecimal.valueOf(random.nextInt(5000), 2));
            assertThat(ScoringEngine.indicatorScore(b, target, Direction.HIGHER_IS_BETTER))
                    .isGreaterThanOrEqualTo(ScoringEngine.indicatorScore(a, target, Direction.HIGHER_IS_BETTER));
            assertThat(ScoringEngine.indicatorScore(b, target, Direction.LOWER_IS_BETTER))
                    .isLessThanOrEqualTo(ScoringEngine.indicatorScore(a, target, Direction.LOWER_IS_BETTER));
            // a better indicator never lowers the total
            var framework = List.of(new Indicator("X", target, d("40"), Direction.HIGHER_IS_BETTER, true),
                    new Indicator("Y", d("50"), d("60"), Direction.HIGHER_IS_BETTER, true));
            var lower = ScoringEngine.score(framework, Map.of("X", Measurement.of(a, d("100")), "Y", Measurement.of(d("30"), d("100"))), BOUNDS);
            var higher = ScoringEngine.score(framework, Map.of("X", Measurement.of(b, d("100")), "Y", Measurement.of(d("30"), d("100"))), BOUNDS);
            assertThat(higher.score()).isGreaterThanOrEqualTo(lower.score());
        }
    }
}
