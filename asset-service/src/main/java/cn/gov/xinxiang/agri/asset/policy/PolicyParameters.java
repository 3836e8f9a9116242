package cn.gov.xinxiang.agri.asset.policy;

import cn.gov.xinxiang.agri.platform.policy.PolicyCatalog;
import cn.gov.xinxiang.agri.platform.policy.PolicyKey;
import cn.gov.xinxiang.agri.platform.policy.PolicyParameterStore;
import cn.gov.xinxiang.agri.platform.policy.PolicyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;

/**
 * The per-year policy numbers asset-service owns (benchmark rate, minimum target share, inventory
 * deadline), in policy_parameter: city users change them through {@code /api/v1/policy-parameters},
 * and every value is published on agri.policy for evaluation-service. The value for a year is the row
 * with the greatest year it applies from not after it.
 */
@ApplicationScoped
public class PolicyParameters implements PolicyCatalog {

    public static final String BENCHMARK_RATE = "asset.benchmark-rate";
    public static final String TARGET_SHARE_MIN = "asset.target-share-min";
    public static final String INVENTORY_DEADLINE_DAYS = "asset.inventory-deadline-days";

    private static final List<PolicyKey> KEYS = List.of(
            PolicyKey.fraction(BENCHMARK_RATE, "同期银行基准利率（经营性资产年收益率不得低于）"),
            PolicyKey.fraction(TARGET_SHARE_MIN, "村集体产业收益用于脱贫户和监测对象的最低比例"),
            PolicyKey.whole(INVENTORY_DEADLINE_DAYS, "半年收益盘点截止（半年期结束后天数）", PolicyKey.Unit.DAYS, 1, 180));

    /** {@code year} is the year the value applies from. */
    public record Parameter(String key, int year, BigDecimal value, String source) {
    }

    @Inject
    PolicyParameterStore store;

    @Override
    public List<PolicyKey> keys() {
        return KEYS;
    }

    /** The parameter in force in the year; 422 when the year is before its first value, rather than guessing. */
    public Parameter require(String key, int year) {
        PolicyValue v = store.require(key, year);
        return new Parameter(key, v.appliesFrom(), v.value().stripTrailingZeros(), v.sourceDocument());
    }
}
