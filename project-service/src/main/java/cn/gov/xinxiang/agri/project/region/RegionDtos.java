package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.region.Tier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class RegionDtos {
    private RegionDtos() {
    }

    @Schema(name = "Region", description = "One division of the directory (统计用区划代码)")
    public record RegionView(
            @Schema(examples = "410726101201") String code,
            @Schema(examples = "东屯村村民委员会") String name,
            @Schema(examples = "VILLAGE") Tier tier,
            @Schema(examples = "村") String tierLabel,
            @Schema(examples = "410726101000") String parentCode,
            @Schema(description = "names from the county down to the parent", examples = "延津县 / 东屯镇") String path,
            @Schema(description = "a development zone (statistical county-level unit, not an administrative county)") boolean functionalZone,
            @Schema(description = "invented sample data （样例）; only where sample data is enabled") boolean sample,
            @Schema(examples = "ACTIVE") String status,
            @Schema(description = "set when retired: no new record may name it") LocalDate retiredOn,
            @Schema(description = "the code that replaced a retired one, when known") String successorCode,
            @Schema(examples = "dongtuncuncunminweiyuanhui") String pinyin,
            @Schema(examples = "dtccmwyh") String initials,
            @Schema(description = "active children (tree and single reads)", examples = "0") Long childCount) {
    }

    @Schema(name = "RegionAncestor")
    public record Ancestor(@Schema(examples = "410726000000") String code, @Schema(examples = "延津县") String name,
                           @Schema(examples = "COUNTY") Tier tier) {
    }

    @Schema(name = "RegionChange", description = "One change applied to a region")
    public record HistoryEntry(@Schema(examples = "RENAMED") String change, String name, String previousName, String successorCode,
                               LocalDate effectiveOn, long revision, UUID uploadId, String changedBy, Instant changedAt) {
    }

    @Schema(name = "RegionDetail", description = "A region with its ancestors (city first) and its change history")
    public record RegionDetail(RegionView region, List<Ancestor> ancestors, List<HistoryEntry> history) {
    }

    @Schema(name = "RegionDiffCounts")
    public record Counts(int added, int renamed, int moved, int retired, int restored, int unchanged) {
    }

    @Schema(name = "RegionDiffChange", description = "One difference between the directory and the uploaded list")
    public record ChangeView(
            @Schema(examples = "RENAMED") String kind,
            @Schema(examples = "410726101201") String code,
            @Schema(examples = "东屯村村民委员会") String name,
            @Schema(description = "the directory's name before a rename or restore, the old name of a moved region") String previousName,
            String parentCode,
            Tier tier,
            @Schema(description = "MOVED: the old code, retired with code as its successor") String fromCode) {
    }

    @Schema(name = "RegionUploadPreview", description = "An uploaded list compared with the directory. Apply it with "
            + "POST .../application and If-Match set to token (also the ETag).")
    public record UploadView(UUID id, String status, String uploadedBy, Instant uploadedAt, String fileName, int rows,
                             @Schema(description = "the directory version the difference was computed against") long baseVersion,
                             @Schema(description = "send it back in If-Match to apply exactly this preview") String token,
                             Counts counts,
                             @Schema(description = "the first changes (at most 200, in kind then code order); page through /changes for all") List<ChangeView> changes,
                             String appliedBy, Instant appliedAt,
                             @Schema(description = "directory revision the application made (carried by its agri.region events)") Long revision) {
    }
}
