package cn.gov.xinxiang.agri.contracts.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A completed project passed acceptance (验收); it lists the assets it formed, for asset-service. */
public record ProjectAcceptedV1(
        String projectId,
        String code,
        String name,
        int fiscalYear,
        String regionCode,
        List<FormedAsset> assets,
        Instant acceptedAt) {

    /**
     * @param assetRef   stable id of the asset within the project (idempotent takeover key)
     * @param assetClass OPERATING (经营性), PUBLIC_WELFARE (公益性) or HOUSEHOLD (到户类)
     * @param value      yuan, 2 decimal places
     * @param locationRegionCode the village (or township) where the asset stands
     * @param householdId for HOUSEHOLD assets, the household it belongs to; otherwise null
     */
    public record FormedAsset(String assetRef, String name, String assetClass, BigDecimal value,
                              String locationRegionCode, String householdId) {
    }
}
