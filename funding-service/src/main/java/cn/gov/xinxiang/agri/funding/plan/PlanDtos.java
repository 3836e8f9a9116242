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

    @Schema(name = "CountyShareRequest")
    public record CountyShareRequest(
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725000000") String countyCode,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "120000000.00") BigDecimal amount) {
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

    @Schema(name = "CountyShare")
    public record CountyShareView(@Schema(examples = "410725000000") String countyCode, @Schema(examples = "原阳县") String countyName,
                                  BigDecimal amount, BigDecimal allocated, BigDecimal headroom) {
    }

    @Schema(name = "Plan")
    public record PlanView(UUID id, int fiscalYear, PlanStatus status, @Schema(examples = "已下达") String statusLabel,
                           Sources sources, @Schema(examples = "1013350000.00") BigDecimal total, Uses uses,
                           @Schema(examples = "67.4%") String industryShare, @Schema(examples = "52.7%") String leadingShare,
                           boolean belowFloor, List<CountyShareView> countyShares,
                           @Schema(description = "plan money not yet split to a county") BigDecimal unsplit,
                           String justification, String justifiedBy, Instant justifiedAt,
                           String publishedBy, Instant publishedAt, long version) {
    }
}
