package cn.gov.xinxiang.agri.contracts.demovillage;

import java.time.Instant;
import java.util.List;

/** The projects that qualify for the library because of a designation, as they are now. */
public record DemonstrationVillageProjectsChangedV1(
        String designationId,
        String villageCode,
        String countyCode,
        String kind,
        String issuingLevel,
        List<String> projectIds,
        String changedBy,
        Instant changedAt) {
}
