package cn.gov.xinxiang.agri.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** The grade bounds of a year (param): the grade is the one with the highest lower bound not above the score. */
public record GradeBounds(List<Bound> bounds) {

    public record Bound(String grade, String label, BigDecimal minScore) {
    }

    public GradeBounds {
        if (bounds == null || bounds.isEmpty()) {
            throw new IllegalArgumentException("at least one grade bound");
        }
        bounds = bounds.stream().sorted(Comparator.comparing(Bound::minScore).reversed()).toList();
    }

    /** @return the grade for a 0–100 score, or the lowest grade when the score is below every bound */
    public Bound gradeOf(BigDecimal score) {
        for (Bound b : bounds) {
            if (score.compareTo(b.minScore()) >= 0) {
                return b;
            }
        }
        return bounds.get(bounds.size() - 1);
    }

    public String rule() {
        StringBuilder sb = new StringBuilder("grade = the first of ");
        for (Bound b : bounds) {
            sb.append(b.label()).append("(").append(b.grade()).append(") score ≥ ").append(b.minScore().toPlainString()).append("; ");
        }
        return sb.append("otherwise the lowest").toString();
    }
}
