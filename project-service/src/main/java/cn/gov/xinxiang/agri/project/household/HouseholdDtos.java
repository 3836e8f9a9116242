package cn.gov.xinxiang.agri.project.household;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class HouseholdDtos {
    private HouseholdDtos() {
    }

    /** Checked row by row by {@link HouseholdService} so the error report names every bad row at once. */
    @Schema(name = "HouseholdInput", description = "A household as the national monitoring system sends it")
    public record HouseholdInput(
            @Schema(examples = "4107259012010001") String nationalHouseholdNo,
            @Schema(examples = "410725901201") String villageCode,
            @Schema(examples = "张三") String headName,
            @Schema(examples = "POVERTY_ALLEVIATED", description = "POVERTY_ALLEVIATED, MONITORED or OTHER") String category,
            @Schema(examples = "true") Boolean labourCapacity,
            @Schema(examples = "410725198001011237", description = "18-character ID number (checked, then kept masked only) or an already masked one") String idNumber,
            @Schema(examples = "true", description = "false when the household left the roster; default true") Boolean onRoster) {

        /** Never print the ID number. */
        @Override
        public String toString() {
            return "HouseholdInput[" + nationalHouseholdNo + "]";
        }
    }

    @Schema(name = "HouseholdBulkRequest")
    public record BulkRequest(@NotNull @Size(min = 1, max = 10000) List<@NotNull HouseholdInput> households) {
    }

    @Schema(name = "HouseholdUpsertResult", description = "What an upsert or import did; a repeated call reports everything unchanged")
    public record UpsertResult(int received, int created, int updated, int unchanged) {
    }

    @Schema(name = "Household")
    public record HouseholdView(UUID id, String nationalHouseholdNo, String villageCode, String villageName, String headName,
                                HouseholdCategory category, String categoryLabel, boolean labourCapacity, String idNumberMasked,
                                boolean onRoster, Instant updatedAt, long version) {
    }
}
