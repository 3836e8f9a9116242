package cn.gov.xinxiang.agri.contracts.asset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An asset entered the register: taken over from an accepted project, registered directly (legacy) or imported in bulk.
 *
 * @param assetClass      OPERATING, PUBLIC_WELFARE or HOUSEHOLD
 * @param registeredVia   PROJECT, LEGACY or IMPORT (a legacy asset entered by a bulk import, confirmed, with its custody chain)
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
