package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;

/**
 * Library projects of the year in the subject's area, and whether a science and technology envoy was known to serve each
 * by the end of the year (fed by project-service's envoy programme).
 */
@ApplicationScoped
class EnvoyProjectCoverageIndicator extends Indicator {

    static final String RULE = "per library project (observed_project admitted, fiscal year up to the year) in the subject's area: denominatorPart 1; "
            + "numeratorPart 1 when a science and technology envoy serves it since the year or earlier (observed_envoy_project: named at the envoy's "
            + "registration or in a service record); no data while the area has no library project";

    static final List<String> SOURCES = List.of("observed_mechanism", "observed_envoy_project");

    EnvoyProjectCoverageIndicator() {
        super(ProgrammeIndicators.ENVOY_PROJECT_COVERAGE);
    }

    @Override
    Measured measure(Subject subject, int year) {
        return score(rows.query("select p.project_id, p.code, p.fiscal_year, "
                + "(select count(*) from observed_envoy_project e where e.project_id = p.project_id and e.year <= :year) "
                + "from observed_project p where " + ReadModelRows.PROJECT_SET + " and "
                + ReadModelRows.scopeClause(subject, "p.project_id", "p.county_code") + " order by p.project_id", subject, year));
    }

    /** @param projects per library project: id, code, fiscal year, envoys serving it by the end of the year */
    static Measured score(List<Object[]> projects) {
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (Object[] r : projects) {
            Map<String, Object> m = record("observed_project+observed_envoy_project");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("fiscalYear", ((Number) r[2]).intValue());
            int envoys = ((Number) r[3]).intValue();
            m.put("envoys", envoys);
            num += ReadModelRows.countsOne(m, envoys > 0);
            out.add(m);
        }
        if (out.isEmpty()) {
            return new Measured(Measurement.noData("no library project (project.admitted.v1) of the year or earlier in the subject's area"), RULE, out,
                    SOURCES, List.of());
        }
        return new Measured(ReadModelRows.shareOf(num, out), RULE, out, SOURCES, List.of());
    }
}
