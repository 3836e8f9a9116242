package cn.gov.xinxiang.agri.funding.summary;

import cn.gov.xinxiang.agri.funding.policy.Shares;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * Money figures of a project, county or region. Totals are sums of the exact amounts below them, and
 * rates are computed from those totals (never averaged), so every tier adds up.
 */
@Schema(name = "FundFigures")
public record Figures(@Schema(examples = "3500000.00") BigDecimal allocated,
                      BigDecimal industryDevelopment, BigDecimal leadingIndustry,
                      BigDecimal disbursed, BigDecimal expended,
                      @Schema(examples = "57.1%") String disbursementRate,
                      @Schema(examples = "28.6%") String executionRate) {

    public static final Figures ZERO = of(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    public static Figures of(BigDecimal allocated, BigDecimal industry, BigDecimal leading, BigDecimal disbursed, BigDecimal expended) {
        return new Figures(allocated, industry, leading, disbursed, expended,
                Shares.display(disbursed, allocated), Shares.display(expended, allocated));
    }

    public Figures plus(Figures o) {
        return of(allocated.add(o.allocated), industryDevelopment.add(o.industryDevelopment), leadingIndustry.add(o.leadingIndustry),
                disbursed.add(o.disbursed), expended.add(o.expended));
    }
}
