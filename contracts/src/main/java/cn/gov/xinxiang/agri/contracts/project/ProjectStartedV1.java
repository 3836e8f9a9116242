package cn.gov.xinxiang.agri.contracts.project;

import java.time.Instant;

/** The project received its first linkage-fund allocation and is in progress (实施中). */
public record ProjectStartedV1(
        String projectId,
        String code,
        String regionCode,
        String allocationId,
        Instant startedAt) {
}
