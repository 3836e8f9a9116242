package cn.gov.xinxiang.agri.contracts.project;

import java.time.Instant;

/** A reviewer returned the project to the tier below with its reasons. */
public record ProjectReturnedV1(
        String projectId,
        String code,
        String regionCode,
        String fromStatus,
        String toStatus,
        String reason,
        String returnedBy,
        String returnerRole,
        Instant returnedAt) {
}
