package cn.gov.xinxiang.agri.funding.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.gov.xinxiang.agri.platform.policy.PolicyValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public final class PolicyDtos {
    private PolicyDtos() {
    }

    @Schema(name = "PolicyParameter", description = "A fraction (0.65 = 65%) and the document that sets it")
    public record Parameter(
            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @Schema(examples = "0.65") BigDecimal value,
            @NotBlank @Size(max = 500) @Schema(examples = "新乡市农业农村局对市政协第095号提案的答复（2024）") String sourceDocument) {
    }

    @Schema(name = "NegativeUse", description = "A purpose linkage funds must never pay for")
    public record NegativeUseDto(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "{agri.upper-case-code}") @Schema(examples = "VEHICLES") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "购置交通工具及通讯设备") String label,
            @NotBlank @Size(max = 500) @Schema(examples = "中央财政衔接推进乡村振兴补助资金管理办法（财农〔2021〕19号）") String sourceDocument) {
    }

    @Schema(name = "PolicyParametersRequest", description = "A fiscal year's floors (they apply from this year on) and its negative list")
    public record PolicyRequest(
            @NotNull @Valid Parameter industryShareFloor,
            @NotNull @Valid Parameter leadingShareFloor,
            @Schema(description = "no longer accepted: the bank benchmark rate is asset-service's (422 policy-moved)", deprecated = true)
            Object bankBenchmarkRate,
            @NotNull @Size(max = 50) List<@NotNull @Valid NegativeUseDto> negativeList) {
    }

    @Schema(name = "FundingPolicyParameterView")
    public record ParameterView(@Schema(examples = "0.65") BigDecimal value, @Schema(examples = "65%") String display, String sourceDocument,
                                @Schema(examples = "2023", description = "the year the value applies from") int appliesFrom) {
        static ParameterView of(PolicyValue v) {
            return new ParameterView(v.value().stripTrailingZeros(), Shares.displayFloor(v.value()), v.sourceDocument(), v.appliesFrom());
        }
    }

    @Schema(name = "PolicyParameters", description = "A fiscal year's floors in force and its negative list")
    public record PolicyView(@Schema(examples = "2024") int fiscalYear,
                             ParameterView industryShareFloor,
                             ParameterView leadingShareFloor,
                             List<NegativeUseDto> negativeList,
                             String updatedBy, Instant updatedAt, long version) {
        static PolicyView of(FundingPolicy p) {
            PolicyYear y = p.year();
            return new PolicyView(p.fiscalYear(), ParameterView.of(p.industryFloor()), ParameterView.of(p.leadingFloor()),
                    y.negativeList.stream().sorted((a, b) -> a.code.compareTo(b.code))
                            .map(n -> new NegativeUseDto(n.code, n.label, n.sourceDocument)).toList(),
                    y.updatedBy, y.updatedAt, y.version);
        }
    }
}
