package cn.gov.xinxiang.agri.asset.batch;

import cn.gov.xinxiang.agri.asset.register.Batch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class BatchDtos {
    private BatchDtos() {
    }

    @Schema(name = "BatchProposal", description = "What the income history suggests; null batch when there is too little history")
    public record ProposalView(UUID assetId, Batch proposedBatch, String proposedBatchLabel, String reason, String typicalMeasures,
                               List<String> periodsConsidered) {
    }

    @Schema(name = "BatchDecisionRequest", description = "The officer's decision, with measures and reasons")
    public record DecideRequest(
            @NotNull @Schema(examples = "REVITALISE") Batch batch,
            @NotBlank @Size(max = 2000) @Schema(examples = "减免2026年上半年租金50%，协调就业奖补") String measures,
            @NotBlank @Size(max = 2000) @Schema(examples = "承租企业受市场影响暂时困难，连续两期收益低于基准") String reasons) {
    }

    @Schema(name = "BatchDecision")
    public record DecisionView(UUID id, UUID assetId, Batch proposedBatch, String proposalReason, Batch batch, String batchLabel,
                               String measures, String reasons, String decidedBy, Instant decidedAt) {
    }
}
