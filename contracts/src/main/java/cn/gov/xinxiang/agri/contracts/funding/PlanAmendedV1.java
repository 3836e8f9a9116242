package cn.gov.xinxiang.agri.contracts.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The city amended (调整) a published plan: {@code version} is the plan's new version (the publication is 1),
 * and its figures replace the earlier version's wholly. Amounts in yuan; shares are not sent (consumers compute
 * them from the amounts). Same key (the plan id) as {@link PlanPublishedV1}, so a consumer sees a plan's versions
 * in order; a consumer that keeps plan figures keeps the highest version it has seen.
 *
 * @param breaches      the rules this version breaks ("industry-share-floor", "leading-share-floor", "negative-list"); empty when none
 * @param justification the city's recorded reason for breaking them, or null when it breaks none
 * @param reason        why the plan was amended
 */
public record PlanAmendedV1(
        String planId,
        int fiscalYear,
        int version,
        BigDecimal centralAmount,
        BigDecimal provincialAmount,
        BigDecimal cityAmount,
        BigDecimal countyAmount,
        BigDecimal total,
        BigDecimal industryDevelopment,
        BigDecimal leadingIndustry,
        BigDecimal infrastructure,
        BigDecimal employment,
        BigDecimal other,
        boolean belowFloor,
        List<String> breaches,
        String justification,
        String reason,
        List<CountyShare> countyShares,
        String amendedBy,
        Instant amendedAt) {

    /** @param uses the share by use, or null when the share is not broken down by use */
    public record CountyShare(String countyCode, BigDecimal amount, Uses uses) {
    }

    public record Uses(BigDecimal industryDevelopment, BigDecimal infrastructure, BigDecimal employment, BigDecimal other) {
    }
}
