package cn.gov.xinxiang.agri.contracts.asset;

import java.time.Instant;

/**
 * The responsible unit and person at one tier changed: first assignment or an accepted handover.
 *
 * @param tier        CITY, COUNTY, TOWNSHIP or VILLAGE
 * @param kind        ASSIGNED or HANDED_OVER
 * @param entryHash   hash of the custody-chain entry that records it
 * @param headSeq     the chain's head after the change (its last entry's seq); with {@code headHash} a copy of
 *                    the signed head held outside asset-service, so a chain later cut back or rewritten
 *                    cannot match it. Added to v1 (optional for consumers: older events lack it)
 * @param headHash    the hash of the chain's head after the change
 */
public record AssetCustodyChangedV1(
        String assetId,
        String regionCode,
        String tier,
        String kind,
        String unitName,
        String personName,
        String entryHash,
        Instant changedAt,
        Integer headSeq,
        String headHash) {
}
