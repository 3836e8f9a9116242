package cn.gov.xinxiang.agri.contracts.envoy;

import java.time.Instant;
import java.util.List;

/** The projects and villages an envoy serves, as they are now (replacing those of the registration or the last change). */
public record EnvoyAssignmentsChangedV1(
        String envoyId,
        String countyCode,
        int year,
        List<String> projectIds,
        List<String> villageCodes,
        String changedBy,
        Instant changedAt) {
}
