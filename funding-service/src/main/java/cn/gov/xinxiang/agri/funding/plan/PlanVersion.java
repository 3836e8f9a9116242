package cn.gov.xinxiang.agri.funding.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a published plan as it was made: version 1 is the publication, each amendment (调整)
 * adds the next with its reason. Never changed once written.
 */
@Entity
@Table(name = "plan_version")
@IdClass(PlanVersion.Key.class)
public class PlanVersion extends PlanAmounts {

    public static final String PUBLICATION = "PUBLICATION";
    public static final String AMENDMENT = "AMENDMENT";

    @Id
    public UUID planId;

    @Id
    public int versionNo;

    public String kind;
    public String reason;
    /** The rules the version breaks (slugs of {@link PlanRules.Breach}), comma separated; empty when none. */
    public String breaches;
    public String justification;
    public String justifiedBy;
    public Instant justifiedAt;
    public String madeBy;
    public Instant madeAt;

    public List<String> breachList() {
        return breaches == null || breaches.isEmpty() ? List.of() : Arrays.asList(breaches.split(","));
    }

    public static class Key implements Serializable {
        public UUID planId;
        public int versionNo;

        public Key() {
        }

        public Key(UUID planId, int versionNo) {
            this.planId = planId;
            this.versionNo = versionNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && versionNo == k.versionNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, versionNo);
        }
    }
}
