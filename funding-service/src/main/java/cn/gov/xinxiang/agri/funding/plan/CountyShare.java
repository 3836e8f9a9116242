package cn.gov.xinxiang.agri.funding.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A county's share of a plan. {@code allocated} changes only under a pessimistic row lock
 * (see {@code AllocationService}), which is what keeps concurrent allocations from overspending.
 */
@Entity
@Table(name = "county_share")
@IdClass(CountyShare.Key.class)
public class CountyShare extends PlannedShare {

    @Id
    public UUID planId;

    @Id
    public String countyCode;

    public BigDecimal allocated;

    public BigDecimal headroom() {
        return amount.subtract(allocated);
    }

    /** The share as a rule reads it: county, amount, use split. */
    public PlanRules.ShareLine line() {
        return new PlanRules.ShareLine(countyCode, amount, uses());
    }

    public static class Key implements Serializable {
        public UUID planId;
        public String countyCode;

        public Key() {
        }

        public Key(UUID planId, String countyCode) {
            this.planId = planId;
            this.countyCode = countyCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && Objects.equals(countyCode, k.countyCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, countyCode);
        }
    }
}
