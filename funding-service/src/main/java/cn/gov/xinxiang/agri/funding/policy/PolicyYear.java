package cn.gov.xinxiang.agri.funding.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The policy parameters of one fiscal year, each with the document it comes from. */
@Entity
@Table(name = "policy_year")
public class PolicyYear extends PanacheEntityBase {

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "industry_share_floor", nullable = false)
    public BigDecimal industryShareFloor;
    @Column(name = "industry_share_floor_source", nullable = false)
    public String industryShareFloorSource;

    @Column(name = "leading_share_floor", nullable = false)
    public BigDecimal leadingShareFloor;
    @Column(name = "leading_share_floor_source", nullable = false)
    public String leadingShareFloorSource;

    @Column(name = "bank_benchmark_rate", nullable = false)
    public BigDecimal bankBenchmarkRate;
    @Column(name = "bank_benchmark_rate_source", nullable = false)
    public String bankBenchmarkRateSource;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "negative_use", joinColumns = @JoinColumn(name = "fiscal_year"))
    public List<NegativeUse> negativeList = new ArrayList<>();

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean forbids(String purposeCode) {
        return negativeList.stream().anyMatch(n -> n.code.equals(purposeCode));
    }

    @Embeddable
    public static class NegativeUse {
        @Column(nullable = false)
        public String code;
        @Column(nullable = false)
        public String label;
        @Column(name = "source_document", nullable = false)
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
