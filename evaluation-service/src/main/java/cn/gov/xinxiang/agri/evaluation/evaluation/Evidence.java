package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.scoring.Direction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything behind an evaluation's numbers: the framework used, each indicator's numerator and
 * denominator with the read-model records they were summed from, the rules, and the result. A person
 * recomputes the score from this alone.
 */
public record Evidence(
        int fiscalYear,
        SubjectType subjectType,
        String subjectId,
        String scoringRule,
        String noDataRule,
        String gradeRule,
        String gradeBoundsSource,
        List<IndicatorEvidence> indicators,
        BigDecimal weightWithData,
        BigDecimal weightedSum,
        BigDecimal score,
        String grade,
        String gradeLabel) {

    public static final String NO_DATA_RULE = "an indicator whose source records do not exist (no event yet, or a zero denominator) "
            + "is reported as no data, scores nothing, and is left out of the total: the weights of the indicators with data are renormalised";

    /**
     * @param records the read-model rows counted, each with its table and key; {@code role} says whether
     *                a row counted in the numerator and/or the denominator
     */
    public record IndicatorEvidence(
            String code,
            String name,
            Direction direction,
            BigDecimal target,
            BigDecimal weight,
            String dataSource,
            String rule,
            boolean hasData,
            String noDataReason,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal actual,
            BigDecimal score,
            List<Map<String, Object>> records) {
    }
}
