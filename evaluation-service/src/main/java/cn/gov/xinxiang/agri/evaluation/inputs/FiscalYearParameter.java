package cn.gov.xinxiang.agri.evaluation.inputs;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;

/**
 * The {@code fiscalYear} query parameter of every evaluation read (evaluations, rankings, overview, programmes).
 * It arrives as text so that "abc" is a precise 400, not the 404 JAX-RS gives a failed conversion.
 */
public final class FiscalYearParameter {

    private FiscalYearParameter() {
    }

    /** Required, a number, 2000–2100; each failure a 400 naming {@code fiscalYear}. */
    public static int parse(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField("fiscalYear", "evaluation.required");
        }
        int year;
        try {
            year = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("fiscalYear", "policy.year-format");
        }
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalidField("fiscalYear", "policy.year-range", 2000, 2100);
        }
        return year;
    }
}
