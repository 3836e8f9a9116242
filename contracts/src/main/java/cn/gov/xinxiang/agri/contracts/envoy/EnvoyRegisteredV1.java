package cn.gov.xinxiang.agri.contracts.envoy;

import java.time.Instant;
import java.util.List;

/**
 * A science and technology envoy (科技特派员) was registered to serve a county: the projects (ids of
 * project-service projects) and the villages (12-digit codes) they serve. Evaluation reads the project links
 * for the envoys' coverage of library projects.
 */
public record EnvoyRegisteredV1(
        String envoyId,
        String name,
        String organisation,
        String speciality,
        String countyCode,
        int year,
        List<String> projectIds,
        List<String> villageCodes,
        String registeredBy,
        Instant registeredAt) {
}
