package cn.gov.xinxiang.agri.contracts.asset;

import java.time.Instant;

/**
 * The responsible unit and person at one tier changed: first assignment or an accepted handover.
 *
 * @param tier        CITY, COUNTY, TOWNSHIP or VILLAGE
 * @param kind        ASSIGNED or HANDED_OVER
 * @param entryHash   hash of the custody-chain entry that records it
 */
public record AssetCustodyChangedV1(
        String assetId,
        String regionCode,
        String tier,
        String kind,
        String unitName,
        String personName,
        String entryHash,
        Instant changedAt) {
}
