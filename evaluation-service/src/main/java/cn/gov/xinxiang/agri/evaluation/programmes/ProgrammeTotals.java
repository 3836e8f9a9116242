package cn.gov.xinxiang.agri.evaluation.programmes;

import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the programmes amount to per county for a year, from the read models: one grouped query per
 * programme (at most a row per county each), never a query per county.
 */
@ApplicationScoped
public class ProgrammeTotals {

    /** A county's programme figures for a year; "to date" figures count everything up to the end of the year. */
    public record County(String countyCode, String countyName, long certificatesIssued, long certificatesToDate, long certifiedHouseholdsToDate,
                         Map<String, Long> craftsmenByLevel, long craftsmenHouseholdsEmployed, long demonstrationVillages, long envoys,
                         long envoyServices, long envoyHouseholdsReached, long consortia, long consortiaEmployedHouseholds,
                         long consortiaLinkedHouseholds) {
    }

    /** The sum over the counties shown, and the counties. */
    public record Summary(int fiscalYear, County total, List<County> counties) {
    }

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    public Summary of(int year, Predicate<String> countyShown) {
        Map<String, long[]> figures = new TreeMap<>();
        Map<String, Map<String, Long>> craftsmen = new TreeMap<>();
        // [issued, toDate, households, craftsmenHouseholds, villages, envoys, services, reached, consortia, employed, linked]
        for (Object[] r : rows("select county_code, count(*) filter (where year = :year), count(*), count(distinct household_id) "
                + "from observed_certificate where year <= :year group by county_code", year)) {
            long[] f = figures.computeIfAbsent((String) r[0], k -> new long[11]);
            f[0] = number(r[1]);
            f[1] = number(r[2]);
            f[2] = number(r[3]);
        }
        for (Object[] r : rows("select county_code, level, count(*), sum(households_employed) from observed_craftsman "
                + "where year_recognised <= :year group by county_code, level", year)) {
            figures.computeIfAbsent((String) r[0], k -> new long[11])[3] += number(r[3]);
            craftsmen.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put((String) r[1], number(r[2]));
        }
        for (Object[] r : rows("select county_code, count(distinct village_code) from observed_demonstration_village where year_designated <= :year "
                + "group by county_code", year)) {
            figures.computeIfAbsent((String) r[0], k -> new long[11])[4] = number(r[1]);
        }
        for (Object[] r : rows("select county_code, count(*) from observed_envoy where year = :year group by county_code", year)) {
            figures.computeIfAbsent((String) r[0], k -> new long[11])[5] = number(r[1]);
        }
        for (Object[] r : rows("select county_code, count(*), coalesce(sum(households_reached), 0) from observed_envoy_service "
                + "where served_on >= make_date(:year, 1, 1) and served_on < make_date(:year + 1, 1, 1) group by county_code", year)) {
            long[] f = figures.computeIfAbsent((String) r[0], k -> new long[11]);
            f[6] = number(r[1]);
            f[7] = number(r[2]);
        }
        // consortia of the year; households as reported (a consortium that reported none adds nothing)
        for (Object[] r : rows("select county_code, count(*), coalesce(sum(employed_households), 0), coalesce(sum(linked_households), 0) "
                + "from observed_consortium where year = :year group by county_code", year)) {
            long[] f = figures.computeIfAbsent((String) r[0], k -> new long[11]);
            f[8] = number(r[1]);
            f[9] = number(r[2]);
            f[10] = number(r[3]);
        }
        List<County> counties = new ArrayList<>();
        long[] sum = new long[11];
        Map<String, Long> levels = new TreeMap<>();
        figures.forEach((county, f) -> {
            if (!countyShown.test(county)) {
                return;
            }
            Map<String, Long> byLevel = craftsmen.getOrDefault(county, Map.of());
            counties.add(county(county, regions.nameOf(RegionCode.of(county)), f, byLevel));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += f[i];
            }
            byLevel.forEach((level, n) -> levels.merge(level, n, Long::sum));
        });
        return new Summary(year, county(null, null, sum, levels), counties);
    }

    private static County county(String code, String name, long[] f, Map<String, Long> craftsmenByLevel) {
        return new County(code, name, f[0], f[1], f[2], Map.copyOf(craftsmenByLevel), f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, int year) {
        return em.createNativeQuery(sql).setParameter("year", year).getResultList();
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
