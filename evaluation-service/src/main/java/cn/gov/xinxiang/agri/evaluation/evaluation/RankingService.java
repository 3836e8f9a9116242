package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.programmes.ProgrammeTotals;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** County rankings and the city overview of a year, read from the latest published county and city evaluations. */
@ApplicationScoped
public class RankingService {

    public record RankingRow(int rank, String countyCode, String countyName, UUID evaluationId, int versionNo, BigDecimal score,
                             String grade, String gradeLabel, BigDecimal linkedHouseholdsShare) {
    }

    public record Ranking(int fiscalYear, String tieBreakRule, int countiesRanked, List<RankingRow> rows) {
    }

    public record Overview(int fiscalYear, CityResult city, int countiesEvaluated, BigDecimal averageCountyScore,
                           Map<String, Integer> countiesByGrade, List<RankingRow> ranking, ProgrammeTotals.Summary programmes) {
    }

    public record CityResult(UUID evaluationId, int versionNo, BigDecimal score, String grade, String gradeLabel) {
    }

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    ProgrammeTotals programmes;

    /**
     * The latest published county evaluations of a year, ranked. The few fields a ranking needs (grade label, the
     * LINKED_HOUSEHOLDS weight × score, the counted weight) are generated columns beside the evidence (V10): an evidence
     * carries every record it counted and runs to megabytes at city scale, so reading it per request, even in SQL, cost
     * a detoast and a parse of every county's evidence (bench: issue 15).
     */
    List<CountyRanking.Ranked> ranked(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery("select distinct on (subject_id) subject_id, subject_name, cast(id as varchar), version_no, score, "
                        + "grade, grade_label, linked_weighted, weight_counted from evaluation where subject_type = 'COUNTY' and fiscal_year = ?1 "
                        + "and status = 'PUBLISHED' order by subject_id, version_no desc")
                .setParameter(1, year).getResultList();
        List<CountyRanking.Entry> entries = new ArrayList<>();
        for (Object[] o : latest) {
            BigDecimal weighted = (BigDecimal) o[7];
            BigDecimal counted = (BigDecimal) o[8];
            BigDecimal linked = weighted == null || counted == null ? null : weighted.divide(counted, 4, RoundingMode.HALF_UP);
            entries.add(new CountyRanking.Entry((String) o[0], (String) o[1], (String) o[2], ((Number) o[3]).intValue(), (BigDecimal) o[4],
                    (String) o[5], (String) o[6], linked));
        }
        return CountyRanking.rank(entries);
    }

    static RankingRow row(CountyRanking.Ranked r) {
        var e = r.entry();
        return new RankingRow(r.rank(), e.countyCode(), e.countyName(), UUID.fromString(e.evaluationId()), e.versionNo(), e.score(), e.grade(),
                e.gradeLabel(), e.linkedHouseholdsShare());
    }

    /** Every county ranked; a caller sees the rows within their region, ranks counted over all counties. */
    public Ranking counties(int fiscalYear) {
        List<CountyRanking.Ranked> all = ranked(fiscalYear);
        // ranks are computed over all counties, then rows outside the caller's region are withheld
        List<RankingRow> rows = all.stream().filter(r -> user.scope().covers(r.entry().countyCode())).map(RankingService::row).toList();
        return new Ranking(fiscalYear, CountyRanking.TIE_BREAK_RULE, all.size(), rows);
    }

    /** The city overview (city users and auditors whose scope covers the city: 403 otherwise). */
    public Overview overview(int fiscalYear) {
        Refusals.orThrow(EvaluationRules.overview(fiscalYear, user.is(Role.CITY) || user.is(Role.AUDITOR), user.scope().covers(EvaluationService.CITY_CODE)));
        List<CountyRanking.Ranked> all = ranked(fiscalYear);
        // the latest published city version only, and of its evidence only the grade label
        @SuppressWarnings("unchecked")
        List<Object[]> city = em.createNativeQuery("select cast(id as varchar), version_no, score, grade, grade_label from evaluation "
                        + "where subject_type = 'CITY' and fiscal_year = ?1 and status = 'PUBLISHED' order by version_no desc limit 1")
                .setParameter(1, fiscalYear).getResultList();
        CityResult cityResult = city.isEmpty() ? null : new CityResult(UUID.fromString((String) city.get(0)[0]), ((Number) city.get(0)[1]).intValue(),
                (BigDecimal) city.get(0)[2], (String) city.get(0)[3], (String) city.get(0)[4]);
        Map<String, Integer> byGrade = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        int scored = 0;
        for (CountyRanking.Ranked r : all) {
            String label = r.entry().gradeLabel() == null ? "无数据" : r.entry().gradeLabel();
            byGrade.merge(label, 1, Integer::sum);
            if (r.entry().score() != null) {
                sum = sum.add(r.entry().score());
                scored++;
            }
        }
        BigDecimal avg = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        return new Overview(fiscalYear, cityResult, all.size(), avg, byGrade, all.stream().map(RankingService::row).toList(),
                programmes.of(fiscalYear, county -> true));
    }
}
