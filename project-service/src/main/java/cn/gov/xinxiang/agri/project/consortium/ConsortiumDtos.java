package cn.gov.xinxiang.agri.project.consortium;

import cn.gov.xinxiang.agri.project.entity.EnterpriseLevel;
import cn.gov.xinxiang.agri.project.entity.EntityKind;
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
import java.util.List;
import java.util.UUID;

/** What the consortium API reads and writes. Separate from the entity and from event payloads. */
public final class ConsortiumDtos {
    private ConsortiumDtos() {
    }

    /** What recording and correcting have in common, for the rules. */
    public interface Content {
        String name();

        String leadingIndustryCode();

        String leadEnterpriseCreditCode();

        List<MemberDto> members();

        Integer employedHouseholds();

        Integer linkedHouseholds();

        List<LinkDto> links();

        List<FinancingDto> financing();

        String description();
    }

    @Schema(name = "ConsortiumRequest", description = "An assistance-industry consortium (帮扶产业发展联合体) of your county: "
            + "龙头企业+基地+合作社+种养殖户+金融, around one of the county's leading industries of the year, with what it links")
    public record CreateRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县预制菜肉羊养殖帮扶产业发展联合体") String name,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725000000") String countyCode,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2024") Integer year,
            @NotBlank @Size(max = 40) @Schema(description = "one of the county's leading industries of the year", examples = "PREPARED_MEALS")
            String leadingIndustryCode,
            @NotBlank @Size(max = 18) @Schema(description = "unified social credit code of a registered leading enterprise", examples = "91410725MA9F5LJX21")
            String leadEnterpriseCreditCode,
            @Size(max = 200) List<@Valid @NotNull MemberDto> members,
            @Min(0) @Max(10000000) @Schema(description = "farming households directly employed (直接务工), when reported", examples = "1000") Integer employedHouseholds,
            @Min(0) @Max(10000000) @Schema(description = "households directly linked in all (直接带动), when reported", examples = "1200") Integer linkedHouseholds,
            @Size(max = 50) List<@Valid @NotNull LinkDto> links,
            @Size(max = 20) List<@Valid @NotNull FinancingDto> financing,
            @Size(max = 2000) @Schema(examples = "依托龙头企业建设肉羊养殖集群") String description) implements Content {
    }

    @Schema(name = "ConsortiumCorrection", description = "The consortium again, as it should read, with the reason: a new version (county and year stay)")
    public record CorrectionRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县预制菜肉羊养殖帮扶产业发展联合体") String name,
            @NotBlank @Size(max = 40) @Schema(examples = "PREPARED_MEALS") String leadingIndustryCode,
            @NotBlank @Size(max = 18) @Schema(examples = "91410725MA9F5LJX21") String leadEnterpriseCreditCode,
            @Size(max = 200) List<@Valid @NotNull MemberDto> members,
            @Min(0) @Max(10000000) @Schema(examples = "1050") Integer employedHouseholds,
            @Min(0) @Max(10000000) @Schema(examples = "1200") Integer linkedHouseholds,
            @Size(max = 50) List<@Valid @NotNull LinkDto> links,
            @Size(max = 20) List<@Valid @NotNull FinancingDto> financing,
            @Size(max = 2000) @Schema(examples = "依托龙头企业建设肉羊养殖集群") String description,
            @NotBlank @Size(max = 2000) @Schema(examples = "务工人数按企业工资发放台账更正") String reason) implements Content {
    }

    @Schema(name = "ConsortiumMember", description = "A registered entity in the consortium and what it does there")
    public record MemberDto(
            @NotBlank @Size(max = 18) @Schema(examples = "93410725MA45U2PL07") String creditCode,
            @NotNull @Schema(examples = "UNDERTAKER") MemberRole role) {
    }

    @Schema(name = "ConsortiumLink", description = "Contract farming, purchases from farmers or a capacity: product, quantity and unit as data")
    public record LinkDto(
            @NotNull @Schema(examples = "CONTRACT_FARMING") LinkKind kind,
            @NotBlank @Size(max = 100) @Schema(examples = "肉羊") String product,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 2) @Schema(examples = "60000") BigDecimal quantity,
            @NotBlank @Size(max = 20) @Schema(examples = "只") String unit,
            @Min(0) @Max(10000000) @Schema(description = "the households it involves, when reported", examples = "450") Integer households,
            @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(description = "what it is worth to the farmers, yuan, when reported",
                    examples = "3600000.00") BigDecimal amount) {
    }

    @Schema(name = "ConsortiumFinancing", description = "The finance of the consortium: a loan, insurance or guarantee and its amount")
    public record FinancingDto(
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县农村商业银行") String institution,
            @NotBlank @Size(max = 100) @Schema(examples = "产业振兴贷") String product,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "5000000.00") BigDecimal amount) {
    }

    public record EntityRef(String creditCode, String name, EntityKind kind, String kindLabel, EnterpriseLevel level, String levelLabel,
                            MemberRole role, String roleLabel) {
    }

    public record LinkView(LinkKind kind, String kindLabel, String product, BigDecimal quantity, String unit, Integer households, BigDecimal amount) {
    }

    @Schema(name = "Consortium")
    public record ConsortiumView(UUID id, String name, String countyCode, String countyName, int year, String leadingIndustryCode,
                                 String leadingIndustryName, EntityRef leadEnterprise, List<EntityRef> members, Integer employedHouseholds,
                                 Integer linkedHouseholds, List<LinkView> links, List<FinancingDto> financing, String description,
                                 @Schema(description = "1 as recorded; each correction the next (the ETag)") int versionNo,
                                 String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
    }

    @Schema(name = "ConsortiumSummary", description = "A consortium in a list")
    public record Summary(UUID id, String name, String countyCode, String countyName, int year, String leadingIndustryCode,
                          String leadEnterpriseCreditCode, String leadEnterpriseName, Integer employedHouseholds, Integer linkedHouseholds,
                          int versionNo, Instant updatedAt) {
    }

    @Schema(name = "ConsortiumVersion", description = "One version of a consortium as it read")
    public record VersionView(int versionNo, ConsortiumView content, String reason, String recordedBy, String recordedTier, Instant recordedAt,
                              boolean current) {
    }

    @Schema(name = "ConsortiumTotals", description = "A county's consortia of one year added up: households, and each product in its own unit")
    public record Totals(String countyCode, String countyName, int year, long consortia,
                         @Schema(description = "the sum over the consortia that report it") long employedHouseholds,
                         @Schema(description = "the sum over the consortia that report it") long linkedHouseholds, List<LinkTotal> links) {
    }

    public record LinkTotal(LinkKind kind, String kindLabel, String product, String unit, BigDecimal quantity,
                            @Schema(description = "the sum over the lines that report households") long households) {
    }
}
