package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.integer;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.money;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.scopeClause;

/** The income the linked households received in the year against a baseline per household (the last working year, else the expectation at library entry). */
@ApplicationScoped
class IncomeIncreaseIndicator extends Indicator {

    IncomeIncreaseIndicator() {
        super("INCOME_INCREASE");
    }

    @Override
    Measured measure(Subject subject, int year) {
        return score(rows.query("select m.project_id, p.code, p.fiscal_year, m.mechanism_type, m.planned_poverty_alleviated + m.planned_monitored + m.planned_other, "
                + "m.expected_income_per_household, x.linked_poverty_alleviated + x.linked_monitored + x.linked_other, x.income_received, "
                + "b.year, b.linked_poverty_alleviated + b.linked_monitored + b.linked_other, b.income_received "
                + "from observed_mechanism m join observed_project p on p.project_id = m.project_id "
                + "left join observed_mechanism_result x on x.project_id = m.project_id and x.year = :year and x.mechanism_type = m.mechanism_type "
                + "left join lateral (select * from observed_mechanism_result y where y.project_id = m.project_id and y.mechanism_type = m.mechanism_type "
                + "and y.year < :year and y.linked_poverty_alleviated + y.linked_monitored + y.linked_other > 0 and y.income_received > 0 "
                + "order by y.year desc limit 1) b on true "
                + "where " + ReadModelRows.PROJECT_SET + " and " + scopeClause(subject, "p.project_id", "p.county_code")
                + " order by m.project_id, m.mechanism_type", subject, year));
    }

    /**
     * @param rows per planned mechanism: project id, code, fiscal year, mechanism type, households planned, expected income per
     *             household, households linked in the year, income received in the year (null without a report), and of the latest
     *             earlier working year: year, households linked, income received (nulls without one)
     */
    static Measured score(List<Object[]> rows) {
        String rule = "per planned mechanism of the library projects (fiscal year up to the year; observed_mechanism): the baseline income per household "
                + "is the latest earlier year's result of that project and mechanism in which it worked (incomeReceived / linked households, "
                + "baselineKind PREVIOUS_YEAR_RESULT), otherwise the income expected per household at library entry (EXPECTED_AT_ENTRY); "
                + "households = the households linked in the year's result (all categories), or the planned ones when it linked none or did not "
                + "report; denominatorPart = round2(baseline per household × households); numeratorPart = incomeReceived of the year (0 without a "
                + "report). A mechanism with neither a baseline result nor an expected income is not counted (parts 0). actual ≥ 100 means the "
                + "linked households earned at least as much per household as the baseline; no data while none of the projects reported for the year";
        List<Map<String, Object>> out = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        boolean reported = false;
        for (Object[] r : rows) {
            Map<String, Object> m = record("observed_mechanism+observed_mechanism_result");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("fiscalYear", integer(r[2]));
            m.put("mechanism", r[3]);
            int planned = integer(r[4]);
            int linked = integer(r[6]);
            BigDecimal received = r[7] == null ? BigDecimal.ZERO.setScale(2) : money(r[7]);
            reported |= r[7] != null;
            int households = linked > 0 ? linked : planned;
            m.put("linkedHouseholds", linked);
            m.put("plannedHouseholds", planned);
            m.put("householdsCounted", households);
            m.put("incomeReceived", received);
            BigDecimal expected;
            if (r[8] != null) {
                BigDecimal baseIncome = money(r[10]);
                int baseLinked = integer(r[9]);
                m.put("baselineKind", "PREVIOUS_YEAR_RESULT");
                m.put("baselineYear", integer(r[8]));
                m.put("baselineIncomePerHousehold", baseIncome.divide(BigDecimal.valueOf(baseLinked), 2, RoundingMode.HALF_UP));
                expected = baseIncome.multiply(BigDecimal.valueOf(households)).divide(BigDecimal.valueOf(baseLinked), 2, RoundingMode.HALF_UP);
            } else if (r[5] != null) {
                m.put("baselineKind", "EXPECTED_AT_ENTRY");
                m.put("baselineIncomePerHousehold", money(r[5]));
                expected = money(r[5]).multiply(BigDecimal.valueOf(households)).setScale(2, RoundingMode.HALF_UP);
            } else {
                m.put("baselineKind", "NONE");
                expected = BigDecimal.ZERO.setScale(2);
                received = BigDecimal.ZERO.setScale(2);
            }
            m.put("numeratorPart", received);
            m.put("denominatorPart", expected);
            num = num.add(received);
            den = den.add(expected);
            out.add(m);
        }
        List<String> sources = List.of("observed_mechanism", "observed_mechanism_result");
        if (!reported || den.signum() == 0) {
            return new Measured(Measurement.noData(!reported ? IndicatorCalculator.NO_RESULTS : "no baseline income: neither an earlier year's working result nor an expected income"),
                    rule, out, sources);
        }
        return new Measured(Measurement.of(num, den), rule, out, sources);
    }
}
