package cn.gov.xinxiang.agri.evaluation.inputs;

import cn.gov.xinxiang.agri.platform.problem.Refusals;

/**
 * The {@code fiscalYear} query parameter of every evaluation read (evaluations, rankings, overview, programmes).
 * It arrives as text so that "abc" is a precise 400, not the 404 JAX-RS gives a failed conversion.
 */
public final class FiscalYearParameter {

    private FiscalYearParameter() {
    }

    /** Required, a number, 2000–2100 ({@link FiscalYearRules#parse}); each failure a 400 naming {@code fiscalYear}. */
    public static int parse(String value) {
        return Refusals.orThrow(FiscalYearRules.parse("fiscalYear", value));
    }
}
