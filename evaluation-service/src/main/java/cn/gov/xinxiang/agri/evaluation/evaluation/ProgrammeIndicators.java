package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two indicators project-service's programmes feed (read models of the {@code programmes} package), each record with its numerator and denominator part so the
 * sums can be redone from the evidence, as for the built-in indicators.
 */
@ApplicationScoped
public class ProgrammeIndicators {

    public static final String CERTIFIED_LABOUR_HOUSEHOLDS = "CERTIFIED_LABOUR_HOUSEHOLDS";
    public static final String ENVOY_PROJECT_COVERAGE = "ENVOY_PROJECT_COVERAGE";

    @Inject
    EntityManager em;

    /**
     * Labour-capable poverty-alleviated and monitored households on the roster in the subject's area, and
     * whether someone of each holds a certificate issued by the end of the year. A project has no roster of
     * its own here: not applicable.
     */
    public Measured certifiedLabourHouseholds(Subject subject, int year) {
        String rule = "per poverty-alleviated or monitored household with labour capacity on the roster (observed_household) in the subject's area: "
                + "denominatorPart 1; numeratorPart 1 when a skills certificate of the household was issued by the end of the year "
                + "(observed_certificate, skills.certificate-recorded.v1); no data while the area has no such household";
        List<String> sources = List.of("observed_household", "observed_certificate");
        if (subject.type() == SubjectType.PROJECT) {
            return new Measured(Measurement.notApplicable("skills certificates are counted per household of an area, not per project"), rule, List.of(),
                    sources, List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select h.household_id, h.village_code, h.category, "
                        + "(select count(*) from observed_certificate c where c.household_id = h.household_id and c.year <= :year) "
                        + "from observed_household h where h.on_roster and h.labour_capacity and h.category in ('POVERTY_ALLEVIATED', 'MONITORED') "
                        + "and h.village_code like :prefix order by h.household_id")
                .setParameter("year", year).setParameter("prefix", prefix(subject)).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", "observed_household+observed_certificate");
            m.put("householdId", r[0]);
            m.put("villageCode", r[1]);
            m.put("category", r[2]);
            int certificates = ((Number) r[3]).intValue();
            m.put("certificates", certificates);
            int part = certificates > 0 ? 1 : 0;
            m.put("numeratorPart", BigDecimal.valueOf(part));
            m.put("denominatorPart", BigDecimal.ONE);
            num += part;
            out.add(m);
        }
        if (out.isEmpty()) {
            return new Measured(Measurement.noData("no poverty-alleviated or monitored household with labour capacity on the roster "
                    + "(household.changed.v1) in the subject's area"), rule, out, sources, List.of());
        }
        return new Measured(Measurement.of(BigDecimal.valueOf(num), BigDecimal.valueOf(out.size())), rule, out, sources, List.of());
    }

    /** Library projects of the year in the subject's area, and whether an envoy was known to serve each by the end of the year. */
    public Measured envoyCoverage(Subject subject, int year) {
        String rule = "per library project (observed_project admitted, fiscal year up to the year) in the subject's area: denominatorPart 1; "
                + "numeratorPart 1 when a science and technology envoy serves it since the year or earlier (observed_envoy_project: named at the envoy's "
                + "registration or in a service record); no data while the area has no library project";
        List<String> sources = List.of("observed_mechanism", "observed_envoy_project");
        String scope = switch (subject.type()) {
            case PROJECT -> "p.project_id = cast(:subject as uuid)";
            case COUNTY -> "p.county_code = :subject";
            case CITY -> "p.county_code like :subject";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.project_id, p.code, p.fiscal_year, "
                        + "(select count(*) from observed_envoy_project e where e.project_id = p.project_id and e.year <= :year) "
                        + "from observed_project p where " + IndicatorCalculator.PROJECT_SET + " and " + scope + " order by p.project_id")
                .setParameter("year", year).setParameter("subject", subject.type() == SubjectType.CITY ? prefix(subject) : subject.id())
                .getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", "observed_project+observed_envoy_project");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("fiscalYear", ((Number) r[2]).intValue());
            int envoys = ((Number) r[3]).intValue();
            m.put("envoys", envoys);
            int part = envoys > 0 ? 1 : 0;
            m.put("numeratorPart", BigDecimal.valueOf(part));
            m.put("denominatorPart", BigDecimal.ONE);
            num += part;
            out.add(m);
        }
        if (out.isEmpty()) {
            return new Measured(Measurement.noData("no library project (project.admitted.v1) of the year or earlier in the subject's area"), rule, out,
                    sources, List.of());
        }
        return new Measured(Measurement.of(BigDecimal.valueOf(num), BigDecimal.valueOf(out.size())), rule, out, sources, List.of());
    }

    /** The LIKE pattern of a county's or the city's division codes (410725%, 4107%). */
    static String prefix(Subject subject) {
        String code = subject.regionCode();
        return (subject.type() == SubjectType.CITY ? code.substring(0, 4) : code.substring(0, 6)) + "%";
    }
}
