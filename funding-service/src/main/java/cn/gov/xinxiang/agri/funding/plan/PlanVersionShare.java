package cn.gov.xinxiang.agri.funding.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A county's share in one version of a plan, as that version planned it. */
@Entity
@Table(name = "plan_version_share")
@IdClass(PlanVersionShare.Key.class)
public class PlanVersionShare extends PlannedShare {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    @Column(name = "version_no")
    public int versionNo;

    @Id
    @Column(name = "county_code")
    public String countyCode;

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
