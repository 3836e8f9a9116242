package cn.gov.xinxiang.agri.project.envoy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class EnvoyDtos {
    private EnvoyDtos() {
    }

    @Schema(name = "EnvoyRequest", description = "A science and technology envoy serving a county in a year (city; county users for their county)")
    public record EnvoyRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "刘建国") String name,
            @NotBlank @Size(max = 200) @Schema(examples = "河南科技学院") String organisation,
            @NotBlank @Size(max = 200) @Schema(examples = "肉羊养殖与疫病防控") String speciality,
            @NotBlank @Schema(examples = "410725000000") String countyCode,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer year,
            @Size(max = 100) @Schema(description = "projects of the county the envoy serves") List<@NotNull UUID> projectIds,
            @Size(max = 200) @Schema(description = "villages of the county the envoy serves", examples = "[\"410725901201\"]") List<@NotNull String> villageCodes) {
    }

    @Schema(name = "EnvoyAssignmentsRequest", description = "The projects and villages the envoy serves from now on (the whole lists)")
    public record AssignmentsRequest(
            @Size(max = 100) @Schema(description = "projects of the envoy's county") List<@NotNull UUID> projectIds,
            @Size(max = 200) @Schema(description = "villages of the envoy's county", examples = "[\"410725901201\"]") List<@NotNull String> villageCodes) {
    }

    @Schema(name = "Envoy")
    public record EnvoyView(UUID id, String name, String organisation, String speciality, String countyCode, String countyName, int year,
                            List<UUID> projectIds, List<String> villageCodes, String createdBy, Instant createdAt, long version) {
    }

    @Schema(name = "EnvoyServiceRequest", description = "One service of the envoy")
    public record ServiceRequest(
            @NotNull @Schema(examples = "2025-04-18") LocalDate servedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "春季肉羊驱虫和羊舍消毒技术指导") String topic,
            @NotNull @Min(0) @Max(100000) @Schema(examples = "26") Integer householdsReached,
            @Schema(examples = "410725901201", description = "optional: one of the envoy's villages") String villageCode,
            @Schema(description = "optional: one of the envoy's projects") UUID projectId) {
    }

    @Schema(name = "EnvoyService")
    public record ServiceView(UUID id, UUID envoyId, String countyCode, LocalDate servedOn, String topic, int householdsReached,
                              String villageCode, String villageName, UUID projectId, String createdBy, Instant createdAt) {
    }

    @Schema(name = "EnvoyCoverage", description = "Of a county's library projects of a fiscal year (in the library or beyond), those an envoy serves")
    public record CoverageView(@Schema(examples = "410725000000") String countyCode, @Schema(examples = "原阳县") String countyName,
                               @Schema(examples = "2025") int year, @Schema(examples = "14") long libraryProjects,
                               @Schema(examples = "6") long served,
                               @Schema(examples = "0.4286", description = "served / libraryProjects, 4 decimals; null without library projects") BigDecimal share) {
    }
}
