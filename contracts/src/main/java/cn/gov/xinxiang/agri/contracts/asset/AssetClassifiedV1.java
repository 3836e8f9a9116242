package cn.gov.xinxiang.agri.contracts.asset;

import java.time.Instant;

/**
 * An officer placed an operating asset in one of the four batches (四个一批).
 *
 * @param batch         CONSOLIDATE, UPGRADE, REVITALISE or ADJUST
 * @param proposedBatch what the service proposed from the income history; null when it had too little
 */
public record AssetClassifiedV1(
        String assetId,
        String regionCode,
        String batch,
        String proposedBatch,
        String reasons,
        Instant decidedAt) {
}
