package cn.gov.xinxiang.agri.contracts.project;

import java.time.Instant;

/** The village submitted the project to its township (村申报). {@code resubmission} after a return. */
public record ProjectSubmittedV1(
        String projectId,
        String code,
        String name,
        int fiscalYear,
        String regionCode,
        int distinctMechanisms,
        boolean resubmission,
        String submittedBy,
        Instant submittedAt) {
}
