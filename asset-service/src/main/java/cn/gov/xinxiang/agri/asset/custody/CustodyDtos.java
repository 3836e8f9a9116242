package cn.gov.xinxiang.agri.asset.custody;

import cn.gov.xinxiang.agri.platform.region.Tier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class CustodyDtos {
    private CustodyDtos() {
    }

    @Schema(name = "CustodyAssignment", description = "First naming of the responsible unit and person at a tier")
    public record AssignRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "城关一村村民委员会") String unitName,
            @NotBlank @Size(max = 100) @Schema(examples = "李建国") String personName,
            @Size(max = 1000) @Schema(examples = "项目验收移交") String note) {
    }

    @Schema(name = "HandoverProposal", description = "The giver proposes handing custody at its tier to a receiver")
    public record ProposeRequest(
            @NotNull @Schema(examples = "VILLAGE") Tier tier,
            @NotBlank @Size(max = 200) @Schema(examples = "城关一村股份经济合作社") String toUnit,
            @NotBlank @Size(max = 100) @Schema(examples = "王秀英") String toPerson,
            @NotBlank @Size(max = 200) @Schema(examples = "village-410725901201-wangxiuying", description = "the receiver's account; only it can accept")
            String toSubject,
            @Size(max = 1000) @Schema(examples = "村两委换届，移交直管责任") String note) {
    }

    @Schema(name = "HandoverRefusal")
    public record RefuseRequest(@NotBlank @Size(max = 1000) @Schema(examples = "资产账实不符，待核实后再移交") String reason) {
    }

    @Schema(name = "CustodyPosition")
    public record PositionView(Tier tier, String tierLabel, String regionCode, String regionName, String unitName, String personName, Instant since) {
    }

    @Schema(name = "CustodyChainView", description = "Current custodians per tier, and the tiers still without one")
    public record ChainView(UUID assetId, List<PositionView> positions, List<Tier> missingTiers, boolean complete) {
    }

    @Schema(name = "CustodyEntry")
    public record EntryView(int seq, String kind, Tier tier, String regionCode, String unitName, String personName, UUID handoverId,
                            String actor, String note, Instant occurredAt, String prevHash, String hash) {
    }

    @Schema(name = "Handover")
    public record HandoverView(UUID id, UUID assetId, Tier tier, String regionCode, String fromUnit, String fromPerson, String toUnit,
                               String toPerson, String toSubject, String note, Handover.Status status, String proposedBy, Instant proposedAt,
                               String decidedBy, Instant decidedAt, String refusalReason, long version) {
    }

    @Schema(name = "ChainVerification", description = "The result of checking an asset's custody history: the first fault found, if any")
    public record VerificationView(UUID assetId, boolean valid, int entries,
                                   @Schema(description = "seq of the first entry that does not hold (for a truncated chain: the first deleted one); "
                                           + "null when valid or when the fault is not in one entry (anchor, a custodian no entry names)",
                                           examples = "7") Integer firstBrokenSeq,
                                   @Schema(examples = "the signed head is entry 8 but the history ends at entry 6: entries 7 to 8 were deleted")
                                   String reason,
                                   @Schema(description = "kind of fault; null when valid", examples = "TRUNCATED") CustodyChain.Fault fault,
                                   @Schema(description = "the chain's head as its anchor records it: compare with the headSeq/headHash of the "
                                           + "last custody-changed event you hold", examples = "8") Integer anchorHeadSeq,
                                   @Schema(examples = "9f2c4e0b7d1a3c5e8f6b2d4a0c9e7b5d3f1a8c6e4b2d0f9e7c5a3b1d8f6e4c2a") String anchorHeadHash,
                                   @Schema(description = "whether the anchor carries a signature at all") boolean anchored) {
    }
}
