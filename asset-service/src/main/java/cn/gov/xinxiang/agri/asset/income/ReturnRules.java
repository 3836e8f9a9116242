package cn.gov.xinxiang.agri.asset.income;

import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Annualised return of a half-year's income on the asset's value, compared with the benchmark rate; and which
 * inventories (收益盘点) may be recorded: of an operating asset still held, with a value, for a half-year that has
 * ended and in which it was in service, once.
 */
public final class ReturnRules {
    private ReturnRules() {
    }

    private static final BigDecimal HALF_YEARS_PER_YEAR = BigDecimal.valueOf(2);

    /** What recording an inventory depends on. */
    public record Inventory(AssetClass assetClass, AssetStatus status, BigDecimal value, LocalDate inServiceOn, Period period, LocalDate today,
                            boolean recorded) {
    }

    /** The period to record, or the first rule the inventory breaks. */
    public static Decision<Period> record(Inventory i) {
        if (i.assetClass() != AssetClass.OPERATING) {
            return Decision.refuse(Violation.rule("not-operating", "income.not-operating"));
        }
        if (i.status() == AssetStatus.DISPOSED) {
            return Decision.refuse(Violation.state("asset-disposed", "income.disposed"));
        }
        Period p = i.period();
        if (!p.end().isBefore(i.today())) {
            return Decision.refuse(Violation.field("period", "period.not-ended", p.toString(), p.end().toString()));
        }
        if (i.inServiceOn().isAfter(p.end())) {
            return Decision.refuse(Violation.field("period", "income.before-service", i.inServiceOn().toString(), p.toString()));
        }
        if (i.value().signum() <= 0) {
            return Decision.refuse(Violation.rule("no-value", "income.no-value"));
        }
        if (i.recorded()) {
            return Decision.refuse(Violation.state("inventory-exists", "income.exists", p.toString()));
        }
        return Decision.allow(p);
    }

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
