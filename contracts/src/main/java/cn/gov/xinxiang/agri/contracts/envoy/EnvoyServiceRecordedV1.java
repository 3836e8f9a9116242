package cn.gov.xinxiang.agri.contracts.envoy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An envoy's service record: on a date, a topic of technical guidance, the households it reached, and
 * where (one of the envoy's villages and, when the service was for one, one of the envoy's projects).
 */
public record EnvoyServiceRecordedV1(
        String serviceId,
        String envoyId,
        String countyCode,
        LocalDate servedOn,
        String topic,
        int householdsReached,
        String villageCode,
        String projectId,
        String recordedBy,
        Instant recordedAt) {
}
