package cn.gov.xinxiang.agri.funding.plan;


import java.math.BigDecimal;

/** A plan's money: where it comes from and what it is planned for, in yuan. */
public record PlanFigures(BigDecimal central, BigDecimal provincial, BigDecimal city, BigDecimal county,
                          BigDecimal industryDevelopment, BigDecimal leadingIndustry, BigDecimal infrastructure,
                          BigDecimal employment, BigDecimal other) {

    public BigDecimal total() {
        return central.add(provincial).add(city).add(county);
    }

    /** What the plan plans for a use. */
    public BigDecimal planned(FundUse use) {
        return switch (use) {
            case INDUSTRY_DEVELOPMENT -> industryDevelopment;
            case INFRASTRUCTURE -> infrastructure;
            case EMPLOYMENT -> employment;
            case OTHER -> other;
        };
    }

    public BigDecimal usesTotal() {
        return industryDevelopment.add(infrastructure).add(employment).add(other);
    }
}
