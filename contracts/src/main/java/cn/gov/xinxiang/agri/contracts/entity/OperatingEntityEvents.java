package cn.gov.xinxiang.agri.contracts.entity;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of the operating-entity registry (topic {@code agri.entity}, key = unified social credit code), produced by project-service. */
public final class OperatingEntityEvents {
    private OperatingEntityEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_ENTITY;

    /** An entity was registered (version 1) or its record corrected (a later version, with the correction block). */
    public static final String OPERATING_ENTITY_REGISTERED_V1 = EventTypes.PREFIX + "entity.registered.v1";
}
