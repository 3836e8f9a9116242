package cn.gov.xinxiang.agri.contracts.project;

import java.time.Instant;
import java.time.LocalDate;

/** Construction finished (竣工); acceptance follows. */
public record ProjectCompletedV1(
        String projectId,
        String code,
        String regionCode,
        LocalDate completedOn,
        String completedBy,
        Instant recordedAt) {
}
