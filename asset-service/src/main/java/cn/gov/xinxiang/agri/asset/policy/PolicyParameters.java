package cn.gov.xinxiang.agri.asset.policy;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;

/**
 * Per-year policy numbers (benchmark rate, minimum target share, inventory deadline), read from the
 * policy_parameter table so the bureau changes them without a release.
 */
@ApplicationScoped
public class PolicyParameters {

    public static final String BENCHMARK_RATE = "BENCHMARK_RATE";
    public static final String TARGET_SHARE_MIN = "TARGET_SHARE_MIN";
    public static final String INVENTORY_DEADLINE_DAYS = "INVENTORY_DEADLINE_DAYS";

    public record Parameter(String key, int year, BigDecimal value, String source) {
    }

    @Inject
    EntityManager em;

    /** The parameter for the year; 422 when the bureau has not set it, rather than guessing. */
    public Parameter require(String key, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select value, source from policy_parameter where param_key = ?1 and year = ?2")
                .setParameter(1, key).setParameter(2, year).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.unprocessable("policy-parameter-missing", "no " + key + " is set for " + year);
        }
        return new Parameter(key, year, ((BigDecimal) rows.get(0)[0]).stripTrailingZeros(), (String) rows.get(0)[1]);
    }
}
