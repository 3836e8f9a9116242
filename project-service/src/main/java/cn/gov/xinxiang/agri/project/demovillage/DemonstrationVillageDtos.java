package cn.gov.xinxiang.agri.project.demovillage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class DemonstrationVillageDtos {
    private DemonstrationVillageDtos() {
    }

    @Schema(name = "DemonstrationVillageRequest", description = "A village's designation (city and county users, villages of their region)")
    public record DesignationRequest(
            @NotBlank @Schema(examples = "410782901201") String villageCode,
            @NotNull @Schema(examples = "WELLNESS", description = "WELLNESS (康养示范村), RURAL_TOURISM, BEAUTIFUL_VILLAGE, OTHER") DemonstrationKind kind,
            @NotNull @Schema(examples = "PROVINCIAL", description = "NATIONAL, PROVINCIAL, CITY or COUNTY") IssuingLevel issuingLevel,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2023") Integer yearDesignated,
            @Size(max = 50) @Schema(description = "projects of the village that qualify for the library because of the designation") List<@NotNull UUID> projectIds) {
    }

    @Schema(name = "DemonstrationVillageProjectsRequest", description = "The village's projects that qualify because of the designation, from now on")
    public record ProjectsRequest(@NotNull @Size(max = 50) @Schema(description = "project ids (the whole list; empty removes every link)")
                                  List<@NotNull UUID> projectIds) {
    }

    @Schema(name = "DemonstrationVillage")
    public record DesignationView(UUID id, String villageCode, String villageName, String countyCode, DemonstrationKind kind, String kindLabel,
                                  IssuingLevel issuingLevel, String issuingLevelLabel, int yearDesignated, List<UUID> projectIds,
                                  String createdBy, Instant createdAt, long version) {
    }

    @Schema(name = "DemonstrationVillageTotal", description = "Designated villages of one kind and issuing level in your region")
    public record KindTotal(@Schema(examples = "WELLNESS") DemonstrationKind kind, @Schema(examples = "康养示范村") String kindLabel,
                            @Schema(examples = "PROVINCIAL") IssuingLevel issuingLevel, @Schema(examples = "省级") String issuingLevelLabel,
                            @Schema(examples = "25") long villages, @Schema(examples = "9") long qualifyingProjects) {
    }
}
