package cn.gov.xinxiang.agri.contracts.asset;

import cn.gov.xinxiang.agri.contracts.Correction;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Ownership was confirmed (确权登记), or a confirmation was corrected.
 *
 * @param ownerType       COUNTY_DEPARTMENT, TOWNSHIP, VILLAGE_COLLECTIVE or HOUSEHOLD
 * @param ownershipNature STATE_OWNED, COLLECTIVE or HOUSEHOLD
 * @param confirmedAt     when ownership was first confirmed (a correction keeps it; its own time is in {@code correction})
 * @param version         the confirmation's version (absent in events from before corrections = 1)
 * @param correction      on a corrected version: which version it corrects, why and by whom; absent on version 1
 */
public record AssetConfirmedV1(
        String assetId,
        String assetClass,
        BigDecimal value,
        String regionCode,
        String ownerType,
        String ownerName,
        String ownershipNature,
        Instant confirmedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Correction correction) {

    /** A first confirmation, as events were before corrections existed. */
    public AssetConfirmedV1(String assetId, String assetClass, BigDecimal value, String regionCode, String ownerType, String ownerName,
                            String ownershipNature, Instant confirmedAt) {
        this(assetId, assetClass, value, regionCode, ownerType, ownerName, ownershipNature, confirmedAt, null, null);
    }
}
