package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;

/**
 * One built-in indicator: the framework code it computes and how it measures a subject's year from the read models.
 * Each implementation reads its rows (the facts) and hands them to its own pure scoring, so the sums can be tested
 * without a database; the {@link IndicatorCalculator} finds it by its code.
 */
interface Indicator {

    /** The indicator code of the framework, e.g. INDUSTRY_FUND_SHARE. */
    String code();

    Measured measure(Subject subject, int year);
}
