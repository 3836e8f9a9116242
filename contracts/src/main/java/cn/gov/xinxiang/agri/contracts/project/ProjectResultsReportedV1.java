package cn.gov.xinxiang.agri.contracts.project;

import cn.gov.xinxiang.agri.contracts.Correction;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project's actual results for one year: per farmer-linking mechanism, the households actually
 * linked and the income they received (yuan, total of the year). A later version for the same project
 * and year (a correction, with its {@code correction} block) replaces the earlier one.
 *
 * @param version    the year's results version (absent in events from before corrections = 1)
 * @param correction on a corrected version: which version it corrects, why and by whom; absent on version 1
 */
public record ProjectResultsReportedV1(
        String projectId,
        String code,
        String regionCode,
        String countyCode,
        int year,
        List<MechanismResult> mechanisms,
        String reportedBy,
        Instant reportedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Correction correction) {

    /** A first report, as events were before corrections existed. */
    public ProjectResultsReportedV1(String projectId, String code, String regionCode, String countyCode, int year,
                                    List<MechanismResult> mechanisms, String reportedBy, Instant reportedAt) {
        this(projectId, code, regionCode, countyCode, year, mechanisms, reportedBy, reportedAt, null, null);
    }

    public record MechanismResult(String type, int linkedPovertyAlleviated, int linkedMonitored, int linkedOther,
                                  BigDecimal incomeReceived) {
    }
}
