package cn.gov.xinxiang.agri.contracts.craftsman;

import java.time.Instant;

/**
 * A rural craftsman's recognition: CITY (市级乡村工匠), PROVINCIAL_MASTER (省级乡村工匠名师) or
 * NATIONAL_MASTER_RECOMMENDED (被省推荐的国家级乡村工匠名师), with the craft, the industry they drive and the
 * households they employ.
 */
public record CraftsmanRecognisedV1(
        String craftsmanId,
        String name,
        String level,
        String craft,
        String regionCode,
        String countyCode,
        String industry,
        int householdsEmployed,
        int yearRecognised,
        String recordedBy,
        Instant recordedAt) {
}
