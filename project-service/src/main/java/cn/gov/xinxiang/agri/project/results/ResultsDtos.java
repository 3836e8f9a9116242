package cn.gov.xinxiang.agri.project.results;

import cn.gov.xinxiang.agri.project.library.MechanismType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public final class ResultsDtos {
    private ResultsDtos() {
    }

    @Schema(name = "MechanismResult", description = "Households actually linked by one mechanism in the year and the income they received")
    public record MechanismResultDto(
            @NotNull @Schema(examples = "EMPLOYMENT") MechanismType type,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "28") Integer linkedPovertyAlleviated,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "4") Integer linkedMonitored,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "9") Integer linkedOther,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Schema(examples = "246000.00", description = "total income received in the year, yuan") BigDecimal incomeReceived) {
    }

    @Schema(name = "ResultsReport", description = "A project's results for one year: one entry per farmer-linking mechanism of the project")
    public record ReportRequest(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull MechanismResultDto> mechanisms) {
    }

    @Schema(name = "ProjectYearResults")
    public record YearResults(int year, List<MechanismResultView> mechanisms, String reportedBy, Instant reportedAt,
                              @Schema(description = "1 as first reported; each correction the next (the ETag)") int versionNo) {
    }

    @Schema(name = "ResultsCorrection", description = "A new version of a year's results with the reason: every mechanism again")
    public record CorrectionRequest(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull MechanismResultDto> mechanisms,
                                    @jakarta.validation.constraints.NotBlank @Size(max = 2000)
                                    @Schema(examples = "务工收入按工资发放台账更正") String reason) {
    }

    @Schema(name = "ProjectResultsVersion", description = "One version of a year's results as it read")
    public record VersionView(int versionNo, YearResults content, String reason, String recordedBy, String recordedTier, Instant recordedAt,
                              boolean current) {
    }

    public record MechanismResultView(MechanismType type, String typeLabel, int linkedPovertyAlleviated, int linkedMonitored, int linkedOther,
                                      BigDecimal incomeReceived) {
    }
}
