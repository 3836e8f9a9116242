package cn.gov.xinxiang.agri.contracts.funding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Linkage funds were allocated to a library project. project-service marks the project in progress
 * on the first one.
 *
 * @param use INDUSTRY_DEVELOPMENT, INFRASTRUCTURE, EMPLOYMENT or OTHER
 */
public record AllocationMadeV1(
        String allocationId,
        String planId,
        int fiscalYear,
        String projectId,
        String countyCode,
        String use,
        BigDecimal amount,
        boolean leadingIndustry,
        Instant allocatedAt) {
}
