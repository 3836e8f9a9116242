package cn.gov.xinxiang.agri.funding.summary;

import cn.gov.xinxiang.agri.funding.policy.PolicyRules;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

/** What a summary is asked for, as plain code: the fiscal year is required (there is no default year) and one the suite knows. */
public final class SummaryRules {
    private SummaryRules() {
    }

    /** The fiscal year of a summary: required (400 on {@code fiscalYear}), and within the years there are. */
    public static Decision<Integer> fiscalYear(Integer year) {
        return year == null ? Decision.refuse(Violation.field("fiscalYear", "summary.year-required")) : PolicyRules.fiscalYear(year);
    }
}
