package cn.gov.xinxiang.agri.contracts.asset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An asset entered the register: taken over from an accepted project or registered directly (legacy).
 *
 * @param assetClass      OPERATING, PUBLIC_WELFARE or HOUSEHOLD
 * @param registeredVia   PROJECT or LEGACY
 * @param sourceProjectId the accepted project that formed it; null for legacy assets without one
 */
public record AssetRegisteredV1(
        String assetId,
        String name,
        String assetClass,
        BigDecimal value,
        String regionCode,
        String sourceProjectId,
        String registeredVia,
        Instant registeredAt) {
}
