package cn.gov.xinxiang.agri.project.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** What the operating-entity API reads and writes. Separate from the entity and from event payloads. */
public final class EntityDtos {
    private EntityDtos() {
    }

    @Schema(name = "OperatingEntityRegistration", description = "An operating entity (经营主体) to register, keyed by its unified social credit code")
    public record RegisterRequest(
            @NotBlank @Size(max = 18) @Schema(description = "18-character unified social credit code (统一社会信用代码, GB 32100-2015)",
                    examples = "91410725MA9F5LJX21") String creditCode,
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县某预制菜食品有限公司") String name,
            @NotNull @Schema(examples = "LEADING_ENTERPRISE") EntityKind kind,
            @Schema(description = "a leading enterprise's level, required for it and for no other kind", examples = "PROVINCIAL") EnterpriseLevel level,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}")
            @Schema(description = "where it is registered: a county, township or village in your region", examples = "410725000000") String regionCode,
            @Size(max = 40) @Schema(description = "one of its county's leading industries (特色主导产业), where it works in one", examples = "PREPARED_MEALS")
            String leadingIndustryCode) implements Content {
    }

    @Schema(name = "OperatingEntityCorrection", description = "The entity's record again, as it should read, with the reason: a new version")
    public record CorrectionRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县某预制菜食品有限公司") String name,
            @NotNull @Schema(examples = "LEADING_ENTERPRISE") EntityKind kind,
            @Schema(examples = "NATIONAL") EnterpriseLevel level,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "{agri.division-code}") @Schema(examples = "410725000000") String regionCode,
            @Size(max = 40) @Schema(examples = "PREPARED_MEALS") String leadingIndustryCode,
            @NotBlank @Size(max = 2000) @Schema(examples = "2024年经农业农村部认定为国家重点龙头企业") String reason) implements Content {
    }

    /** What registration and correction have in common, for the rules. */
    public interface Content {
        String name();

        EntityKind kind();

        EnterpriseLevel level();

        String regionCode();

        String leadingIndustryCode();
    }

    @Schema(name = "OperatingEntity")
    public record EntityView(String creditCode, String name, EntityKind kind, String kindLabel, EnterpriseLevel level, String levelLabel,
                             String regionCode, String regionName, String countyCode, String leadingIndustryCode,
                             @Schema(description = "1 as registered; each correction the next (the ETag)") int versionNo,
                             String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
    }

    @Schema(name = "OperatingEntityVersion", description = "One version of an entity's record as it read")
    public record VersionView(int versionNo, EntityView content, String reason, String recordedBy, String recordedTier, Instant recordedAt,
                              boolean current) {
    }

    @Schema(name = "ProjectEntityLink", description = "A registered entity to link to the project in a role")
    public record LinkRequest(
            @NotBlank @Size(max = 18) @Schema(examples = "91410725MA9F5LJX21") String creditCode,
            @NotNull @Schema(examples = "DRIVER") ProjectEntityRole role) {
    }

    @Schema(name = "ProjectEntity", description = "A registered entity in a role on a project")
    public record LinkView(String creditCode, String name, EntityKind kind, String kindLabel, EnterpriseLevel level, String levelLabel,
                           String regionCode, ProjectEntityRole role, String roleLabel, String linkedBy, Instant linkedAt) {
    }
}
