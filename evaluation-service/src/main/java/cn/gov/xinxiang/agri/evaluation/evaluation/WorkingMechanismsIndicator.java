package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.integer;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;

/** The share of library projects with at least the policy's number of farmer-linking mechanisms that worked in the year. */
@ApplicationScoped
class WorkingMechanismsIndicator extends Indicator {

    WorkingMechanismsIndicator() {
        super("WORKING_MECHANISMS_SHARE");
    }

    @Inject
    PolicyCopy policy;

    @Override
    Measured measure(Subject subject, int year) {
        PolicyCopy.Value threshold = policy.require(PolicyCopy.MIN_WORKING_MECHANISMS, year);
        return score(threshold, rows.query("select p.project_id, p.code, p.fiscal_year, "
                + "(select count(*) from observed_mechanism_result x where x.project_id = p.project_id and x.year = :year), "
                + "(select count(*) from observed_mechanism_result x where x.project_id = p.project_id and x.year = :year "
                + "and x.linked_poverty_alleviated + x.linked_monitored + x.linked_other > 0 and x.income_received > 0) "
                + "from observed_project p where " + ReadModelRows.PROJECT_SET + " and "
                + ReadModelRows.scopeClause(subject, "p.project_id", "p.county_code") + " order by p.project_id", subject, year));
    }

    /** @param projects per library project: id, code, fiscal year, mechanisms reported for the year, mechanisms that worked */
    static Measured score(PolicyCopy.Value threshold, List<Object[]> projects) {
        int min = threshold.value().intValueExact();
        String rule = "per library project (observed_project admitted, fiscal year up to the year: an earlier project's results for the year count "
                + "too): a mechanism works when its results for the year (observed_mechanism_result) have linked households (poverty-alleviated + "
                + "monitored + other) > 0 and incomeReceived > 0; numerator: projects with at least " + min + " working mechanisms ("
                + threshold.describe() + ") (numeratorPart 1); denominator: all those library projects (a project without a report counts, with 0 "
                + "working mechanisms); no data while none of them reported results for the year";
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        int reported = 0;
        for (Object[] r : projects) {
            Map<String, Object> m = record("observed_project+observed_mechanism_result");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("fiscalYear", integer(r[2]));
            m.put("reportedMechanisms", integer(r[3]));
            m.put("workingMechanisms", integer(r[4]));
            num += ReadModelRows.countsOne(m, integer(r[4]) >= min);
            reported += integer(r[3]);
            out.add(m);
        }
        List<String> sources = List.of("observed_mechanism", "observed_mechanism_result");
        if (reported == 0) {
            return new Measured(Measurement.noData(IndicatorCalculator.NO_RESULTS), rule, out, sources, List.of(threshold));
        }
        return new Measured(ReadModelRows.shareOf(num, out), rule, out, sources, List.of(threshold));
    }
}
