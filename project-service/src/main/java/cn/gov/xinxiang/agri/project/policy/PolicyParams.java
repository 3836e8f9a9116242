package cn.gov.xinxiang.agri.project.policy;

import cn.gov.xinxiang.agri.platform.policy.PolicyCatalog;
import cn.gov.xinxiang.agri.platform.policy.PolicyKey;
import cn.gov.xinxiang.agri.platform.policy.PolicyParameterStore;
import cn.gov.xinxiang.agri.platform.policy.PolicyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;

/**
 * The per-year policy numbers project-service owns (table policy_parameter, maintained by city users
 * through {@code /api/v1/policy-parameters}, published on agri.policy). The value for a year is the row
 * with the greatest year not after it; a year before the first row is a 422, not a server error.
 */
@ApplicationScoped
public class PolicyParams implements PolicyCatalog {

    public static final String MIN_DISTINCT_MECHANISMS = "project.min-distinct-mechanisms";
    /** How many mechanisms must be shown to work at evaluation (read by evaluation-service from agri.policy). */
    public static final String MIN_WORKING_MECHANISMS = "project.min-working-mechanisms";
    public static final String NOTICE_MIN_DAYS = "project.notice-min-days";
    public static final String LEADING_INDUSTRIES_MIN = "project.leading-industries-min";
    public static final String LEADING_INDUSTRIES_MAX = "project.leading-industries-max";

    private static final List<PolicyKey> KEYS = List.of(
            PolicyKey.whole(MIN_DISTINCT_MECHANISMS, "入库项目至少具备的联农带农方式种数", PolicyKey.Unit.COUNT, 1, 9),
            PolicyKey.whole(MIN_WORKING_MECHANISMS, "评价时项目至少发挥作用的联农带农方式种数", PolicyKey.Unit.COUNT, 1, 9),
            PolicyKey.whole(NOTICE_MIN_DAYS, "入库公示最少天数", PolicyKey.Unit.DAYS, 1, 90),
            PolicyKey.whole(LEADING_INDUSTRIES_MIN, "每县特色主导产业最少个数", PolicyKey.Unit.COUNT, 1, 10),
            PolicyKey.whole(LEADING_INDUSTRIES_MAX, "每县特色主导产业最多个数", PolicyKey.Unit.COUNT, 1, 10));

    @Inject
    PolicyParameterStore store;

    @Override
    public List<PolicyKey> keys() {
        return KEYS;
    }

    /** The row of the old {@code /api/v1/policy-params} list (value with 4 decimals, as it was): {@code year} is the year the value applies from. */
    public record Param(String key, int year, BigDecimal value, String sourceDocument) {
    }

    public PolicyValue get(String key, int year) {
        return store.require(key, year);
    }

    public int intValue(String key, int year) {
        return get(key, year).intValue();
    }

    public List<Param> all() {
        return store.all().stream().map(v -> new Param(v.key(), v.appliesFrom(), v.value().setScale(4), v.sourceDocument())).toList();
    }
}
