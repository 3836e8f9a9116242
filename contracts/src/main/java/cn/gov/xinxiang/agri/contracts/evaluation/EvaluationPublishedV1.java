package cn.gov.xinxiang.agri.contracts.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An evaluation version was published; it never changes afterwards (a re-evaluation publishes a new version).
 *
 * @param subjectType PROJECT, COUNTY or CITY
 * @param subjectId   the project id, or the 12-digit division code of the county or city
 * @param score       0–100 with 2 decimals; null when no indicator had data
 * @param grade       EXCELLENT (优), GOOD (良), FAIR (中) or POOR (差); null with a null score
 */
public record EvaluationPublishedV1(
        String evaluationId,
        String subjectType,
        String subjectId,
        String regionCode,
        int fiscalYear,
        int versionNo,
        BigDecimal score,
        String grade,
        String gradeLabel,
        Instant publishedAt) {
}
