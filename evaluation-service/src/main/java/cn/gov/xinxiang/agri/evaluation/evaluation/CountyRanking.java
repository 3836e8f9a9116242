package cn.gov.xinxiang.agri.evaluation.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Orders counties by their latest published evaluation of a year. Tie-break rule, in order: higher
 * score (a county without a score ranks after all with one); then the higher weighted share of the
 * LINKED_HOUSEHOLDS indicator (weight × score / Σ weights with data; no data counts as lowest); then
 * the lower county code. Every county therefore has a distinct rank.
 */
public final class CountyRanking {

    public static final String TIE_BREAK_RULE = "higher score first (no score last); ties: higher weighted share of LINKED_HOUSEHOLDS "
            + "(weight × indicator score / Σ weights with data; no data lowest); then lower county code";

    private CountyRanking() {
    }

    public record Entry(String countyCode, String countyName, String evaluationId, int versionNo, BigDecimal score, String grade,
                        String gradeLabel, BigDecimal linkedHouseholdsShare) {
    }

    public record Ranked(int rank, Entry entry) {
    }

    private static final Comparator<BigDecimal> HIGH_FIRST_NULL_LAST = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());

    public static final Comparator<Entry> ORDER = Comparator.comparing(Entry::score, HIGH_FIRST_NULL_LAST)
            .thenComparing(Entry::linkedHouseholdsShare, HIGH_FIRST_NULL_LAST)
            .thenComparing(Entry::countyCode);

    public static List<Ranked> rank(List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(ORDER).toList();
        return IntStream.range(0, sorted.size()).mapToObj(i -> new Ranked(i + 1, sorted.get(i))).toList();
    }
}
