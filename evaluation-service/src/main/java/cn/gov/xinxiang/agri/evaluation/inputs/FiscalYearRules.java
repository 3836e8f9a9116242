package cn.gov.xinxiang.agri.evaluation.inputs;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.policy.PolicyYears;

/**
 * Which fiscal years this service evaluates and stores frameworks and policy rows for: 2000 to 2100. A year that
 * arrives as text is required and a number first; each refusal is a 400 on the parameter that carried it.
 */
public final class FiscalYearRules {

    public static final int FIRST = PolicyYears.FIRST;
    public static final int LAST = PolicyYears.LAST;

    private FiscalYearRules() {
    }

    /** A year given as a number: within {@link #FIRST}–{@link #LAST}. */
    public static Decision<Integer> inRange(String field, int year) {
        return year < FIRST || year > LAST ? Decision.refuse(Violation.field(field, "policy.year-range", FIRST, LAST)) : Decision.allow(year);
    }

    /** A year given as text: present, a number, and {@link #inRange}. */
    public static Decision<Integer> parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return Decision.refuse(Violation.field(field, "evaluation.required"));
        }
        try {
            return inRange(field, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Decision.refuse(Violation.field(field, "policy.year-format"));
        }
    }
}
