package cn.gov.xinxiang.agri.contracts.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project entered the project library (入库) after its public notice. Only library projects may
 * receive funds: funding-service keeps its own list of these.
 */
public record ProjectAdmittedV1(
        String projectId,
        String code,
        String name,
        int fiscalYear,
        String regionCode,
        String countyCode,
        String industryCategory,
        boolean leadingIndustry,
        String leadingIndustryCode,
        BigDecimal totalInvestment,
        BigDecimal linkageFundsRequested,
        List<Mechanism> mechanisms,
        Instant admittedAt) {

    /** A farmer-linking mechanism as planned at admission. */
    public record Mechanism(String type, int plannedPovertyAlleviated, int plannedMonitored, int plannedOther,
                            BigDecimal expectedIncomePerHousehold) {
    }
}
