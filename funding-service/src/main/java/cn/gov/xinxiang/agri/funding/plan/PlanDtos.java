package cn.gov.xinxiang.agri.funding.plan;

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

public final class PlanDtos {
    private PlanDtos() {
    }

    @Schema(name = "PlanSources", description = "Where the year's linkage funds come from, in yuan")
    public record Sources(
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "620000000.00") BigDecimal central,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "233350000.00") BigDecimal provincial,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "80000000.00") BigDecimal city,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "80000000.00") BigDecimal county) {
    }

    @Schema(name = "PlanUses", description = "What the year's funds are planned for, in yuan; must add up to the sources. "
            + "leadingIndustry is the part of industryDevelopment for the counties' leading industries' full chain.")
    public record Uses(
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "683000000.00") BigDecimal industryDevelopment,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "360000000.00") BigDecimal leadingIndustry,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "230350000.00") BigDecimal infrastructure,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "60000000.00") BigDecimal employment,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "40000000.00") BigDecimal other) {
    }

    @Schema(name = "CountyUses", description = "What a county's share is planned for, in yuan; adds up to the county's amount. "
            + "Allocations of a use never exceed what the county's share plans for it.")
    public record CountyUses(
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "100000000.00") BigDecimal industryDevelopment,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "15000000.00") BigDecimal infrastructure,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "5000000.00") BigDecimal employment,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "0.00") BigDecimal other) {

        PlanRules.UseSplit split() {
            return new PlanRules.UseSplit(industryDevelopment, infrastructure, employment, other);
        }

        static CountyUses of(PlanRules.UseSplit u) {
            return u == null ? null : new CountyUses(u.industryDevelopment(), u.infrastructure(), u.employment(), u.other());
        }
    }

    @Schema(name = "CountyShareRequest")
    public record CountyShareRequest(
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725000000") String countyCode,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "120000000.00") BigDecimal amount,
            @Valid @Schema(description = "optional: the share broken down by use; without it only the plan's use totals bind the county's allocations")
            CountyUses uses) {
    }

    @Schema(name = "PlanRequest", description = "A fiscal year's plan: sources, planned uses and the split to counties")
    public record PlanRequest(
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2024") Integer fiscalYear,
            @NotNull @Valid Sources sources,
            @NotNull @Valid Uses uses,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid CountyShareRequest> countyShares) {
    }

    @Schema(name = "PublishRequest", description = "Publishing a plan; a plan below a policy floor needs the city's justification")
    public record PublishRequest(
            @Size(max = 2000) @Schema(examples = "2024年因洪涝灾后重建，基础设施资金占比临时提高，经市政府常务会议研究同意") String justification) {
    }

    @Schema(name = "AmendmentRequest", description = "An amendment (调整) of a published plan: the new planned uses and county split "
            + "(sources stay as they are unless given), with the reason. Below a policy floor, or with allocations holding money for a "
            + "purpose now on the year's negative list, it needs the city's justification.")
    public record AmendmentRequest(
            @Valid Sources sources,
            @NotNull @Valid Uses uses,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid CountyShareRequest> countyShares,
            @NotBlank @Size(max = 2000) @Schema(examples = "原阳县预制菜产业园追加投资，从基础设施调整2000万元至产业发展") String reason,
            @Size(max = 2000) @Schema(examples = "经市政府常务会议研究同意") String justification) {
    }

    @Schema(name = "CountyShare")
    public record CountyShareView(@Schema(examples = "410725000000") String countyCode, @Schema(examples = "原阳县") String countyName,
                                  BigDecimal amount, BigDecimal allocated, BigDecimal headroom,
                                  @Schema(description = "the share by use, or null when not broken down") CountyUses uses) {

        public static CountyShareView of(CountyShare s, String countyName) {
            return new CountyShareView(s.countyCode, countyName, s.amount, s.allocated, s.headroom(), CountyUses.of(s.uses()));
        }
    }

    @Schema(name = "PlanVersionShare")
    public record VersionShareView(@Schema(examples = "410725000000") String countyCode, @Schema(examples = "原阳县") String countyName,
                                   BigDecimal amount, CountyUses uses) {
    }

    @Schema(name = "PlanVersion", description = "One version of a published plan as it was made: 1 is the publication, each amendment the next")
    public record VersionView(UUID planId, int fiscalYear, @Schema(examples = "2") int version,
                              @Schema(examples = "AMENDMENT", enumeration = {"PUBLICATION", "AMENDMENT"}) String kind,
                              @Schema(examples = "原阳县预制菜产业园追加投资") String reason,
                              Sources sources, BigDecimal total, Uses uses,
                              @Schema(examples = "67.4%") String industryShare, @Schema(examples = "52.7%") String leadingShare,
                              @Schema(description = "rules this version breaks, each justified", examples = "[\"industry-share-floor\"]")
                              List<String> breaches,
                              String justification, String justifiedBy, Instant justifiedAt,
                              String madeBy, Instant madeAt, boolean current, List<VersionShareView> countyShares,
                              @Schema(description = "the documents that issued the version: version 1 of an imported past plan has its 下达文号; null otherwise",
                                      examples = "新财农〔2022〕15号") String sourceDocument) {
    }

    @Schema(name = "Plan")
    public record PlanView(UUID id, int fiscalYear, PlanStatus status, @Schema(examples = "已下达") String statusLabel,
                           Sources sources, @Schema(examples = "1013350000.00") BigDecimal total, Uses uses,
                           @Schema(examples = "67.4%") String industryShare, @Schema(examples = "52.7%") String leadingShare,
                           boolean belowFloor, List<CountyShareView> countyShares,
                           @Schema(description = "plan money not yet split to a county") BigDecimal unsplit,
                           String justification, String justifiedBy, Instant justifiedAt,
                           String publishedBy, Instant publishedAt,
                           @Schema(description = "the plan version shown: 0 for a draft, 1 as published, one more per amendment",
                                   examples = "1") int planVersion,
                           long version,
                           @Schema(description = "past plans imported from a file (import kind annual-plans): the documents that issued them "
                                   + "(下达文号, separated by ；); null for plans drawn up here", examples = "新财农〔2022〕15号；新财农〔2022〕40号")
                           String sourceDocument,
                           @Schema(description = "the import job that brought a past plan in, or null") UUID importJobId) {
    }
}
