package cn.gov.xinxiang.agri.asset.income;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class IncomeDtos {
    private IncomeDtos() {
    }

    @Schema(name = "IncomeRecord", description = "收益盘点: an operating asset's income for a half-year that has ended")
    public record RecordRequest(
            @NotBlank @Schema(examples = "2025H1") String period,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "12000.00") BigDecimal income,
            @Size(max = 1000) @Schema(examples = "租金已到账") String note) {
    }

    @Schema(name = "IncomeInventory")
    public record InventoryView(UUID id, UUID assetId, String regionCode, String period,
                                @Schema(examples = "12000.00") BigDecimal income, BigDecimal assetValue,
                                @Schema(examples = "0.024000", description = "annualised, as a fraction") BigDecimal annualisedReturn,
                                @Schema(examples = "0.015") BigDecimal benchmarkRate, boolean belowBenchmark, String note,
                                String recordedBy, Instant recordedAt,
                                @Schema(description = "1 as first recorded; a correction makes the next (the ETag)") int versionNo,
                                Instant correctedAt) {

        /** The inventory as the API and its stored versions show it. */
        public static InventoryView of(IncomeInventory i) {
            return new InventoryView(i.id, i.assetId, i.regionCode, i.period, i.income, i.assetValue, i.annualisedReturn,
                    i.benchmarkRate, i.belowBenchmark, i.note, i.recordedBy, i.recordedAt, i.versionNo, i.correctedAt);
        }
    }

    @Schema(name = "IncomeCorrection", description = "A new version of an inventory with the reason (the village or township that records it)")
    public record CorrectionRequest(
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "20000.00") BigDecimal income,
            @Size(max = 1000) String note,
            @NotBlank @Size(max = 2000) @Schema(examples = "租金少记5000元，按租赁合同和银行回单更正") String reason) {
    }

    @Schema(name = "IncomeFlag")
    public record Flag(UUID assetId, String assetName, String regionCode, BigDecimal value, BigDecimal income, BigDecimal annualisedReturn) {
    }

    @Schema(name = "IncomeFlagSection")
    public record Section(long total, List<Flag> items) {
    }

    @Schema(name = "IncomeFlags", description = "Operating assets below the benchmark, and inventories missing after the deadline")
    public record FlagsView(String period, LocalDate deadline, boolean deadlinePassed, BigDecimal benchmarkRate, String benchmarkSource,
                            Section belowBenchmark, Section missing,
                            @Schema(description = "inventories not yet done while the deadline has not passed") long pending) {
    }
}
