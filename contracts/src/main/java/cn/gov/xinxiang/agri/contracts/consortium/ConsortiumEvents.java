package cn.gov.xinxiang.agri.contracts.consortium;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of assistance-industry consortia (topic {@code agri.consortium}, key = consortium id), produced by project-service. */
public final class ConsortiumEvents {
    private ConsortiumEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_CONSORTIUM;

    /** A consortium was recorded (version 1) or corrected (a later version, with the correction block). */
    public static final String CONSORTIUM_RECORDED_V1 = EventTypes.PREFIX + "consortium.recorded.v1";
}
