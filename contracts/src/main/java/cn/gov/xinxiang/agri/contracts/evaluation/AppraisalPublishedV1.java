package cn.gov.xinxiang.agri.contracts.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An on-site appraisal round (观摩评比) was closed and its ranking published. */
public record AppraisalPublishedV1(
        String roundId,
        int fiscalYear,
        String name,
        List<Ranked> ranking,
        Instant publishedAt) {

    /** @param averageScore mean of the judges' totals, 2 decimals */
    public record Ranked(int rank, String projectId, String regionCode, BigDecimal averageScore, int judges) {
    }
}
