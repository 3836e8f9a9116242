package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The share of the year's industry-development money that goes to the leading industries. */
@ApplicationScoped
class LeadingIndustryShareIndicator implements Indicator {

    static final String RULE = "numerator: Σ amount of unrevoked INDUSTRY_DEVELOPMENT allocations with leadingIndustry = true; denominator: Σ amount of all unrevoked INDUSTRY_DEVELOPMENT allocations";

    @Inject
    ReadModelRows rows;

    @Override
    public String code() {
        return "LEADING_INDUSTRY_SHARE";
    }

    @Override
    public Measured measure(Subject subject, int year) {
        return score(rows.allocations(subject, year));
    }

    /** Only the industry-development allocations count (and are shown), marked with what they counted for. */
    static Measured score(List<Map<String, Object>> allocations) {
        List<Map<String, Object>> counted = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Map<String, Object> r : allocations) {
            if (!"INDUSTRY_DEVELOPMENT".equals(r.get("use"))) {
                continue;
            }
            BigDecimal amount = (BigDecimal) r.get("amount");
            den = den.add(amount);
            boolean leading = Boolean.TRUE.equals(r.get("leadingIndustry"));
            if (leading) {
                num = num.add(amount);
            }
            r.put("counted", leading ? "numerator+denominator" : "denominator");
            counted.add(r);
        }
        return new Measured(den.signum() == 0 ? Measurement.noData("no unrevoked industry-development allocation of the year in observed_allocation")
                : Measurement.of(num, den), RULE, counted, List.of("observed_allocation"));
    }
}
