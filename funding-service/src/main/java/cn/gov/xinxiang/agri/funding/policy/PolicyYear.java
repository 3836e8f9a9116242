package cn.gov.xinxiang.agri.funding.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fiscal year's own policy record: its negative list (负面清单). The floors are per-year policy parameters
 * in policy_parameter (they apply from a year on), read through {@link PolicyService#require(int)}.
 */
@Entity
@Table(name = "policy_year")
public class PolicyYear extends PanacheEntityBase {

    @Id
    public int fiscalYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "negative_use", joinColumns = @JoinColumn(name = "fiscal_year"))
    public List<NegativeUse> negativeList = new ArrayList<>();

    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;

    public boolean forbids(String purposeCode) {
        return negativeList.stream().anyMatch(n -> n.code.equals(purposeCode));
    }

    @Embeddable
    public static class NegativeUse {
        public String code;
        public String label;
        public String sourceDocument;

        public NegativeUse() {
        }

        public NegativeUse(String code, String label, String sourceDocument) {
            this.code = code;
            this.label = label;
            this.sourceDocument = sourceDocument;
        }
    }
}
