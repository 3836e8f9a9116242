package cn.gov.xinxiang.agri.asset.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class VersionDtos {
    private VersionDtos() {
    }

    @Schema(name = "RecordVersion", description = "One version of a recorded fact, as it read; version 1 is the fact as first recorded")
    public record VersionView(int versionNo, @Schema(description = "the record as it read in this version") JsonNode content,
                              @Schema(description = "why this version corrects the one before (absent on version 1)") String reason,
                              String returnedBy, String returnReason, String recordedBy, String recordedTier, Instant recordedAt,
                              boolean current) {
    }

    @Schema(name = "RecordVersions")
    public record VersionsView(String kind, String recordId, int currentVersion, List<VersionView> versions) {
    }

    public static VersionsView of(RecordVersions.Kind kind, String recordId, int current, List<RecordVersions.Version> versions) {
        return new VersionsView(kind.name(), recordId, current, versions.stream().map(v -> new VersionView(v.versionNo(), v.content(), v.reason(),
                v.returnedBy(), v.returnReason(), v.recordedBy(), v.recordedTier(), v.recordedAt(), v.versionNo() == current)).toList());
    }
}
