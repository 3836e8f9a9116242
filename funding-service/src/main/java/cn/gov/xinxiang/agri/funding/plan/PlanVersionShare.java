package cn.gov.xinxiang.agri.funding.plan;

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
    public UUID planId;

    @Id
    public int versionNo;

    @Id
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
