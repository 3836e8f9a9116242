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
 * Labour-capable poverty-alleviated and monitored households on the roster in the subject's area, and whether someone of
 * each holds a certificate issued by the end of the year (fed by project-service's skills programme). A project has no
 * roster of its own here: not applicable.
 */
@ApplicationScoped
class CertifiedLabourHouseholdsIndicator extends Indicator {

    static final String RULE = "per poverty-alleviated or monitored household with labour capacity on the roster (observed_household) in the subject's area: "
            + "denominatorPart 1; numeratorPart 1 when a skills certificate of the household was issued by the end of the year "
            + "(observed_certificate, skills.certificate-recorded.v1); no data while the area has no such household";

    static final List<String> SOURCES = List.of("observed_household", "observed_certificate");

    CertifiedLabourHouseholdsIndicator() {
        super(ProgrammeIndicators.CERTIFIED_LABOUR_HOUSEHOLDS);
    }

    @Override
    Measured measure(Subject subject, int year) {
        if (subject.type() == SubjectType.PROJECT) {
            return new Measured(Measurement.notApplicable("skills certificates are counted per household of an area, not per project"), RULE, List.of(),
                    SOURCES, List.of());
        }
        return score(rows.query("select h.household_id, h.village_code, h.category, "
                + "(select count(*) from observed_certificate c where c.household_id = h.household_id and c.year <= :year) "
                + "from observed_household h where h.on_roster and h.labour_capacity and h.category in ('POVERTY_ALLEVIATED', 'MONITORED') "
                + "and h.village_code like :prefix order by h.household_id", Map.of("year", year, "prefix", ProgrammeIndicators.prefix(subject))));
    }

    /** @param households per household: id, village code, category, certificates issued by the end of the year */
    static Measured score(List<Object[]> households) {
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (Object[] r : households) {
            Map<String, Object> m = record("observed_household+observed_certificate");
            m.put("householdId", r[0]);
            m.put("villageCode", r[1]);
            m.put("category", r[2]);
            int certificates = ((Number) r[3]).intValue();
            m.put("certificates", certificates);
            num += ReadModelRows.countsOne(m, certificates > 0);
            out.add(m);
        }
        if (out.isEmpty()) {
            return new Measured(Measurement.noData("no poverty-alleviated or monitored household with labour capacity on the roster "
                    + "(household.changed.v1) in the subject's area"), RULE, out, SOURCES, List.of());
        }
        return new Measured(ReadModelRows.shareOf(num, out), RULE, out, SOURCES, List.of());
    }
}
