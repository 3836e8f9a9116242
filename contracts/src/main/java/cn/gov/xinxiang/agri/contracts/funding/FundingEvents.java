package cn.gov.xinxiang.agri.contracts.funding;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of linkage funds (topic {@code agri.funding}), produced by funding-service. */
public final class FundingEvents {
    private FundingEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_FUNDING;

    public static final String ALLOCATION_MADE_V1 = EventTypes.PREFIX + "funding.allocation-made.v1";
    public static final String ALLOCATION_REVOKED_V1 = EventTypes.PREFIX + "funding.allocation-revoked.v1";
    public static final String PLAN_PUBLISHED_V1 = EventTypes.PREFIX + "funding.plan-published.v1";
    public static final String PLAN_AMENDED_V1 = EventTypes.PREFIX + "funding.plan-amended.v1";
    public static final String DISBURSEMENT_MADE_V1 = EventTypes.PREFIX + "funding.disbursement-made.v1";
    public static final String EXPENDITURE_RECORDED_V1 = EventTypes.PREFIX + "funding.expenditure-recorded.v1";
}
