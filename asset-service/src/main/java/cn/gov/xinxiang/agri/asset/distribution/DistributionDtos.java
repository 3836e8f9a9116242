package cn.gov.xinxiang.agri.asset.distribution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class DistributionDtos {
    private DistributionDtos() {
    }

    @Schema(name = "DistributionLine")
    public record LineRequest(
            @NotNull @Schema(examples = "WORK_PAY") LineKind kind,
            @Schema(description = "the household, for WORK_PAY and BASIC_GUARANTEE") UUID householdId,
            @Schema(examples = "COLLECTIVE_REINVESTMENT", description = "for PERMITTED_USE lines") DistributionUse use,
            @NotNull @DecimalMin(value = "0.01", message = "{agri.min-amount}") @Digits(integer = 16, fraction = 2) @Schema(examples = "3500.00") BigDecimal amount,
            @Size(max = 500) @Schema(examples = "村内道路保洁公益岗") String workDescription,
            @DecimalMin("0.0") @Digits(integer = 4, fraction = 1) @Schema(examples = "60") BigDecimal workDays,
            @Size(max = 500) String note) {
    }

    @Schema(name = "DistributionRequest", description = "收益分配: a village's collective industry income for an ended half-year, line by line")
    public record DistributionRequest(
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725901201") String villageCode,
            @NotBlank @Schema(examples = "2025H1") String period,
            @NotNull @DecimalMin(value = "0.01", message = "{agri.min-amount}") @Digits(integer = 16, fraction = 2) @Schema(examples = "10000.00") BigDecimal income,
            @NotEmpty @Size(max = 2000) List<@Valid @NotNull LineRequest> lines) {
    }

    @Schema(name = "DistributionLineView")
    public record LineView(int lineNo, LineKind kind, String kindLabel, UUID householdId, String householdHead, DistributionUse use, String useLabel,
                           BigDecimal amount, String workDescription, BigDecimal workDays, String note) {
    }

    @Schema(name = "Distribution")
    public record DistributionView(UUID id, String villageCode, String villageName, String period, BigDecimal income,
                                   BigDecimal targetAmount, @Schema(examples = "0.750000") BigDecimal targetShare, BigDecimal minTargetShare,
                                   BigDecimal workPayAmount, BigDecimal guaranteeAmount, BigDecimal permittedUseAmount,
                                   String recordedBy, Instant recordedAt, List<LineView> lines) {
    }

    @Schema(name = "RosterHousehold", description = "A household of the roster copy (no personal ID number)")
    public record HouseholdView(UUID id, String nationalHouseholdNo, String villageCode, String headName, String category,
                                boolean labourCapacity, boolean onRoster, Instant leftRosterAt, Instant changedAt) {
    }
}
