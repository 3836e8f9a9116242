package cn.gov.xinxiang.agri.contracts.policy;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/**
 * Event types of per-year policy parameters (topic {@code agri.policy}, key = the parameter key). Each
 * parameter has exactly one owning service (project-, asset- or funding-service), which publishes every
 * value it stores; other services keep a copy built from these events and never a value of their own.
 */
public final class PolicyEvents {
    private PolicyEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_POLICY;

    public static final String CHANGED_V1 = EventTypes.PREFIX + "policy.changed.v1";
}
