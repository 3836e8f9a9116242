package cn.gov.xinxiang.agri.evaluation.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Ranks a round's projects across the city, and within each county, by the mean of their judges' current
 * totals (2 decimals, HALF_UP). Ties, in order: the higher mean score on the round's first criterion (the
 * round lists its criteria in priority order, the farmer-linking one first by custom); then more judges;
 * then the lower project code. Every project gets a distinct city rank and a distinct county rank.
 */
public final class AppraisalRanking {

    public static final String RULE = "average = round2(Σ judges' current totals / number of judges); order: higher average, then higher "
            + "average on the round's first criterion (criteria are in priority order), then more judges, then lower project code; cityRank over "
            + "all projects of the round, countyRank in the same order within the project's county";

    private AppraisalRanking() {
    }

    /** One judge's current sheet: its total and its score on the round's first criterion. */
    public record Sheet(String projectId, String projectCode, String projectName, String regionCode, String countyCode, BigDecimal total,
                        BigDecimal firstCriterion) {
    }

    public record Row(int cityRank, int countyRank, String projectId, String projectCode, String projectName, String regionCode, String countyCode,
                      BigDecimal averageScore, BigDecimal firstCriterionAverage, int judges) {
    }

    static final Comparator<Row> ORDER = Comparator.comparing(Row::averageScore).reversed()
            .thenComparing(Comparator.comparing(Row::firstCriterionAverage).reversed())
            .thenComparing(Comparator.comparingInt(Row::judges).reversed())
            .thenComparing(Row::projectCode);

    public static List<Row> rank(List<Sheet> sheets) {
        Map<String, List<Sheet>> byProject = new LinkedHashMap<>();
        sheets.forEach(s -> byProject.computeIfAbsent(s.projectId(), k -> new ArrayList<>()).add(s));
        List<Row> rows = byProject.values().stream().map(list -> {
            Sheet first = list.get(0);
            BigDecimal n = BigDecimal.valueOf(list.size());
            BigDecimal sum = list.stream().map(Sheet::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal firstSum = list.stream().map(Sheet::firstCriterion).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Row(0, 0, first.projectId(), first.projectCode(), first.projectName(), first.regionCode(), first.countyCode(),
                    sum.divide(n, 2, RoundingMode.HALF_UP), firstSum.divide(n, 2, RoundingMode.HALF_UP), list.size());
        }).sorted(ORDER).toList();
        Map<String, Integer> perCounty = new HashMap<>();
        return IntStream.range(0, rows.size()).mapToObj(i -> {
            Row r = rows.get(i);
            int countyRank = perCounty.merge(r.countyCode(), 1, Integer::sum);
            return new Row(i + 1, countyRank, r.projectId(), r.projectCode(), r.projectName(), r.regionCode(), r.countyCode(), r.averageScore(),
                    r.firstCriterionAverage(), r.judges());
        }).toList();
    }
}
