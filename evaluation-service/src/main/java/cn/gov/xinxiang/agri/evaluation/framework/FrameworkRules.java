package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.Grade;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a year's indicator framework: grade bounds (each grade once, 差 from 0, strictly descending), where an
 * indicator's target comes from (its own, or a known policy parameter: exactly one of them), and copying a year's
 * framework (only to a year without one, only from a year with one).
 */
public final class FrameworkRules {

    private FrameworkRules() {
    }

    /** A grade's lower bound as requested. */
    public record Bound(Grade grade, BigDecimal minScore) {
    }

    /** The bounds by grade, when each of the four grades appears once, 差 (POOR) starts at 0 and they descend strictly. */
    public static Decision<Map<Grade, BigDecimal>> bounds(List<Bound> bounds) {
        Map<Grade, BigDecimal> byGrade = new EnumMap<>(Grade.class);
        for (int i = 0; i < bounds.size(); i++) {
            if (byGrade.put(bounds.get(i).grade(), bounds.get(i).minScore()) != null) {
                return Decision.refuse(Violation.field("bounds[" + i + "].grade", "framework.grades-once"));
            }
        }
        if (byGrade.get(Grade.POOR).signum() != 0) {
            return Decision.refuse(Violation.rule("grade-bounds", "framework.poor-from-zero"));
        }
        if (!(byGrade.get(Grade.EXCELLENT).compareTo(byGrade.get(Grade.GOOD)) > 0 && byGrade.get(Grade.GOOD).compareTo(byGrade.get(Grade.FAIR)) > 0
                && byGrade.get(Grade.FAIR).compareTo(byGrade.get(Grade.POOR)) > 0)) {
            return Decision.refuse(Violation.rule("grade-bounds", "framework.bounds-descend"));
        }
        return Decision.allow(byGrade);
    }

    /**
     * An indicator's target: its own value or a policy parameter's key, not both and not neither; the key must be one
     * evaluation-service holds (422 {@code unknown-policy-parameter}).
     *
     * @param policyKey the key requested (blank = none), as given
     * @param known     the policy parameter keys evaluation-service holds
     * @return the key to store, stripped, or an empty string for the indicator's own target
     */
    public static Decision<String> target(BigDecimal target, String policyKey, Set<String> known) {
        String key = policyKey == null || policyKey.isBlank() ? null : policyKey.strip();
        if (key == null && target == null) {
            return Decision.refuse(Violation.field("target", "framework.target-required"));
        }
        if (key != null && target != null) {
            return Decision.refuse(Violation.field("target", "framework.target-or-key"));
        }
        if (key != null && !known.contains(key)) {
            return Decision.refuse(Violation.rule("unknown-policy-parameter", "framework.unknown-policy-key", key),
                    Violation.field("targetPolicyKey", "framework.unknown"));
        }
        return Decision.allow(key == null ? "" : key);
    }

    /** A year's framework is copied only to a year that has none (409) from a year that has one (422). */
    public static Decision<Integer> copy(int fromYear, boolean fromHasIndicators, int toYear, boolean toHasIndicators) {
        if (toHasIndicators) {
            return Decision.refuse(Violation.state("framework-exists", "framework.exists", toYear));
        }
        if (!fromHasIndicators) {
            return Decision.refuse(Violation.rule("no-framework", "framework.none-to-copy", fromYear));
        }
        return Decision.allow(toYear);
    }

    /** An evaluation of a year needs the year's framework: its indicators and its grade bounds (422 {@code no-framework}). */
    public static Decision<Integer> usable(int year, boolean hasIndicators, boolean hasBounds) {
        return hasIndicators && hasBounds ? Decision.allow(year) : Decision.refuse(Violation.rule("no-framework", "framework.none", year));
    }
}
