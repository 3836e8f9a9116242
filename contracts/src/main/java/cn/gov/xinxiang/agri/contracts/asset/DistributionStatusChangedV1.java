package cn.gov.xinxiang.agri.contracts.asset;

import cn.gov.xinxiang.agri.contracts.Correction;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step of a village's distribution of collective industry income (收益分配) for a period: the village
 * proposes, the township reviews, the county approves, the village publishes; the township or county may
 * return it with a reason, and the village corrects it as a new version. Every step carries the amounts
 * of the version it concerns, so a consumer can keep the current state from these events alone. Only a
 * PUBLISHED distribution is final (counted by evaluations).
 *
 * @param step             PROPOSED, CORRECTED, TOWNSHIP_REVIEWED, RETURNED, APPROVED or PUBLISHED
 * @param status           the distribution's status after the step: PROPOSED, TOWNSHIP_REVIEWED, RETURNED, APPROVED or PUBLISHED
 * @param version          the content version the step concerns (a correction makes a new one)
 * @param recordedIncome   the income recorded in the period's inventories of the village's operating assets
 * @param incomeDifference income - recordedIncome; a non-zero difference has {@code incomeDifferenceNote}
 * @param targetAmount     paid to poverty-alleviated and monitored households (work pay and basic guarantee)
 * @param targetShare      targetAmount / income, as a fraction
 * @param reason           the reason of a return, or the comment of a review; null otherwise
 * @param byTier           the tier of the user who took the step
 * @param correction       on a CORRECTED step: which version it corrects, why and by whom
 */
public record DistributionStatusChangedV1(
        String distributionId,
        String villageCode,
        String period,
        String step,
        String status,
        int version,
        BigDecimal income,
        BigDecimal recordedIncome,
        BigDecimal incomeDifference,
        String incomeDifferenceNote,
        BigDecimal targetAmount,
        BigDecimal targetShare,
        BigDecimal minTargetShare,
        BigDecimal workPayAmount,
        BigDecimal guaranteeAmount,
        BigDecimal permittedUseAmount,
        int householdsPaid,
        String reason,
        String by,
        String byTier,
        Instant at,
        @JsonInclude(JsonInclude.Include.NON_NULL) Correction correction) {
}
