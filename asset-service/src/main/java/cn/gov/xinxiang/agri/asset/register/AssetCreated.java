package cn.gov.xinxiang.agri.asset.register;

import java.util.UUID;

/**
 * A CDI event fired synchronously, inside the creating transaction, right after a new asset is
 * persisted (legacy registration or takeover), so other features can set up their per-asset state
 * without the register depending on them.
 */
public record AssetCreated(UUID assetId) {
}
