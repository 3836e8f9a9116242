package cn.gov.xinxiang.agri.project.library;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** What the project API reads and writes. Separate from the entity and from event payloads. */
public final class ProjectDtos {
    private ProjectDtos() {
    }

    @Schema(name = "ProjectDraftRequest", description = "A new project draft, created by a village user for their village")
    public record DraftRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县城关一村肉羊养殖扶贫车间") String name,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer fiscalYear,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be a 12-digit division code") @Schema(examples = "410725101201") String regionCode,
            @NotNull @Schema(examples = "SPECIALTY_FARMING") IndustryCategory industryCategory) {
    }

    @Schema(name = "Project")
    public record ProjectView(UUID id, String code, String name, int fiscalYear, String regionCode, String regionName,
                              IndustryCategory industryCategory, String industryCategoryLabel, ProjectStatus status,
                              String statusLabel, String createdBy, Instant createdAt, Instant updatedAt, long version) {
    }
}
