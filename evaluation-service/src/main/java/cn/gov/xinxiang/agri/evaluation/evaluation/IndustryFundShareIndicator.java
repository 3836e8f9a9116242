package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The share of the year's allocated money that goes to industry development. */
@ApplicationScoped
class IndustryFundShareIndicator implements Indicator {

    static final String RULE = "numerator: Σ amount of the subject's unrevoked allocations of the year with use INDUSTRY_DEVELOPMENT; denominator: Σ amount of all of them";

    @Inject
    ReadModelRows rows;

    @Override
    public String code() {
        return "INDUSTRY_FUND_SHARE";
    }

    @Override
    public Measured measure(Subject subject, int year) {
        return score(rows.allocations(subject, year));
    }

    /** The allocations (records with amount and use) marked with what they counted for, and the share. */
    static Measured score(List<Map<String, Object>> allocations) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Map<String, Object> r : allocations) {
            BigDecimal amount = (BigDecimal) r.get("amount");
            den = den.add(amount);
            boolean industry = "INDUSTRY_DEVELOPMENT".equals(r.get("use"));
            if (industry) {
                num = num.add(amount);
            }
            r.put("counted", industry ? "numerator+denominator" : "denominator");
        }
        return new Measured(den.signum() == 0 ? Measurement.noData(IndicatorCalculator.NO_ALLOCATION) : Measurement.of(num, den), RULE, allocations,
                List.of("observed_allocation"));
    }
}
