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

    @Schema(name = "DistributionRequest", description = "收益分配 proposal: a village's collective industry income for an ended half-year, line by line")
    public record DistributionRequest(
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725901201") String villageCode,
            @NotBlank @Schema(examples = "2025H1") String period,
            @NotNull @DecimalMin(value = "0.01", message = "{agri.min-amount}") @Digits(integer = 16, fraction = 2) @Schema(examples = "10000.00") BigDecimal income,
            @NotEmpty @Size(max = 2000) List<@Valid @NotNull LineRequest> lines,
            @Size(max = 1000) @Schema(description = "required when the income differs from the period's income inventories of the village's operating assets",
                    examples = "含村集体光伏电站2025H1电费收入2000元（未纳入资产盘点）") String incomeDifferenceNote) {
    }

    @Schema(name = "DistributionCorrection", description = "A new version of the distribution's content, with the reason (the village)")
    public record CorrectionRequest(
            @NotBlank @Size(max = 2000) @Schema(examples = "按乡镇意见补记王富贵务工报酬") String reason,
            @NotNull @DecimalMin(value = "0.01", message = "{agri.min-amount}") @Digits(integer = 16, fraction = 2) BigDecimal income,
            @NotEmpty @Size(max = 2000) List<@Valid @NotNull LineRequest> lines,
            @Size(max = 1000) String incomeDifferenceNote) {
    }

    @Schema(name = "DistributionReturn", description = "Returned to the village with the reasons (township or county)")
    public record ReturnRequest(@NotBlank @Size(max = 2000) @Schema(examples = "务工天数与考勤记录不符，请核实") String reason) {
    }

    @Schema(name = "DistributionReview", description = "The township's review or the county's approval, with an optional comment")
    public record ReviewRequest(@Size(max = 2000) String comment) {
    }

    @Schema(name = "PublicDistributionLine", description = "A line as posted in the village: the household head's name masked, no identifiers")
    public record PublicLineView(int lineNo, LineKind kind, String kindLabel, @Schema(examples = "张*明") String householdHead, DistributionUse use,
                                 String useLabel, BigDecimal amount, String workDescription, BigDecimal workDays) {
    }

    @Schema(name = "PublicDistribution", description = "收益分配公示: the published version of a village's distribution for a period")
    public record PublicView(UUID id, String villageCode, String villageName, String period, int versionNo, Instant publishedAt,
                             BigDecimal income, BigDecimal targetAmount, BigDecimal targetShare, BigDecimal workPayAmount, BigDecimal guaranteeAmount,
                             BigDecimal permittedUseAmount, List<PublicLineView> lines) {
    }

    @Schema(name = "DistributionLineView")
    public record LineView(int lineNo, LineKind kind, String kindLabel, UUID householdId, String householdHead, DistributionUse use, String useLabel,
                           BigDecimal amount, String workDescription, BigDecimal workDays, String note) {
    }

    @Schema(name = "Distribution")
    public record DistributionView(UUID id, String villageCode, String villageName, String period,
                                   @Schema(examples = "PROPOSED") DistributionProcedure.Status status, String statusLabel,
                                   @Schema(description = "content version; a correction makes the next") int versionNo,
                                   BigDecimal income,
                                   @Schema(description = "income recorded in the period's inventories of the village's operating assets") BigDecimal recordedIncome,
                                   BigDecimal incomeDifference, String incomeDifferenceNote,
                                   BigDecimal targetAmount, @Schema(examples = "0.750000") BigDecimal targetShare, BigDecimal minTargetShare,
                                   BigDecimal workPayAmount, BigDecimal guaranteeAmount, BigDecimal permittedUseAmount,
                                   String recordedBy, Instant recordedAt, String reviewComment, String reviewedBy, Instant reviewedAt,
                                   String returnedReason, String returnedBy, String returnedTier, Instant returnedAt,
                                   String approvedBy, Instant approvedAt, String publishedBy, Instant publishedAt, Integer publishedVersionNo,
                                   List<LineView> lines) {
    }

    @Schema(name = "RosterHousehold", description = "A household of the roster copy (no personal ID number)")
    public record HouseholdView(UUID id, String nationalHouseholdNo, String villageCode, String headName, String category,
                                boolean labourCapacity, boolean onRoster, Instant leftRosterAt, Instant changedAt) {
    }
}
