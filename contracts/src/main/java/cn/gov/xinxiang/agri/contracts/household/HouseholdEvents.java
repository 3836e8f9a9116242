package cn.gov.xinxiang.agri.contracts.household;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of the household roster (topic {@code agri.household}), produced by project-service. */
public final class HouseholdEvents {
    private HouseholdEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_HOUSEHOLD;

    public static final String CHANGED_V1 = EventTypes.PREFIX + "household.changed.v1";
}
