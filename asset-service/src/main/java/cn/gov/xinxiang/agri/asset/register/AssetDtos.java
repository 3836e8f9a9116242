package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import jakarta.validation.Valid;
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

/** What the asset API reads and writes; separate from the entity and the event payloads. */
public final class AssetDtos {
    private AssetDtos() {
    }

    @Schema(name = "Funding", description = "Where the asset's value came from; the parts add up to the value")
    public record Funding(
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "800000.00", description = "衔接资金") BigDecimal linkage,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "100000.00", description = "其他财政资金") BigDecimal otherFiscal,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "100000.00", description = "自筹") BigDecimal selfRaised,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "0.00", description = "信贷") BigDecimal credit) {
    }

    @Schema(name = "AssetContract", description = "Lease / equity / entrustment contract with the operator")
    public record Contract(
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县鑫农食品有限公司") String counterparty,
            @NotNull @Schema(examples = "2025-01-01") LocalDate start,
            @NotNull @Schema(examples = "2029-12-31") LocalDate end,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "60000.00", description = "annual rent, yuan") BigDecimal annualRent) {
    }

    @Schema(name = "AssetRegistration", description = "Direct registration of an asset formed before this system (legacy)")
    public record RegisterRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "城关一村肉羊养殖圈舍") String name,
            @NotNull @Schema(examples = "OPERATING") AssetClass assetClass,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "1000000.00") BigDecimal value,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725901201") String regionCode,
            @NotNull @Schema(examples = "2021-06-30", description = "投入使用日期") LocalDate inServiceOn,
            @Schema(description = "for HOUSEHOLD assets: the household (roster id)") UUID householdId,
            @Size(max = 40) @Schema(examples = "XM2020-410725-00012") String sourceProjectCode,
            @Size(max = 200) @Schema(examples = "2020年城关一村肉羊养殖项目") String sourceProjectName,
            @Valid Funding funding,
            @Schema(examples = "LEASED") OperatingMode operatingMode,
            @Valid Contract contract) {
    }

    @Schema(name = "AssetOperationUpdate", description = "Funding composition, operating mode and contract of an asset")
    public record OperationUpdate(
            @Valid Funding funding,
            @NotNull @Schema(examples = "LEASED") OperatingMode operatingMode,
            @Valid Contract contract) {
    }

    @Schema(name = "Asset")
    public record AssetView(UUID id, String name, AssetClass assetClass, String assetClassLabel,
                            @Schema(examples = "1000000.00") BigDecimal value,
                            String regionCode, String regionName, UUID householdId,
                            UUID sourceProjectId, String sourceProjectCode, String sourceProjectName, String assetRef,
                            RegisteredVia registeredVia, LocalDate inServiceOn, Funding funding,
                            OperatingMode operatingMode, String operatingModeLabel, Contract contract,
                            AssetStatus status, String statusLabel,
                            OwnerType ownerType, String ownerTypeLabel, String ownerName, String ownerRegionCode,
                            OwnershipNature ownershipNature, String ownershipNatureLabel, Instant confirmedAt, String confirmedBy,
                            Batch currentBatch, String currentBatchLabel, Instant disposedAt,
                            Instant createdAt, Instant updatedAt, long version) {
    }

    /** An asset as the API shows it, with its place's name. */
    public static AssetView view(Asset a, RegionDirectory regions) {
        Funding funding = a.fundingLinkage == null ? null
                : new Funding(a.fundingLinkage, a.fundingOtherFiscal, a.fundingSelfRaised, a.fundingCredit);
        Contract contract = a.contractCounterparty == null ? null
                : new Contract(a.contractCounterparty, a.contractStart, a.contractEnd, a.contractAnnualRent);
        return new AssetView(a.id, a.name, a.assetClass, a.assetClass.label, a.value, a.regionCode,
                regions.nameOf(RegionCode.of(a.regionCode)), a.householdId, a.sourceProjectId, a.sourceProjectCode, a.sourceProjectName,
                a.assetRef, a.registeredVia, a.inServiceOn, funding, a.operatingMode, a.operatingMode == null ? null : a.operatingMode.label,
                contract, a.status, a.status.label, a.ownerType, a.ownerType == null ? null : a.ownerType.label, a.ownerName,
                a.ownerRegionCode, a.ownershipNature, a.ownershipNature == null ? null : a.ownershipNature.label, a.confirmedAt,
                a.confirmedBy, a.currentBatch, a.currentBatch == null ? null : a.currentBatch.label, a.disposedAt,
                a.createdAt, a.updatedAt, a.version);
    }
}
