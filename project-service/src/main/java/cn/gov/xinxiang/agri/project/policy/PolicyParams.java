package cn.gov.xinxiang.agri.project.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;

/**
 * Per-year policy numbers (table policy_param, seeded from DOMAIN.md with their source document).
 * The value for a year is the row with the greatest year not after it, so a new policy year only
 * needs a new row.
 */
@ApplicationScoped
public class PolicyParams {

    public static final String MIN_DISTINCT_MECHANISMS = "project.min-distinct-mechanisms";
    public static final String NOTICE_MIN_DAYS = "project.notice-min-days";
    public static final String LEADING_INDUSTRIES_MIN = "project.leading-industries-min";
    public static final String LEADING_INDUSTRIES_MAX = "project.leading-industries-max";

    @Inject
    EntityManager em;

    public record Param(String key, int year, BigDecimal value, String sourceDocument) {
    }

    public Param get(String key, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select param_key, year, value, source_document from policy_param "
                        + "where param_key = ?1 and year <= ?2 order by year desc limit 1")
                .setParameter(1, key).setParameter(2, year).getResultList();
        if (rows.isEmpty()) {
            // Configuration error, not bad input: the seed covers every year from 2021.
            throw new IllegalStateException("no policy parameter " + key + " for year " + year);
        }
        Object[] r = rows.get(0);
        return new Param((String) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2], (String) r[3]);
    }

    public int intValue(String key, int year) {
        return get(key, year).value().intValueExact();
    }

    @SuppressWarnings("unchecked")
    public List<Param> all() {
        List<Object[]> rows = em.createNativeQuery("select param_key, year, value, source_document from policy_param order by param_key, year")
                .getResultList();
        return rows.stream().map(r -> new Param((String) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2], (String) r[3])).toList();
    }
}
