package cn.gov.xinxiang.agri.contracts.asset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A half-yearly income inventory (收益盘点) of one operating asset.
 *
 * @param period           e.g. 2025H1
 * @param annualisedReturn the period's income annualised over the asset value, as a fraction (0.0150 = 1.5%)
 * @param benchmarkRate    the year's bank benchmark rate it was compared with, as a fraction
 */
public record AssetIncomeRecordedV1(
        String assetId,
        String regionCode,
        String period,
        BigDecimal income,
        BigDecimal assetValue,
        BigDecimal annualisedReturn,
        BigDecimal benchmarkRate,
        boolean belowBenchmark,
        Instant recordedAt) {
}
