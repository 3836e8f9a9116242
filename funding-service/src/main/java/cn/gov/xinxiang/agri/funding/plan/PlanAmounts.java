package cn.gov.xinxiang.agri.funding.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;

/**
 * A plan's money as stored, the same nine columns on the plan row and on each of its versions: where it comes from
 * and what it is planned for, in yuan.
 */
@MappedSuperclass
public abstract class PlanAmounts extends PanacheEntityBase {

    @Column(name = "central_amount", nullable = false)
    public BigDecimal centralAmount;
    @Column(name = "provincial_amount", nullable = false)
    public BigDecimal provincialAmount;
    @Column(name = "city_amount", nullable = false)
    public BigDecimal cityAmount;
    @Column(name = "county_amount", nullable = false)
    public BigDecimal countyAmount;

    @Column(name = "planned_industry", nullable = false)
    public BigDecimal plannedIndustry;
    @Column(name = "planned_leading", nullable = false)
    public BigDecimal plannedLeading;
    @Column(name = "planned_infrastructure", nullable = false)
    public BigDecimal plannedInfrastructure;
    @Column(name = "planned_employment", nullable = false)
    public BigDecimal plannedEmployment;
    @Column(name = "planned_other", nullable = false)
    public BigDecimal plannedOther;

    public PlanFigures figures() {
        return new PlanFigures(centralAmount, provincialAmount, cityAmount, countyAmount,
                plannedIndustry, plannedLeading, plannedInfrastructure, plannedEmployment, plannedOther);
    }

    /** Takes these figures as the stored ones. */
    public void apply(PlanFigures f) {
        centralAmount = f.central();
        provincialAmount = f.provincial();
        cityAmount = f.city();
        countyAmount = f.county();
        plannedIndustry = f.industryDevelopment();
        plannedLeading = f.leadingIndustry();
        plannedInfrastructure = f.infrastructure();
        plannedEmployment = f.employment();
        plannedOther = f.other();
    }
}
