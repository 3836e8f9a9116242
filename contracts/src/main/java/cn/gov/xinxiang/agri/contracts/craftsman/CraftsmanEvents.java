package cn.gov.xinxiang.agri.contracts.craftsman;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of rural craftsmen (topic {@code agri.craftsman}, key = craftsman id), produced by project-service. */
public final class CraftsmanEvents {
    private CraftsmanEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_CRAFTSMAN;

    /** A rural craftsman (乡村工匠) was recognised at a level in a year. */
    public static final String RECOGNISED_V1 = EventTypes.PREFIX + "craftsman.recognised.v1";
}
