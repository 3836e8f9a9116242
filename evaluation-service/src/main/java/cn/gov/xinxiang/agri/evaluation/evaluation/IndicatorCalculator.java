package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures each built-in indicator for a subject and year from the read models. Each indicator reads
 * one read-model table fed by a consumer. Where the source event does not exist yet, the indicator
 * reports no data with the event it waits for, and shows what part of its data is already known.
 */
@ApplicationScoped
public class IndicatorCalculator {

    public static final String WAIT_RESULTS = "waiting for project-service's linked-household results event (actual households and income per mechanism); it is not yet in contracts";
    public static final String WAIT_ASSET_INCOME = "waiting for asset-service's half-year income inventory event (income, asset value, benchmark rate); it is not yet in contracts";
    public static final String WAIT_DISTRIBUTION = "waiting for asset-service's income distribution event; it is not yet in contracts";
    public static final String WAIT_EXPENDITURE = "waiting for funding-service's disbursement/expenditure event; it is not yet in contracts";
    public static final String WAIT_CONFIRMATION = "waiting for asset-service's ownership confirmation event; it is not yet in contracts";

    /** A measured indicator with the rule and the rows behind it. */
    public record Measured(Measurement measurement, String rule, List<Map<String, Object>> records) {
    }

    @Inject
    EntityManager em;

    public Measured measure(String code, Subject subject, int year) {
        return switch (code) {
            case "INDUSTRY_FUND_SHARE" -> industryShare(subject, year);
            case "LEADING_INDUSTRY_SHARE" -> leadingShare(subject, year);
            case "WORKING_MECHANISMS_SHARE" -> waiting(WAIT_RESULTS,
                    "numerator: library projects of the year with ≥2 mechanisms each having actual linked households > 0 and income > 0; denominator: library projects of the year",
                    libraryProjects(subject, year));
            case "LINKED_HOUSEHOLDS" -> waiting(WAIT_RESULTS,
                    "numerator: actual linked poverty-alleviated + monitored households; denominator: planned at library entry (Σ plannedPovertyAlleviated + plannedMonitored)",
                    libraryProjects(subject, year));
            case "INCOME_INCREASE" -> waiting(WAIT_RESULTS,
                    "numerator: income actually received by linked households; denominator: Σ planned households × expectedIncomePerHousehold",
                    libraryProjects(subject, year));
            case "ASSET_RETURN_BENCHMARK" -> waiting(WAIT_ASSET_INCOME,
                    "numerator: operating assets with annual income / value ≥ benchmark rate; denominator: operating assets inventoried", List.of());
            case "DISTRIBUTION_SHARE" -> waiting(WAIT_DISTRIBUTION,
                    "numerator: income paid to poverty-alleviated and monitored households; denominator: income distributed", List.of());
            case "INVENTORY_COMPLETION" -> waiting(WAIT_ASSET_INCOME,
                    "numerator: operating assets inventoried by the half-year deadline; denominator: operating assets due", List.of());
            case "FUND_EXECUTION_RATE" -> waiting(WAIT_EXPENDITURE,
                    "numerator: linkage funds spent; denominator: linkage funds allocated (known: see records)", allocations(subject, year));
            case "CONFIRMATION_COMPLETION" -> waiting(WAIT_CONFIRMATION,
                    "numerator: formed assets with confirmed ownership; denominator: assets formed by accepted projects (known: see records)",
                    formedAssets(subject, year));
            default -> new Measured(Measurement.noData("no computation rule exists for indicator code " + code), "none", List.of());
        };
    }

