package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import jakarta.inject.Inject;

/**
 * One built-in indicator: the framework code it computes and how it measures a subject's year from the read models.
 * Each implementation reads its rows (the facts) through {@link ReadModelRows} and hands them to its own pure
 * {@code score}, so the sums can be tested without a database; the {@link IndicatorCalculator} finds it by its code.
 */
abstract class Indicator {

    private final String code;

    @Inject
    ReadModelRows rows;

    Indicator(String code) {
        this.code = code;
    }

    /** The indicator code of the framework, e.g. INDUSTRY_FUND_SHARE. */
    String code() {
        return code;
    }

    abstract Measured measure(Subject subject, int year);
}
