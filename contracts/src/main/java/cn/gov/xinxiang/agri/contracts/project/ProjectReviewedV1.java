package cn.gov.xinxiang.agri.contracts.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reviewer moved the project one step up the intake: {@code toStatus} TOWNSHIP_REVIEWED (乡审核),
 * COUNTY_APPROVED (县审定) or IN_NOTICE (公示, with {@code noticeEndsOn}, a business date in Asia/Shanghai).
 */
public record ProjectReviewedV1(
        String projectId,
        String code,
        String regionCode,
        String fromStatus,
        String toStatus,
        String reviewedBy,
        String reviewerRole,
        String note,
        LocalDate noticeEndsOn,
        Instant reviewedAt) {
}
