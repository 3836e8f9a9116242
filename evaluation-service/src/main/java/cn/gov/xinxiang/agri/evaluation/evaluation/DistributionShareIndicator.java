package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.integer;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.money;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.scopeClause;

/** The share of distributed asset income that went to poverty-alleviated and monitored households. */
@ApplicationScoped
class DistributionShareIndicator extends Indicator {

    static final String RULE = "per distribution of a half-year of the year in the subject's villages (observed_distribution): numeratorPart = targetAmount "
            + "(paid to poverty-alleviated and monitored households), denominatorPart = income distributed; distributions are per village, "
            + "so a project has no data";

    DistributionShareIndicator() {
        super("DISTRIBUTION_SHARE");
    }

    @Override
    Measured measure(Subject subject, int year) {
        if (subject.type() == SubjectType.PROJECT) {
            return new Measured(Measurement.notApplicable("not applicable: income distributions are recorded per village, not per project"), RULE,
                    List.of(), List.of());
        }
        return score(rows.query("select d.distribution_id, d.village_code, d.period, d.income, d.target_amount, d.households_paid from observed_distribution d "
                + "where d.year = :year and " + scopeClause(subject, "unused", "d.county_code") + " order by d.distribution_id", subject, year));
    }

    /** @param rows per distribution of the year: id, village code, period, income distributed, target amount, households paid */
    static Measured score(List<Object[]> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Object[] r : rows) {
            Map<String, Object> m = record("observed_distribution");
            m.put("distributionId", r[0].toString());
            m.put("villageCode", r[1]);
            m.put("period", r[2]);
            m.put("householdsPaid", integer(r[5]));
            m.put("numeratorPart", money(r[4]));
            m.put("denominatorPart", money(r[3]));
            num = num.add(money(r[4]));
            den = den.add(money(r[3]));
            out.add(m);
        }
        return new Measured(den.signum() == 0 ? Measurement.noData(IndicatorCalculator.NO_DISTRIBUTION) : Measurement.of(num, den), RULE, out, List.of("observed_distribution"));
    }
}
