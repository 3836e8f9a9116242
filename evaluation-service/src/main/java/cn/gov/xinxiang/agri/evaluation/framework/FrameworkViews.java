package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.evaluation.scoring.Direction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** What the indicator framework API reads and writes. */
public final class FrameworkViews {

    private FrameworkViews() {
    }

    public record IndicatorView(String code, String name, String definition, String dataSource, String unit,
                                @Schema(description = "the target in force: the policy parameter's value when targetPolicyKey is set (null until it arrives)")
                                BigDecimal target,
                                @Schema(examples = "funding.industry-share-floor", description = "the policy parameter the target is taken from, or null")
                                String targetPolicyKey,
                                @Schema(description = "where the target comes from") String targetSource,
                                BigDecimal weight, Direction direction, String directionLabel,
                                @Schema(description = "without data a required indicator scores 0 (no data reported); an optional one is left out")
                                boolean required,
                                String sourceDocument, long version) {
        public static IndicatorView of(IndicatorDefinition d, FrameworkService.Target t) {
            return new IndicatorView(d.code, d.name, d.definition, d.dataSource, d.unit, t.value(), d.targetPolicyKey, t.source(), d.weight,
                    d.direction, d.direction.label, d.required, d.sourceDocument, d.version);
        }
    }

    public record GradeBoundView(String grade, String label, BigDecimal minScore, String sourceDocument) {
    }

    public record FrameworkView(int fiscalYear, List<IndicatorView> indicators,
                                @Schema(description = "sum of the weights; the score divides by the weights of the counted indicators, so it need not be 100")
                                BigDecimal weightTotal, List<GradeBoundView> gradeBounds) {
    }

    public record IndicatorChange(
            @NotBlank @Size(max = 100) @Schema(examples = "产业发展资金占比") String name,
            @NotBlank @Size(max = 1000) String definition,
            @NotBlank @Size(max = 500) String dataSource,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 10, fraction = 2)
            @Schema(examples = "65.00", description = "the framework's own target; omit it and name targetPolicyKey to follow a policy parameter") BigDecimal target,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "10.00") BigDecimal weight,
            @NotNull @Schema(examples = "HIGHER_IS_BETTER") Direction direction,
            @NotBlank @Size(max = 500) @Schema(examples = "新乡市农业农村局2025年绩效评价办法") String sourceDocument,
            @Schema(description = "whether a missing value scores 0; omitted = unchanged", examples = "true") Boolean required,
            @Size(max = 64) @Schema(description = "take the target from this policy parameter (agri.policy) instead of target", examples = "funding.industry-share-floor")
            String targetPolicyKey) {
    }

    public record BoundInput(@NotNull @Schema(examples = "EXCELLENT") Grade grade,
                             @NotBlank @Size(max = 10) @Schema(examples = "优") String label,
                             @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "90") BigDecimal minScore) {
    }

    public enum Grade { EXCELLENT, GOOD, FAIR, POOR }

    public record BoundsChange(@NotNull @Size(min = 4, max = 4) List<@Valid @NotNull BoundInput> bounds,
                               @NotBlank @Size(max = 500) @Schema(examples = "新乡市2026年绩效评价办法") String sourceDocument) {
    }

    public record CopyRequest(@NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer fromYear) {
    }
}
