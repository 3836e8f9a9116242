package cn.gov.xinxiang.agri.contracts.project;

import java.time.Instant;

/** A village created a project draft. Schema: schemas/cn.gov.xinxiang.agri.project.drafted.v1.json */
public record ProjectDraftedV1(
        String projectId,
        String code,
        String name,
        int fiscalYear,
        String regionCode,
        String industryCategory,
        String createdBy,
        Instant createdAt) {
}