    private Measured industryShare(Subject subject, int year) {
        List<Map<String, Object>> rows = allocations(subject, year);
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Map<String, Object> r : rows) {
            BigDecimal amount = (BigDecimal) r.get("amount");
            den = den.add(amount);
            boolean industry = "INDUSTRY_DEVELOPMENT".equals(r.get("use"));
            if (industry) {
                num = num.add(amount);
            }
            r.put("counted", industry ? "numerator+denominator" : "denominator");
        }
        String rule = "numerator: Σ amount of the subject's unrevoked allocations of the year with use INDUSTRY_DEVELOPMENT; denominator: Σ amount of all of them";
        return new Measured(den.signum() == 0 ? Measurement.noData("no unrevoked allocation of the year in observed_allocation") : Measurement.of(num, den), rule, rows);
    }

    private Measured leadingShare(Subject subject, int year) {
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Map<String, Object> r : allocations(subject, year)) {
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
            rows.add(r);
        }
        String rule = "numerator: Σ amount of unrevoked INDUSTRY_DEVELOPMENT allocations with leadingIndustry = true; denominator: Σ amount of all unrevoked INDUSTRY_DEVELOPMENT allocations";
        return new Measured(den.signum() == 0 ? Measurement.noData("no unrevoked industry-development allocation of the year in observed_allocation") : Measurement.of(num, den), rule, rows);
    }

    private static Measured waiting(String reason, String rule, List<Map<String, Object>> known) {
        return new Measured(Measurement.noData(reason), rule, known);
    }

    private String scopeClause(Subject subject, String projectColumn, String countyColumn) {
        return switch (subject.type()) {
            case PROJECT -> projectColumn + " = cast(:subject as uuid)";
            case COUNTY -> countyColumn + " = :subject";
            case CITY -> countyColumn + " like :subject";
        };
    }

    private String subjectParam(Subject subject) {
        return subject.type() == SubjectType.CITY ? subject.regionCode().substring(0, 4) + "%" : subject.id();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> allocations(Subject subject, int year) {
        List<Object[]> rows = em.createNativeQuery("select allocation_id, project_id, county_code, fund_use, amount, leading_industry from observed_allocation "
                        + "where fiscal_year = :year and revoked = false and " + scopeClause(subject, "project_id", "county_code") + " order by allocation_id")
                .setParameter("year", year).setParameter("subject", subjectParam(subject)).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", "observed_allocation");
            m.put("allocationId", r[0].toString());
            m.put("projectId", r[1].toString());
            m.put("countyCode", r[2]);
            m.put("use", r[3]);
            m.put("amount", ((BigDecimal) r[4]).setScale(2));
            m.put("leadingIndustry", r[5]);
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> libraryProjects(Subject subject, int year) {
        List<Object[]> rows = em.createNativeQuery("select p.project_id, p.code, p.status, count(m.mechanism_type), "
                        + "coalesce(sum(m.planned_poverty_alleviated + m.planned_monitored), 0) from observed_project p "
                        + "left join observed_mechanism m on m.project_id = p.project_id "
                        + "where p.fiscal_year = :year and p.admitted_at is not null and " + scopeClause(subject, "p.project_id", "p.county_code")
                        + " group by p.project_id, p.code, p.status order by p.project_id")
                .setParameter("year", year).setParameter("subject", subjectParam(subject)).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", "observed_project+observed_mechanism");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("status", r[2]);
            m.put("mechanisms", ((Number) r[3]).intValue());
            m.put("plannedTargetHouseholds", ((Number) r[4]).intValue());
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> formedAssets(Subject subject, int year) {
        List<Object[]> rows = em.createNativeQuery("select a.project_id, a.asset_ref, a.asset_class, a.value from observed_formed_asset a "
                        + "join observed_project p on p.project_id = a.project_id where p.fiscal_year = :year and "
                        + scopeClause(subject, "p.project_id", "p.county_code") + " order by a.project_id, a.asset_ref")
                .setParameter("year", year).setParameter("subject", subjectParam(subject)).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", "observed_formed_asset");
            m.put("projectId", r[0].toString());
            m.put("assetRef", r[1]);
            m.put("assetClass", r[2]);
            m.put("value", ((BigDecimal) r[3]).setScale(2));
            out.add(m);
        }
        return out;
    }

    static UUID uuidOrNull(String s) {
        try {
            return UUID.fromString(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
