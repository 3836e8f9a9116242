package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.scoring.Direction;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything behind an evaluation's numbers: the framework used, the policy parameters used (from
 * agri.policy), the data coverage, each indicator's numerator and denominator with the number and a
 * fingerprint of the read-model records they were summed from (the records themselves are stored beside it,
 * {@link CountedRecords}, and read page by page: GET /api/v1/evaluations/{id}/records), the rules, and the
 * result. A person recomputes the score from this and the records.
 *
 * @param asOf the business date the evidence was computed on (inventories are due only once their deadline
 *             has passed); it is not part of the inputs' fingerprint
 */
public record Evidence(
        int fiscalYear,
        SubjectType subjectType,
        String subjectId,
        LocalDate asOf,
        String scoringRule,
        String noDataRule,
        String gradeRule,
        String gradeBoundsSource,
        List<PolicyUsed> policies,
        Coverage coverage,
        List<IndicatorEvidence> indicators,
        BigDecimal weightCounted,
        BigDecimal weightedSum,
        BigDecimal score,
        String grade,
        String gradeLabel) {

    public static final String NO_DATA_RULE = "a REQUIRED indicator whose source records do not exist (nothing reported yet, or a zero denominator) "
            + "scores 0 with the reason 'no data reported' and counts with its full weight; an optional one is reported as no data and left out of the "
            + "total, as is an indicator that does not apply to the subject; coverage states how much of the framework had data";

    public Evidence withAsOf(LocalDate date) {
        return new Evidence(fiscalYear, subjectType, subjectId, date, scoringRule, noDataRule, gradeRule, gradeBoundsSource, policies, coverage,
                indicators, weightCounted, weightedSum, score, grade, gradeLabel);
    }

    /** A policy parameter the evaluation used, as evaluation-service learned it from its owner. */
    public record PolicyUsed(String key, int appliesFrom, BigDecimal value, String unit, String owner, long version, String sourceDocument,
                             List<String> usedBy) {
    }

    /**
     * How much of the year's framework had data: counts, the codes without data (required ones scored 0),
     * and the share of the applicable weight that had data.
     */
    public record Coverage(int indicators, int withData, int applicable, List<String> requiredWithoutData, List<String> optionalWithoutData,
                           List<String> notApplicable, BigDecimal applicableWeight, BigDecimal weightWithData, BigDecimal percent, String rule) {

        public static final String RULE = "percent = round2(Σ weight of indicators with data × 100 / Σ weight of the indicators that apply to the subject)";
    }

    /**
     * @param status  SCORED, MISSING_REQUIRED (score 0, counted), MISSING_OPTIONAL or NOT_APPLICABLE (left out)
     * @param recordCount        how many read-model rows were counted (each with its table, key and part of numerator and
     *                           denominator: GET /api/v1/evaluations/{id}/records?indicator=CODE)
     * @param recordsFingerprint sha-256 of those rows ({@link CountedRecords#fingerprint}); null for evaluations stored
     *                           before the rows were kept apart (V11)
     */
    public record IndicatorEvidence(
            String code,
            String name,
            Direction direction,
            BigDecimal target,
            String targetSource,
            BigDecimal weight,
            boolean required,
            String dataSource,
            String rule,
            boolean hasData,
            ScoringEngine.Status status,
            boolean counted,
            String noDataReason,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal actual,
            BigDecimal score,
            int recordCount,
            String recordsFingerprint) {
    }
}
