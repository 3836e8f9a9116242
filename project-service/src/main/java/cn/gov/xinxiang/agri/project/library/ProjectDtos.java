package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the project API reads and writes. Separate from the entity and from event payloads. */
public final class ProjectDtos {
    private ProjectDtos() {
    }

    /**
     * A project draft (create) or its full replacement (edit). A draft may be incomplete; what is
     * given must be well-formed, and everything must be complete before submission.
     */
    @Schema(name = "ProjectDraftRequest", description = "A project draft, created and edited by a village user for their village")
    public record DraftRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县城关一村肉羊养殖扶贫车间") String name,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer fiscalYear,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725901201") String regionCode,
            @NotNull @Schema(examples = "SPECIALTY_FARMING") IndustryCategory industryCategory,
            @Size(max = 2000) @Schema(examples = "新建标准化羊舍2000平方米，带动脱贫户务工和入股分红") String description,
            @Size(max = 40) @Schema(description = "code of one of the county's leading industries for the fiscal year, or null", examples = "PREPARED_MEALS") String leadingIndustryCode,
            @Valid Investment investment,
            @Size(max = 20) List<@Valid @NotNull ParticipantDto> participants,
            @Size(max = 20) List<@Valid @NotNull MechanismDto> mechanisms,
            @Size(max = 50) List<@Valid @NotNull TargetDto> performanceTargets) {

        public DraftRequest(String name, Integer fiscalYear, String regionCode, IndustryCategory industryCategory) {
            this(name, fiscalYear, regionCode, industryCategory, null, null, null, null, null, null);
        }
    }

    @Schema(name = "Investment", description = "Total investment by source, yuan; the sources must add up to the total")
    public record Investment(
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "1200000.00", description = "衔接资金 requested") BigDecimal linkageFunds,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "300000.00", description = "other fiscal funds") BigDecimal otherFiscal,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "400000.00", description = "self-raised") BigDecimal selfRaised,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "100000.00", description = "credit") BigDecimal credit,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "2000000.00") BigDecimal total) {
    }

    @Schema(name = "Participant", description = "An operating entity or other participant and its role")
    public record ParticipantDto(
            @NotNull @Schema(examples = "LEADING_ENTERPRISE") ParticipantRole role,
            @NotNull @Schema(examples = "LEADING_ENTERPRISE") EntityType entityType,
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县某某食品有限公司") String name,
            @Schema(description = "18-character unified social credit code; required except for farming households", examples = "91410725MA9F5LJX21") String creditCode) {
    }

    @Schema(name = "Mechanism", description = "A farmer-linking mechanism with the households it plans to link")
    public record MechanismDto(
            @NotNull @Schema(examples = "EMPLOYMENT") MechanismType type,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "30") Integer plannedPovertyAlleviated,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "5") Integer plannedMonitored,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "10") Integer plannedOther,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "6000.00", description = "expected income per household per year, yuan") BigDecimal expectedIncomePerHousehold,
            @Size(max = 500) @Schema(examples = "羊舍饲养岗位，月工资2000元") String description) {
    }

    @Schema(name = "PerformanceTarget", description = "A performance target (绩效目标)")
    public record TargetDto(
            @NotBlank @Size(max = 200) @Schema(examples = "带动脱贫户增收") String indicator,
            @NotBlank @Size(max = 100) @Schema(examples = "≥3000") String value,
            @Size(max = 40) @Schema(examples = "元/户/年") String unit) {
    }

    @Schema(name = "ProjectSummary", description = "A project in a list")
    public record ProjectSummary(UUID id, String code, String name, int fiscalYear, String regionCode, String regionName,
                                 IndustryCategory industryCategory, String industryCategoryLabel, String leadingIndustryCode,
                                 BigDecimal totalInvestment, ProjectStatus status, String statusLabel, Instant createdAt, long version) {
    }

    @Schema(name = "Project")
    public record ProjectView(UUID id, String code, String name, String description, int fiscalYear, String regionCode, String regionName,
                              String countyCode, IndustryCategory industryCategory, String industryCategoryLabel,
                              String leadingIndustryCode, Investment investment, List<ParticipantView> participants,
                              List<MechanismView> mechanisms, List<TargetDto> performanceTargets, List<CheckView> reviewChecks,
                              List<AssetView> assets, ProjectStatus status, String statusLabel, LocalDate noticeStartedOn,
                              LocalDate noticeEndsOn, Instant admittedAt, Instant startedAt, LocalDate completedOn, Instant acceptedAt,
                              String createdBy, Instant createdAt, Instant updatedAt, long version) {
    }

    public record ParticipantView(ParticipantRole role, String roleLabel, EntityType entityType, String entityTypeLabel, String name,
                                  String creditCode) {
    }

    public record MechanismView(MechanismType type, String typeLabel, int plannedPovertyAlleviated, int plannedMonitored,
                                int plannedOther, BigDecimal expectedIncomePerHousehold, String description) {
    }

    public record CheckView(ReviewCheck check, String checkLabel, boolean passed, String evidence) {
    }

    public record AssetView(String assetRef, String name, AssetClass assetClass, String assetClassLabel, BigDecimal value,
                            String locationRegionCode, UUID householdId) {
    }
}
