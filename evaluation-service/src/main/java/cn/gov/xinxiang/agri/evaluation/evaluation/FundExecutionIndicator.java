package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.money;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.scopeClause;

/** The share of the year's allocated money spent (expenditures recorded against the allocations). */
@ApplicationScoped
class FundExecutionIndicator extends Indicator {

    FundExecutionIndicator() {
        super("FUND_EXECUTION_RATE");
    }

    @Override
    Measured measure(Subject subject, int year) {
        return score(rows.query("select a.allocation_id, a.project_id, a.fund_use, a.amount, "
                + "(select sum(e.amount) from observed_expenditure e where e.allocation_id = a.allocation_id), "
                + "(select sum(d.amount) from observed_disbursement d where d.allocation_id = a.allocation_id) from observed_allocation a "
                + "where a.fiscal_year = :year and a.revoked = false and " + scopeClause(subject, "a.project_id", "a.county_code")
                + " order by a.allocation_id", subject, year));
    }

    /** @param rows per unrevoked allocation of the year: id, project id, use, amount, Σ expenditures (null: none), Σ disbursements (null: none) */
    static Measured score(List<Object[]> rows) {
        String rule = "per unrevoked allocation of the year (observed_allocation): denominatorPart = amount allocated, numeratorPart = Σ expenditures "
                + "recorded against it (observed_expenditure); disbursed (observed_disbursement) shown for information; no data while no disbursement "
                + "or expenditure has been recorded against any of them";
        List<Map<String, Object>> out = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        boolean flows = false;
        for (Object[] r : rows) {
            Map<String, Object> m = record("observed_allocation+observed_expenditure+observed_disbursement");
            m.put("allocationId", r[0].toString());
            m.put("projectId", r[1].toString());
            m.put("use", r[2]);
            BigDecimal spent = r[4] == null ? BigDecimal.ZERO.setScale(2) : money(r[4]);
            m.put("disbursed", r[5] == null ? BigDecimal.ZERO.setScale(2) : money(r[5]));
            m.put("numeratorPart", spent);
            m.put("denominatorPart", money(r[3]));
            flows |= r[4] != null || r[5] != null;
            num = num.add(spent);
            den = den.add(money(r[3]));
            out.add(m);
        }
        if (den.signum() == 0 || !flows) {
            return new Measured(Measurement.noData(den.signum() == 0 ? IndicatorCalculator.NO_ALLOCATION
                    : "no disbursement or expenditure recorded yet against the year's allocations (funding.disbursement-made.v1, funding.expenditure-recorded.v1)"),
                    rule, out, List.of("observed_allocation", "observed_expenditure"));
        }
        return new Measured(Measurement.of(num, den), rule, out, List.of("observed_allocation", "observed_expenditure"));
    }
}
