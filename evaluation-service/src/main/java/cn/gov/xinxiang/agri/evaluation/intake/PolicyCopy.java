package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * evaluation-service's copy of the other services' policy parameters, built only from policy.changed.v1
 * (table observed_policy_parameter). The value for a year is the row with the greatest applies_from not
 * after it, exactly as at the owner. Nothing here is typed in by hand.
 */
@ApplicationScoped
public class PolicyCopy {

    public static final String BENCHMARK_RATE = "asset.benchmark-rate";
    public static final String TARGET_SHARE_MIN = "asset.target-share-min";
    public static final String INVENTORY_DEADLINE_DAYS = "asset.inventory-deadline-days";
    public static final String INDUSTRY_SHARE_FLOOR = "funding.industry-share-floor";
    public static final String LEADING_SHARE_FLOOR = "funding.leading-share-floor";
    public static final String MIN_WORKING_MECHANISMS = "project.min-working-mechanisms";

    public record Value(String key, int appliesFrom, BigDecimal value, String unit, String label, String sourceDocument, String owner,
                        long version) {

        /** A fraction as the percentage the indicators compare with (0.65 → 65.00); other units as they are. */
        public BigDecimal asPercentTarget() {
            return "fraction".equals(unit) ? value.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP) : value.setScale(2);
        }

        public String describe() {
            return key + " = " + value.stripTrailingZeros().toPlainString() + " " + unit + " (from " + appliesFrom + ", " + owner + " version "
                    + version + ": " + sourceDocument + ")";
        }
    }

    @Inject
    EntityManager em;

    public Optional<Value> find(String key, int year) {
        return rows("where param_key = ?1 and applies_from <= ?2 order by applies_from desc limit 1", key, year).stream().findFirst();
    }

    /** The value in force in the year; 422 when this service has not learned one (no event of the owner reached it). */
    public Value require(String key, int year) {
        return find(key, year).orElseThrow(() -> ProblemException.keyed(422, "policy-unknown", "evaluation.policy-unknown", key, year));
    }

    public List<Value> all() {
        return rows("order by param_key, applies_from");
    }

    @SuppressWarnings("unchecked")
    private List<Value> rows(String tail, Object... params) {
        var q = em.createNativeQuery("select param_key, applies_from, value, unit, label, source_document, owner, version from observed_policy_parameter " + tail);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new Value((String) r[0], ((Number) r[1]).intValue(),
                ((BigDecimal) r[2]).stripTrailingZeros().scale() < 0 ? ((BigDecimal) r[2]).setScale(0) : ((BigDecimal) r[2]).stripTrailingZeros(),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], ((Number) r[7]).longValue())).toList();
    }
}
