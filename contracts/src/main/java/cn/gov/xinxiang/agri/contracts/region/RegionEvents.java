package cn.gov.xinxiang.agri.contracts.region;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/**
 * Event types of the division directory (topic {@code agri.region}, key = region code), produced by
 * project-service when a city user applies an uploaded list. Every other service keeps its own copy
 * of the directory from these events.
 */
public final class RegionEvents {
    private RegionEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_REGION;

    /** One region was added, renamed, retired or restored; carries the region's whole new state. */
    public static final String CHANGED_V1 = EventTypes.PREFIX + "region.changed.v1";
}
