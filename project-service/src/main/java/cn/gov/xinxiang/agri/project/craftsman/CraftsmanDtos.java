package cn.gov.xinxiang.agri.project.craftsman;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

public final class CraftsmanDtos {
    private CraftsmanDtos() {
    }

    @Schema(name = "CraftsmanRequest", description = "A rural craftsman's recognition (city and county users, within their region)")
    public record CraftsmanRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "李秀兰") String name,
            @NotNull @Schema(examples = "CITY", description = "CITY (市级乡村工匠), PROVINCIAL_MASTER (省级乡村工匠名师), "
                    + "NATIONAL_MASTER_RECOMMENDED (国家级乡村工匠名师，省推荐)") CraftsmanLevel level,
            @NotBlank @Size(max = 100) @Schema(examples = "手工布艺") String craft,
            @NotBlank @Schema(examples = "410725901201", description = "the craftsman's village, township or county (12-digit code)") String regionCode,
            @NotBlank @Size(max = 200) @Schema(examples = "特色手工布艺加工") String industry,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "35", description = "households the craftsman employs") Integer householdsEmployed,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2023") Integer yearRecognised) {
    }

    @Schema(name = "Craftsman")
    public record CraftsmanView(UUID id, String name, CraftsmanLevel level, String levelLabel, String craft, String regionCode,
                                String regionName, String countyCode, String industry, int householdsEmployed, int yearRecognised,
                                String createdBy, Instant createdAt, long version) {
        static CraftsmanView of(Craftsman c, String regionName) {
            return new CraftsmanView(c.id, c.name, c.level, c.level.label, c.craft, c.regionCode, regionName, c.countyCode, c.industry,
                    c.householdsEmployed, c.yearRecognised, c.createdBy, c.createdAt, c.version);
        }
    }

    @Schema(name = "CraftsmanLevelTotal", description = "Recognitions at one level within the region and filters asked for")
    public record LevelTotal(@Schema(examples = "CITY") CraftsmanLevel level, @Schema(examples = "市级乡村工匠") String levelLabel,
                             @Schema(examples = "16") long craftsmen, @Schema(examples = "420") long householdsEmployed) {
    }
}
