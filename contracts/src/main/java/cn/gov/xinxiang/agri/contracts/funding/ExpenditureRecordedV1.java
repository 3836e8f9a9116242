package cn.gov.xinxiang.agri.contracts.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Disbursed money of an allocation was spent (支出) by the project; never more than was disbursed. */
public record ExpenditureRecordedV1(
        String expenditureId,
        String allocationId,
        String projectId,
        int fiscalYear,
        String countyCode,
        BigDecimal amount,
        BigDecimal totalExpended,
        LocalDate spentOn,
        Instant recordedAt) {
}
