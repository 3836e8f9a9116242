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
 *   <li>a REQUIRED indicator without data scores 0 and counts with its full weight ("no data reported"): missing
 *       data is a finding, never a free pass;</li>
 *   <li>an optional indicator without data, and an indicator that does not apply to the subject, are left out;</li>
 *   <li>total = round2(Σ weight × score / Σ weight) over the counted indicators; nothing counted, no score;</li>
 *   <li>rounding is always HALF_UP to 2 decimals.</li>
 * </ul>
 */
public final class ScoringEngine {

    public static final String RULE = "actual = round2(numerator×100/denominator); indicator score: higher-is-better min(100, round2(actual×100/target)) "
            + "(target 0 → 100), lower-is-better 100 if actual ≤ target else round2(target×100/actual) (target 0 → 0); "
            + "a required indicator without data scores 0 and counts with its weight; optional indicators without data and indicators "
            + "not applicable to the subject are left out; total = round2(Σ(weight×score)/Σ weight) over the counted indicators; rounding HALF_UP";

    public static final String NO_DATA_REPORTED = "no data reported";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoringEngine() {
    }

    /** An indicator of the year's framework. */
    public record Indicator(String code, BigDecimal target, BigDecimal weight, Direction direction, boolean required) {
    }

    /** A measured value: numerator and denominator, or no data with the reason, or not applicable to the subject. */
    public record Measurement(BigDecimal numerator, BigDecimal denominator, String noDataReason, boolean notApplicable) {
        public static Measurement of(BigDecimal numerator, BigDecimal denominator) {
            return new Measurement(numerator, denominator, null, false);
        }

        public static Measurement noData(String reason) {
            return new Measurement(null, null, reason, false);
        }

        public static Measurement notApplicable(String reason) {
            return new Measurement(null, null, reason, true);
        }

        public boolean hasData() {
            return !notApplicable && noDataReason == null && numerator != null && denominator != null && denominator.signum() != 0;
        }
    }

    /** How an indicator entered the total. */
    public enum Status {
        /** measured and counted */
        SCORED,
        /** required, no data: scores 0, counted */
        MISSING_REQUIRED,
        /** optional, no data: left out */
        MISSING_OPTIONAL,
        /** does not apply to this kind of subject: left out */
        NOT_APPLICABLE
    }

    public record IndicatorScore(String code, BigDecimal actual, BigDecimal score, boolean hasData, Status status) {
        public boolean counted() {
            return status == Status.SCORED || status == Status.MISSING_REQUIRED;
        }
    }

    public record Result(List<IndicatorScore> indicators, BigDecimal weightCounted, BigDecimal weightedSum,
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
            if (m != null && m.notApplicable()) {
                scores.add(new IndicatorScore(i.code(), null, null, false, Status.NOT_APPLICABLE));
                continue;
            }
            if (m == null || !m.hasData()) {
                if (i.required()) {
                    scores.add(new IndicatorScore(i.code(), null, scale(BigDecimal.ZERO), false, Status.MISSING_REQUIRED));
                    weights = weights.add(i.weight());
                } else {
                    scores.add(new IndicatorScore(i.code(), null, null, false, Status.MISSING_OPTIONAL));
                }
                continue;
            }
            BigDecimal actual = actual(m);
            BigDecimal s = indicatorScore(actual, i.target(), i.direction());
            scores.add(new IndicatorScore(i.code(), actual, s, true, Status.SCORED));
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
