package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

public final class ConfirmationDtos {
    private ConfirmationDtos() {
    }

    @Schema(name = "ConfirmationRequest", description = "确权登记: the owner and the nature of ownership")
    public record ConfirmRequest(
            @NotNull @Schema(examples = "VILLAGE_COLLECTIVE") OwnerType ownerType,
            @NotBlank @Size(max = 200) @Schema(examples = "城关一村股份经济合作社") String ownerName,
            @Pattern(regexp = "\\d{12}", message = "{agri.division-code}")
            @Schema(examples = "410725901201", description = "defaults to the asset's region at the owner's tier") String ownerRegionCode,
            @NotNull @Schema(examples = "COLLECTIVE") OwnershipNature ownershipNature,
            @Schema(description = "for HOUSEHOLD owners: the household") UUID ownerHouseholdId) {
    }

    @Schema(name = "ConfirmationCorrection", description = "A new version of the confirmation with the reason (the county)")
    public record CorrectionRequest(
            @NotNull @Schema(examples = "VILLAGE_COLLECTIVE") OwnerType ownerType,
            @NotBlank @Size(max = 200) @Schema(examples = "城关一村股份经济合作社") String ownerName,
            @Pattern(regexp = "\\d{12}", message = "{agri.division-code}")
            @Schema(examples = "410725901201", description = "defaults to the asset's region at the owner's tier") String ownerRegionCode,
            @NotNull @Schema(examples = "COLLECTIVE") OwnershipNature ownershipNature,
            @Schema(description = "for HOUSEHOLD owners: the household") UUID ownerHouseholdId,
            @NotBlank @Size(max = 2000) @Schema(examples = "确权主体名称登记有误，按村股份经济合作社登记证书更正") String reason) {
    }

    @Schema(name = "Confirmation", description = "A confirmation of ownership as one version read")
    public record ConfirmationView(UUID assetId, int versionNo, OwnerType ownerType, String ownerName, String ownerRegionCode,
                                   UUID ownerHouseholdId, OwnershipNature ownershipNature, java.time.Instant confirmedAt, String confirmedBy) {
    }

    @Schema(name = "TodoItem")
    public record TodoItem(@Schema(examples = "CONFIRM") String kind, UUID assetId, String assetName, String regionCode,
                           String regionName, @Schema(examples = "待县级统管确权") String detail, UUID handoverId) {
    }

    @Schema(name = "TodoSection")
    public record Section(long total, List<TodoItem> items) {
    }

    @Schema(name = "TodoList", description = "What the caller's tier owes: confirmations, missing custodians, handovers to accept")
    public record TodoList(String role, String regionCode, Section confirmations, Section custodyMissing, Section handoversToAnswer) {
    }
}
