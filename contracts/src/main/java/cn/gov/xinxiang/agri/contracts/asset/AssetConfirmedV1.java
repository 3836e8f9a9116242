package cn.gov.xinxiang.agri.contracts.asset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Ownership was confirmed (确权登记).
 *
 * @param ownerType       COUNTY_DEPARTMENT, TOWNSHIP, VILLAGE_COLLECTIVE or HOUSEHOLD
 * @param ownershipNature STATE_OWNED, COLLECTIVE or HOUSEHOLD
 */
public record AssetConfirmedV1(
        String assetId,
        String assetClass,
        BigDecimal value,
        String regionCode,
        String ownerType,
        String ownerName,
        String ownershipNature,
        Instant confirmedAt) {
}
