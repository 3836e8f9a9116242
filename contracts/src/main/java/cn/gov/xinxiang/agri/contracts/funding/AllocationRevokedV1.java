package cn.gov.xinxiang.agri.contracts.funding;

import java.math.BigDecimal;
import java.time.Instant;

/** An allocation was revoked with a reason; its undisbursed money returns to the county's headroom. */
public record AllocationRevokedV1(
        String allocationId,
        String projectId,
        int fiscalYear,
        String countyCode,
        BigDecimal amount,
        String reason,
        Instant revokedAt) {
}
