package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the indicators share to read the read models for a subject and year: the subject's scope as SQL, the rows of
 * the queries they have in common, and the conversions of the values the rows hold into evidence records.
 */
@ApplicationScoped
class ReadModelRows {

    /** "Library projects of the year": admitted ones of this fiscal year or an earlier one, all still expected to link farmers. */
    static final String PROJECT_SET = "p.fiscal_year <= :year and p.admitted_at is not null";

    @Inject
    EntityManager em;

    /** The rows of a query with parameters :year and :subject. */
    @SuppressWarnings("unchecked")
    List<Object[]> query(String sql, Subject subject, int year) {
        return em.createNativeQuery(sql).setParameter("year", year).setParameter("subject", subjectParam(subject)).getResultList();
    }

    /** The rows of a query with parameter :subject and the given date as :end (and a period as :period when not null). */
    @SuppressWarnings("unchecked")
    List<Object[]> untilEnd(String sql, Subject subject, LocalDate end, String period) {
        var q = em.createNativeQuery(sql);
        if (period != null) {
            q.setParameter("period", period);
        }
        return q.setParameter("end", end).setParameter("subject", subjectParam(subject)).getResultList();
    }

    /** The rows of a query with the given named parameters. */
    @SuppressWarnings("unchecked")
    List<Object[]> query(String sql, Map<String, Object> parameters) {
        var q = em.createNativeQuery(sql);
        parameters.forEach(q::setParameter);
        return q.getResultList();
    }

    static String scopeClause(Subject subject, String projectColumn, String countyColumn) {
        return switch (subject.type()) {
            case PROJECT -> projectColumn + " = cast(:subject as uuid)";
            case COUNTY -> countyColumn + " = :subject";
            case CITY -> countyColumn + " like :subject";
        };
    }

    /** An asset-level scope: a project's assets are the ones it formed. */
    static String assetScope(Subject subject, String assetColumn, String countyColumn) {
        return subject.type() == SubjectType.PROJECT
                ? assetColumn + " in (select s.asset_id from observed_asset s where s.source_project_id = cast(:subject as uuid))"
                : scopeClause(subject, "unused", countyColumn);
    }

    static String subjectParam(Subject subject) {
        return subject.type() == SubjectType.CITY ? subject.regionCode().substring(0, 4) + "%" : subject.id();
    }

    /** The subject's unrevoked allocations of the year, as evidence records. */
    List<Map<String, Object>> allocations(Subject subject, int year) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : query("select allocation_id, project_id, county_code, fund_use, amount, leading_industry from observed_allocation "
                + "where fiscal_year = :year and revoked = false and " + scopeClause(subject, "project_id", "county_code") + " order by allocation_id",
                subject, year)) {
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

    /** The assets the subject's accepted projects of the year formed, as evidence records. */
    List<Map<String, Object>> formedAssets(Subject subject, int year) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : query("select a.project_id, a.asset_ref, a.asset_class, a.value from observed_formed_asset a "
                + "join observed_project p on p.project_id = a.project_id where p.fiscal_year = :year and "
                + scopeClause(subject, "p.project_id", "p.county_code") + " order by a.project_id, a.asset_ref", subject, year)) {
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

    /** A new evidence record read from the given table(s). */
    static Map<String, Object> record(String table) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", table);
        return m;
    }

    /** Marks a record that counts 1 in the denominator and, when {@code inNumerator}, 1 in the numerator; returns its numerator part. */
    static int countsOne(Map<String, Object> record, boolean inNumerator) {
        int part = inNumerator ? 1 : 0;
        record.put("numeratorPart", BigDecimal.valueOf(part));
        record.put("denominatorPart", BigDecimal.ONE);
        return part;
    }

    /** The share of the records in the numerator, each record counting 1 in the denominator (see {@link #countsOne}). */
    static Measurement shareOf(int numerator, List<?> records) {
        return Measurement.of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(records.size()));
    }

    /**
     * The money share of allocations: Σ amount of those in the numerator over Σ amount of those that count at all; each
     * counted allocation is marked with what it counted for ({@code counted}) and listed, the others left out.
     */
    static IndicatorCalculator.Measured amountShare(List<Map<String, Object>> allocations, Predicate<Map<String, Object>> counts,
                                                    Predicate<Map<String, Object>> inNumerator, String noData, String rule) {
        List<Map<String, Object>> counted = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Map<String, Object> r : allocations) {
            if (!counts.test(r)) {
                continue;
            }
            BigDecimal amount = (BigDecimal) r.get("amount");
            den = den.add(amount);
            boolean numerator = inNumerator.test(r);
            if (numerator) {
                num = num.add(amount);
            }
            r.put("counted", numerator ? "numerator+denominator" : "denominator");
            counted.add(r);
        }
        return new IndicatorCalculator.Measured(den.signum() == 0 ? Measurement.noData(noData) : Measurement.of(num, den), rule, counted,
                List.of("observed_allocation"));
    }

    static BigDecimal money(Object o) {
        return o == null ? null : ((BigDecimal) o).setScale(2);
    }

    static int integer(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
