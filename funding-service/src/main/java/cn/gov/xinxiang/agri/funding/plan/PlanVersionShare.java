package cn.gov.xinxiang.agri.funding.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A county's share in one version of a plan, as that version planned it. */
@Entity
@Table(name = "plan_version_share")
@IdClass(PlanVersionShare.Key.class)
public class PlanVersionShare extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    @Column(name = "version_no")
    public int versionNo;

    @Id
    @Column(name = "county_code")
    public String countyCode;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "planned_industry")
    public BigDecimal plannedIndustry;
    @Column(name = "planned_infrastructure")
    public BigDecimal plannedInfrastructure;
    @Column(name = "planned_employment")
    public BigDecimal plannedEmployment;
    @Column(name = "planned_other")
    public BigDecimal plannedOther;

    public PlanRules.UseSplit uses() {
        return plannedIndustry == null ? null : new PlanRules.UseSplit(plannedIndustry, plannedInfrastructure, plannedEmployment, plannedOther);
    }

    public static class Key implements Serializable {
        public UUID planId;
        public int versionNo;
        public String countyCode;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && versionNo == k.versionNo && Objects.equals(countyCode, k.countyCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, versionNo, countyCode);
        }
    }
}
