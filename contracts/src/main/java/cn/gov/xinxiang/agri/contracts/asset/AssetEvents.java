package cn.gov.xinxiang.agri.contracts.asset;

import cn.gov.xinxiang.agri.contracts.EventTypes;

/** Event types of project assets (topic {@code agri.asset}), produced by asset-service. */
public final class AssetEvents {
    private AssetEvents() {
    }

    public static final String AGGREGATE = EventTypes.AGGREGATE_ASSET;

    public static final String REGISTERED_V1 = EventTypes.PREFIX + "asset.registered.v1";
    public static final String CONFIRMED_V1 = EventTypes.PREFIX + "asset.confirmed.v1";
    public static final String CUSTODY_CHANGED_V1 = EventTypes.PREFIX + "asset.custody-changed.v1";
    public static final String CLASSIFIED_V1 = EventTypes.PREFIX + "asset.classified.v1";
    public static final String INCOME_RECORDED_V1 = EventTypes.PREFIX + "asset.income-recorded.v1";
    /** The single-step distribution of before the procedure; no longer produced, still read (old events stay on the topic). */
    public static final String DISTRIBUTION_RECORDED_V1 = EventTypes.PREFIX + "asset.distribution-recorded.v1";
    /** Every step of the distribution procedure (proposed, corrected, reviewed, returned, approved, published). */
    public static final String DISTRIBUTION_STATUS_CHANGED_V1 = EventTypes.PREFIX + "asset.distribution-status-changed.v1";
    public static final String DISPOSED_V1 = EventTypes.PREFIX + "asset.disposed.v1";
}
