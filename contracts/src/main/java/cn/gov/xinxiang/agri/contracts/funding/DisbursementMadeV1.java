package cn.gov.xinxiang.agri.contracts.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money of an allocation was disbursed (拨付) to the project; never more than the allocation in total. */
public record DisbursementMadeV1(
        String disbursementId,
        String allocationId,
        String projectId,
        int fiscalYear,
        String countyCode,
        BigDecimal amount,
        BigDecimal totalDisbursed,
        LocalDate disbursedOn,
        Instant recordedAt) {
}
