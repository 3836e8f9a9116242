package cn.gov.xinxiang.agri.evaluation.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Ranks a round's projects by the mean of their judges' totals (2 decimals, HALF_UP). Ties: more judges
 * first, then the lower project code; every project gets a distinct rank.
 */
public final class AppraisalRanking {

    public static final String RULE = "average = round2(Σ judges' totals / number of judges); order: higher average, then more judges, then lower project code";

    private AppraisalRanking() {
    }

    public record Sheet(String projectId, String projectCode, String projectName, String regionCode, BigDecimal total) {
    }

    public record Row(int rank, String projectId, String projectCode, String projectName, String regionCode, BigDecimal averageScore, int judges) {
    }

    public static List<Row> rank(List<Sheet> sheets) {
        Map<String, List<Sheet>> byProject = new LinkedHashMap<>();
        sheets.forEach(s -> byProject.computeIfAbsent(s.projectId(), k -> new java.util.ArrayList<>()).add(s));
        List<Row> rows = byProject.values().stream().map(list -> {
            Sheet first = list.get(0);
            BigDecimal sum = list.stream().map(Sheet::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Row(0, first.projectId(), first.projectCode(), first.projectName(), first.regionCode(),
                    sum.divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP), list.size());
        }).sorted(Comparator.comparing(Row::averageScore).reversed()
                .thenComparing(Comparator.comparingInt(Row::judges).reversed())
                .thenComparing(Row::projectCode)).toList();
        return IntStream.range(0, rows.size()).mapToObj(i -> {
            Row r = rows.get(i);
            return new Row(i + 1, r.projectId(), r.projectCode(), r.projectName(), r.regionCode(), r.averageScore(), r.judges());
        }).toList();
    }
}
