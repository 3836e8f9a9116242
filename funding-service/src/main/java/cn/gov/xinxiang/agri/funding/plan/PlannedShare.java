package cn.gov.xinxiang.agri.funding.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;

/**
 * A county's share as stored, the same columns on the plan's current share and on each version's: its amount and,
 * where it is broken down, what it is planned for by use (all four null when it is not).
 */
@MappedSuperclass
public abstract class PlannedShare extends PanacheEntityBase {

    public BigDecimal amount;

    public BigDecimal plannedIndustry;
    public BigDecimal plannedInfrastructure;
    public BigDecimal plannedEmployment;
    public BigDecimal plannedOther;

    /** The share's use split, or null when it has none. */
    public PlanRules.UseSplit uses() {
        return plannedIndustry == null ? null : new PlanRules.UseSplit(plannedIndustry, plannedInfrastructure, plannedEmployment, plannedOther);
    }

    /** Takes a share line's amount and use split (none: null) as the stored ones. */
    public void apply(PlanRules.ShareLine line) {
        amount = line.amount();
        PlanRules.UseSplit u = line.uses();
        plannedIndustry = u == null ? null : u.industryDevelopment();
        plannedInfrastructure = u == null ? null : u.infrastructure();
        plannedEmployment = u == null ? null : u.employment();
        plannedOther = u == null ? null : u.other();
    }
}
