package cn.gov.xinxiang.agri.asset.income;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Annualised return of a half-year's income on the asset's value, compared with the benchmark rate. */
public final class ReturnRules {
    private ReturnRules() {
    }

    private static final BigDecimal HALF_YEARS_PER_YEAR = BigDecimal.valueOf(2);

    /** income × 2 / value, as a fraction with 6 decimals (0.015000 = 1.5%). Value must be positive. */
    public static BigDecimal annualisedReturn(BigDecimal halfYearIncome, BigDecimal assetValue) {
        if (assetValue.signum() <= 0) {
            throw new IllegalArgumentException("an asset without value has no return rate");
        }
        return halfYearIncome.multiply(HALF_YEARS_PER_YEAR).divide(assetValue, 6, RoundingMode.HALF_EVEN);
    }

    /**
     * Below benchmark compares exact amounts (income × 2 &lt; value × rate), so rounding the displayed
     * rate can never flip the flag.
     */
    public static boolean belowBenchmark(BigDecimal halfYearIncome, BigDecimal assetValue, BigDecimal benchmarkRate) {
        return halfYearIncome.multiply(HALF_YEARS_PER_YEAR).compareTo(assetValue.multiply(benchmarkRate)) < 0;
    }
}
