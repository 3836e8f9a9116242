package cn.gov.xinxiang.agri.contracts.asset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A village's collective industry income for one period was distributed (收益分配).
 *
 * @param targetAmount paid to poverty-alleviated and monitored households (work pay and basic guarantee)
 * @param targetShare  targetAmount / income, as a fraction
 */
public record DistributionRecordedV1(
        String distributionId,
        String villageCode,
        String period,
        BigDecimal income,
        BigDecimal targetAmount,
        BigDecimal targetShare,
        BigDecimal workPayAmount,
        BigDecimal guaranteeAmount,
        BigDecimal permittedUseAmount,
        int householdsPaid,
        Instant recordedAt) {
}
