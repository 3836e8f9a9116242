package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.integer;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;

/** Poverty-alleviated and monitored households the library projects linked in the year, against the ones they planned. */
@ApplicationScoped
class LinkedHouseholdsIndicator extends Indicator {

    static final String RULE = "per library project (fiscal year up to the year): numeratorPart = Σ linkedPovertyAlleviated + linkedMonitored over its "
            + "mechanisms' results for the year (observed_mechanism_result; 0 without a report); denominatorPart = Σ plannedPovertyAlleviated + "
            + "plannedMonitored at library entry (observed_mechanism); no data while none of them reported results for the year, or nothing was planned";

    LinkedHouseholdsIndicator() {
        super("LINKED_HOUSEHOLDS");
    }

    @Override
    Measured measure(Subject subject, int year) {
        return score(rows.query("select p.project_id, p.code, "
                + "(select coalesce(sum(m.planned_poverty_alleviated + m.planned_monitored), 0) from observed_mechanism m where m.project_id = p.project_id), "
                + "(select coalesce(sum(x.linked_poverty_alleviated + x.linked_monitored), 0) from observed_mechanism_result x where x.project_id = p.project_id and x.year = :year), "
                + "(select count(*) from observed_mechanism_result x where x.project_id = p.project_id and x.year = :year), p.fiscal_year "
                + "from observed_project p where " + ReadModelRows.PROJECT_SET + " and "
                + ReadModelRows.scopeClause(subject, "p.project_id", "p.county_code") + " order by p.project_id", subject, year));
    }

    /** @param projects per library project: id, code, households planned, households linked in the year, mechanisms reported, fiscal year */
    static Measured score(List<Object[]> projects) {
        List<Map<String, Object>> out = new ArrayList<>();
        long num = 0;
        long den = 0;
        int reported = 0;
        for (Object[] r : projects) {
            Map<String, Object> m = record("observed_project+observed_mechanism+observed_mechanism_result");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("fiscalYear", integer(r[5]));
            m.put("reported", integer(r[4]) > 0);
            m.put("numeratorPart", BigDecimal.valueOf(integer(r[3])));
            m.put("denominatorPart", BigDecimal.valueOf(integer(r[2])));
            num += integer(r[3]);
            den += integer(r[2]);
            reported += integer(r[4]);
            out.add(m);
        }
        List<String> sources = List.of("observed_mechanism", "observed_mechanism_result");
        if (reported == 0 || den == 0) {
            return new Measured(Measurement.noData(reported == 0 ? IndicatorCalculator.NO_RESULTS : "no poverty-alleviated or monitored households were planned"),
                    RULE, out, sources);
        }
        return new Measured(Measurement.of(BigDecimal.valueOf(num), BigDecimal.valueOf(den)), RULE, out, sources);
    }
}
