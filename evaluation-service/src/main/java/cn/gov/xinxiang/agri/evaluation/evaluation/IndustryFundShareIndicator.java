package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/** The share of the year's allocated money that goes to industry development. */
@ApplicationScoped
class IndustryFundShareIndicator extends Indicator {

    static final String RULE = "numerator: Σ amount of the subject's unrevoked allocations of the year with use INDUSTRY_DEVELOPMENT; denominator: Σ amount of all of them";

    IndustryFundShareIndicator() {
        super("INDUSTRY_FUND_SHARE");
    }

    @Override
    Measured measure(Subject subject, int year) {
        return score(rows.allocations(subject, year));
    }

    /** Every allocation counts; the industry-development ones are the numerator. */
    static Measured score(List<Map<String, Object>> allocations) {
        return ReadModelRows.amountShare(allocations, r -> true, r -> "INDUSTRY_DEVELOPMENT".equals(r.get("use")), IndicatorCalculator.NO_ALLOCATION, RULE);
    }
}
