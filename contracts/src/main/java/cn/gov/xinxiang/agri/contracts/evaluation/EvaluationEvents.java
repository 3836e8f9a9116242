package cn.gov.xinxiang.agri.contracts.evaluation;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of evaluations and on-site appraisals (topic {@code agri.evaluation}), produced by evaluation-service. */
public final class EvaluationEvents {
    private EvaluationEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_EVALUATION;

    public static final String PUBLISHED_V1 = EventTypes.PREFIX + "evaluation.published.v1";
    public static final String APPRAISAL_PUBLISHED_V1 = EventTypes.PREFIX + "evaluation.appraisal-published.v1";
}
