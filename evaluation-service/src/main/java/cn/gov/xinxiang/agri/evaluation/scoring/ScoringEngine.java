package cn.gov.xinxiang.agri.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns measured indicator values into a 0–100 weighted score and a grade. Pure arithmetic, so a person
 * can redo it by hand from the evidence with these rules:
 * <ul>
 *   <li>actual = round2(numerator × 100 / denominator); a zero denominator or a missing source is "no data";</li>
 *   <li>higher is better: score = min(100, round2(actual × 100 / target)); target 0 gives 100;</li>
 *   <li>lower is better: score = 100 when actual ≤ target, else round2(target × 100 / actual) (0 when target is 0);</li>
 *   <li>total = round2(Σ weight × score / Σ weight) over the indicators WITH data: an indicator without data
 *       is left out and the remaining weights are renormalised; with no data at all there is no score;</li>
 *   <li>rounding is always HALF_UP to 2 decimals.</li>
 * </ul>
 */
public final class ScoringEngine {

    public static final String RULE = "actual = round2(numerator×100/denominator); indicator score: higher-is-better min(100, round2(actual×100/target)) "
            + "(target 0 → 100), lower-is-better 100 if actual ≤ target else round2(target×100/actual) (target 0 → 0); "
            + "total = round2(Σ(weight×score)/Σ weight) over indicators with data only (no-data indicators excluded, weights renormalised); "
            + "rounding HALF_UP";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoringEngine() {
    }

    /** An indicator of the year's framework. */
    public record Indicator(String code, BigDecimal target, BigDecimal weight, Direction direction) {
    }

    /** A measured value: numerator and denominator, or no data with the reason. */
    public record Measurement(BigDecimal numerator, BigDecimal denominator, String noDataReason) {
        public static Measurement of(BigDecimal numerator, BigDecimal denominator) {
            return new Measurement(numerator, denominator, null);
        }

        public static Measurement noData(String reason) {
            return new Measurement(null, null, reason);
        }

        public boolean hasData() {
            return noDataReason == null && numerator != null && denominator != null && denominator.signum() != 0;
        }
    }

    public record IndicatorScore(String code, BigDecimal actual, BigDecimal score, boolean hasData) {
    }

    public record Result(List<IndicatorScore> indicators, BigDecimal weightWithData, BigDecimal weightedSum,
                         BigDecimal score, GradeBounds.Bound grade) {
    }

    public static BigDecimal actual(Measurement m) {
        return m.numerator().multiply(HUNDRED).divide(m.denominator(), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal indicatorScore(BigDecimal actual, BigDecimal target, Direction direction) {
        if (direction == Direction.HIGHER_IS_BETTER) {
            if (target.signum() == 0) {
                return scale(HUNDRED);
            }
            BigDecimal s = actual.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
            return scale(s.min(HUNDRED).max(BigDecimal.ZERO));
        }
        if (actual.compareTo(target) <= 0) {
            return scale(HUNDRED);
        }
        if (target.signum() == 0) {
            return scale(BigDecimal.ZERO);
        }
        return scale(target.multiply(HUNDRED).divide(actual, 2, RoundingMode.HALF_UP).min(HUNDRED));
    }

    public static Result score(List<Indicator> framework, Map<String, Measurement> measured, GradeBounds bounds) {
        List<IndicatorScore> scores = new ArrayList<>();
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator i : framework) {
            Measurement m = measured.get(i.code());
            if (m == null || !m.hasData()) {
                scores.add(new IndicatorScore(i.code(), null, null, false));
                continue;
            }
            BigDecimal actual = actual(m);
            BigDecimal s = indicatorScore(actual, i.target(), i.direction());
            scores.add(new IndicatorScore(i.code(), actual, s, true));
            weights = weights.add(i.weight());
            sum = sum.add(i.weight().multiply(s));
        }
        if (weights.signum() == 0) {
            return new Result(scores, weights, sum, null, null);
        }
        BigDecimal total = sum.divide(weights, 2, RoundingMode.HALF_UP);
        return new Result(scores, weights, sum, total, bounds.gradeOf(total));
    }

    private static BigDecimal scale(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
