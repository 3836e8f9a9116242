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

    @Schema(name = "ChainVerification")
    public record VerificationView(UUID assetId, boolean valid, int entries,
                                   @Schema(description = "seq of the first entry whose link does not hold; null when valid") Integer firstBrokenSeq,
                                   String reason) {
    }
}
