package cn.gov.xinxiang.agri.contracts.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project's actual results for one year: per farmer-linking mechanism, the households actually
 * linked and the income they received (yuan, total of the year). A later report for the same project
 * and year replaces the earlier one.
 */
public record ProjectResultsReportedV1(
        String projectId,
        String code,
        String regionCode,
        String countyCode,
        int year,
        List<MechanismResult> mechanisms,
        String reportedBy,
        Instant reportedAt) {

    public record MechanismResult(String type, int linkedPovertyAlleviated, int linkedMonitored, int linkedOther,
                                  BigDecimal incomeReceived) {
    }
}
