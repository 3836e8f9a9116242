package cn.gov.xinxiang.agri.evaluation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What the evaluations API reads and writes: the request to evaluate a subject, a version's full view and its summary. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    public record NewEvaluation(
            @NotNull @Schema(examples = "COUNTY") SubjectType subjectType,
            @NotBlank @Size(max = 64) @Schema(description = "project UUID, county code or the city code", examples = "410725000000") String subjectId,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer fiscalYear) {
    }

    public record EvaluationView(UUID id, SubjectType subjectType, String subjectTypeLabel, String subjectId, String subjectName,
                                 String regionCode, int fiscalYear, int versionNo, Evaluation.Status status, String statusLabel,
                                 @Schema(examples = "86.25") BigDecimal score, @Schema(examples = "GOOD") String grade,
                                 @Schema(examples = "良") String gradeLabel, Instant createdAt, String createdBy, Instant publishedAt,
                                 UUID previousId,
                                 @Schema(description = "how much of the framework had data: indicators with and without data (required ones "
                                         + "scored 0), not applicable ones, and the weight share with data") JsonNode coverage,
                                 @Schema(description = "sha-256 of the evidence as computed: a recomputation with equal inputs gives the same")
                                 String inputsFingerprint,
                                 @Schema(description = "set when a later published version superseded this one") UUID supersededBy,
                                 Instant supersededAt,
                                 @Schema(description = "set when an input this published evaluation read changed afterwards; verify it") Instant staleSince,
                                 String staleReason,
                                 @Schema(description = "the rules and arithmetic behind every number; per indicator the count (recordCount) "
                                         + "and sha-256 (recordsFingerprint) of the records it counted, which GET /{id}/records?indicator= pages")
                                 JsonNode evidence,
                                 @Schema(description = "changes against the previous version; null for version 1") JsonNode differences) {
    }

    public record EvaluationSummary(UUID id, SubjectType subjectType, String subjectId, String subjectName, String regionCode, int fiscalYear,
                                    int versionNo, Evaluation.Status status, BigDecimal score, String grade,
                                    @Schema(description = "share of the applicable weight with data", examples = "85.00") BigDecimal coveragePercent,
                                    Instant publishedAt, UUID supersededBy, Instant staleSince) {
    }

    static String statusLabel(Evaluation.Status s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case PUBLISHED -> "已发布";
            case SUPERSEDED -> "已被新版本取代";
        };
    }
}
