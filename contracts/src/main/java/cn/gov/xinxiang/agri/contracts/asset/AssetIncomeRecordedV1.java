package cn.gov.xinxiang.agri.contracts.asset;

import cn.gov.xinxiang.agri.contracts.Correction;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A half-yearly income inventory (收益盘点) of one operating asset, or a corrected version of it.
 *
 * @param period           e.g. 2025H1
 * @param annualisedReturn the period's income annualised over the asset value, as a fraction (0.0150 = 1.5%)
 * @param benchmarkRate    the year's bank benchmark rate it was compared with, as a fraction
 * @param version          the inventory's version (1 = as first recorded; absent in events from before corrections = 1)
 * @param correction       on a corrected version: which version it corrects, why and by whom; absent on version 1
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
        Instant recordedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Correction correction) {

    /** A first version, as events were before corrections existed. */
    public AssetIncomeRecordedV1(String assetId, String regionCode, String period, BigDecimal income, BigDecimal assetValue,
                                 BigDecimal annualisedReturn, BigDecimal benchmarkRate, boolean belowBenchmark, Instant recordedAt) {
        this(assetId, regionCode, period, income, assetValue, annualisedReturn, benchmarkRate, belowBenchmark, recordedAt, null, null);
    }
}
