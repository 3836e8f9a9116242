package cn.gov.xinxiang.agri.funding.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;

/**
 * A plan's money as stored, the same nine columns on the plan row and on each of its versions: where it comes from
 * and what it is planned for, in yuan.
 */
@MappedSuperclass
public abstract class PlanAmounts extends PanacheEntityBase {

    public BigDecimal centralAmount;
    public BigDecimal provincialAmount;
    public BigDecimal cityAmount;
    public BigDecimal countyAmount;

    public BigDecimal plannedIndustry;
    public BigDecimal plannedLeading;
    public BigDecimal plannedInfrastructure;
    public BigDecimal plannedEmployment;
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
