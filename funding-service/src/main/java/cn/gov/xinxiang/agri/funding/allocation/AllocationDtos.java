package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.funding.plan.FundUse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class AllocationDtos {
    private AllocationDtos() {
    }

    @Schema(name = "AllocationRequest", description = "Funds from the project's county share to a library project. "
            + "purposeCode names what the money pays for; codes on the year's negative list are refused.")
    public record AllocationRequest(
            @NotNull @Schema(examples = "3f0c1e9a-6c1b-4a49-9a51-2b7f3c0d9e11") UUID projectId,
            @NotNull @Schema(examples = "INDUSTRY_DEVELOPMENT") FundUse use,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{agri.upper-case-code}")
            @Schema(examples = "PRODUCTION_FACILITIES") String purposeCode,
            @NotNull @DecimalMin(value = "0.01", message = "{agri.min-amount}") @Digits(integer = 16, fraction = 2)
            @Schema(examples = "3500000.00") BigDecimal amount) {
    }

    @Schema(name = "RevocationRequest")
    public record RevocationRequest(
            @NotBlank @Size(max = 2000) @Schema(examples = "项目未按期开工，经县乡村振兴领导小组研究收回资金") String reason) {
    }

    @Schema(name = "DisbursementRequest")
    public record DisbursementRequest(
            @NotNull @DecimalMin(value = "0.01", message = "{agri.min-amount}") @Digits(integer = 16, fraction = 2)
            @Schema(examples = "1000000.00") BigDecimal amount,
            @NotNull @Schema(examples = "2024-05-20") LocalDate disbursedOn,
            @Size(max = 100) @Schema(examples = "原财拨〔2024〕37号") String voucherNo) {
    }

    @Schema(name = "ExpenditureRequest")
    public record ExpenditureRequest(
            @NotNull @DecimalMin(value = "0.01", message = "{agri.min-amount}") @Digits(integer = 16, fraction = 2)
            @Schema(examples = "400000.00") BigDecimal amount,
            @NotNull @Schema(examples = "2024-06-03") LocalDate spentOn,
            @NotBlank @Size(max = 500) @Schema(examples = "冷库设备采购首付款") String description) {
    }

    @Schema(name = "Allocation")
    public record AllocationView(UUID id, UUID planId, int fiscalYear, UUID projectId,
                                 @Schema(examples = "XM2024-410725-00001") String projectCode,
                                 @Schema(examples = "原阳县预制菜产业园") String projectName,
                                 String countyCode, @Schema(examples = "原阳县") String countyName, String regionCode,
                                 FundUse use, @Schema(examples = "产业发展") String useLabel, String purposeCode,
                                 boolean leadingIndustry, BigDecimal originalAmount, BigDecimal amount,
                                 BigDecimal disbursed, BigDecimal expended,
                                 @Schema(examples = "40.0%") String disbursementRate, @Schema(examples = "12.5%") String executionRate,
                                 AllocationStatus status, String statusLabel, BigDecimal revokedAmount, String revocationReason,
                                 String revokedBy, Instant revokedAt, String createdBy, Instant createdAt, long version) {
    }

    @Schema(name = "Disbursement")
    public record DisbursementView(UUID id, UUID allocationId, BigDecimal amount, LocalDate disbursedOn, String voucherNo,
                                   String recordedBy, Instant recordedAt) {
        static DisbursementView of(Disbursement d) {
            return new DisbursementView(d.id, d.allocationId, d.amount, d.disbursedOn, d.voucherNo, d.recordedBy, d.recordedAt);
        }
    }

    @Schema(name = "Expenditure")
    public record ExpenditureView(UUID id, UUID allocationId, BigDecimal amount, LocalDate spentOn, String description,
                                  String recordedBy, Instant recordedAt) {
        static ExpenditureView of(Expenditure e) {
            return new ExpenditureView(e.id, e.allocationId, e.amount, e.spentOn, e.description, e.recordedBy, e.recordedAt);
        }
    }
}
