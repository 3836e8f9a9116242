package cn.gov.xinxiang.agri.contracts.demovillage;

import java.time.Instant;
import java.util.List;

/**
 * A designation of a village as a demonstration village.
 *
 * @param kind          WELLNESS (康养示范村) and the other kinds of demonstration-village-kinds
 * @param issuingLevel  NATIONAL, PROVINCIAL, CITY or COUNTY: who designated it
 * @param projectIds    the village's projects that qualify for the library because of the designation
 */
public record DemonstrationVillageDesignatedV1(
        String designationId,
        String villageCode,
        String countyCode,
        String kind,
        String issuingLevel,
        int yearDesignated,
        List<String> projectIds,
        String recordedBy,
        Instant recordedAt) {
}
