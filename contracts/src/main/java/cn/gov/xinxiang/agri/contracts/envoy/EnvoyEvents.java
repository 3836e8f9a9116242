package cn.gov.xinxiang.agri.contracts.envoy;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of science and technology envoys (topic {@code agri.envoy}, key = envoy id), produced by project-service. */
public final class EnvoyEvents {
    private EnvoyEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_ENVOY;

    /** An envoy was registered with the library projects and villages they serve. */
    public static final String REGISTERED_V1 = EventTypes.PREFIX + "envoy.registered.v1";
    /** The projects and villages an envoy serves were replaced (the whole new lists). */
    public static final String ASSIGNMENTS_CHANGED_V1 = EventTypes.PREFIX + "envoy.assignments-changed.v1";
    /** An envoy recorded a service (technical guidance) on a date, with the households it reached. */
    public static final String SERVICE_RECORDED_V1 = EventTypes.PREFIX + "envoy.service-recorded.v1";
}
