package cn.gov.xinxiang.agri.asset.disposal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class DisposalDtos {
    private DisposalDtos() {
    }

    @Schema(name = "DisposalRequest")
    public record DisposalRequest(
            @NotNull @Schema(examples = "AUCTION") Disposal.Method method,
            @NotBlank @Size(max = 2000) @Schema(examples = "市场萎缩，连续四期无收益，经营难以为继") String reason,
            @NotBlank @Size(max = 200) @Schema(examples = "城关一村村民代表大会") String decisionBody,
            @NotBlank @Size(max = 100) @Schema(examples = "城关一村〔2026〕3号") String decisionRef,
            @NotNull @Schema(examples = "2026-03-10") LocalDate decidedOn,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "180000.00") BigDecimal proceeds) {
    }

    @Schema(name = "Disposal")
    public record DisposalView(UUID id, UUID assetId, Disposal.Method method, String methodLabel, String reason, String decisionBody,
                               String decisionRef, LocalDate decidedOn, BigDecimal proceeds, String proceedsTo, String recordedBy,
                               Instant recordedAt) {

        public static DisposalView of(Disposal d) {
            return new DisposalView(d.id, d.assetId, d.method, d.method.label, d.reason, d.decisionBody, d.decisionRef, d.decidedOn, d.proceeds,
                    d.proceedsTo, d.recordedBy, d.recordedAt);
        }
    }
}
