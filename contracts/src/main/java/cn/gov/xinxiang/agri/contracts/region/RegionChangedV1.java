package cn.gov.xinxiang.agri.contracts.region;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A region's new state after one change of the directory. The whole row travels, so a consumer
 * that never saw the region before can still apply it; {@code revision} orders changes of one code
 * (a consumer ignores one older than what it holds).
 *
 * @param change        ADDED, RENAMED, RETIRED or RESTORED. A move (re-coding) is a RETIRED event of
 *                      the old code with {@code successorCode} and an ADDED event of the new one.
 * @param tier          CITY, COUNTY, TOWNSHIP or VILLAGE
 * @param previousName  the name before a rename, else null
 * @param retiredOn     business date (Asia/Shanghai) from which no new record may name the code; null while active
 * @param successorCode the code that replaces a retired one, when the upload showed a move; else null
 * @param revision      project-service's directory revision that made this change (1, 2, ...)
 */
public record RegionChangedV1(
        String code,
        String change,
        String name,
        String previousName,
        String parentCode,
        String tier,
        boolean functionalZone,
        String pinyin,
        String initials,
        boolean active,
        LocalDate retiredOn,
        String successorCode,
        long revision,
        String uploadId,
        Instant changedAt) {
}
