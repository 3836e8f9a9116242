package cn.gov.xinxiang.agri.contracts.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The city published a fiscal year's linkage-fund plan. Amounts in yuan. Shares are not sent:
 * consumers compute them from the amounts, so nobody depends on a rounding choice.
 *
 * @param justification the city's recorded reason for publishing below a policy floor, or null
 */
public record PlanPublishedV1(
        String planId,
        int fiscalYear,
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
        String justification,
        List<CountyShare> countyShares,
        String publishedBy,
        Instant publishedAt) {

    public record CountyShare(String countyCode, BigDecimal amount) {
    }
}
