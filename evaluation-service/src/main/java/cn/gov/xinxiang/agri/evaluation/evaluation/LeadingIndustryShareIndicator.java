package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/** The share of the year's industry-development money that goes to the leading industries. */
@ApplicationScoped
class LeadingIndustryShareIndicator extends Indicator {

    static final String RULE = "numerator: Σ amount of unrevoked INDUSTRY_DEVELOPMENT allocations with leadingIndustry = true; denominator: Σ amount of all unrevoked INDUSTRY_DEVELOPMENT allocations";

    LeadingIndustryShareIndicator() {
        super("LEADING_INDUSTRY_SHARE");
    }

    @Override
    Measured measure(Subject subject, int year) {
        return score(rows.allocations(subject, year));
    }

    /** Only the industry-development allocations count (and are shown); the leading-industry ones are the numerator. */
    static Measured score(List<Map<String, Object>> allocations) {
        return ReadModelRows.amountShare(allocations, r -> "INDUSTRY_DEVELOPMENT".equals(r.get("use")), r -> Boolean.TRUE.equals(r.get("leadingIndustry")),
                "no unrevoked industry-development allocation of the year in observed_allocation", RULE);
    }
}
