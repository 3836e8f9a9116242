package cn.gov.xinxiang.agri.contracts.asset;

import java.math.BigDecimal;
import java.time.Instant;

/** An adjusted asset was disposed of (处置); its proceeds go back to the owner. */
public record AssetDisposedV1(
        String assetId,
        String regionCode,
        String method,
        String reason,
        String decisionRef,
        BigDecimal proceeds,
        String proceedsTo,
        Instant disposedAt) {
}
