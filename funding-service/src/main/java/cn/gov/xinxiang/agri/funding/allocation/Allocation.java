package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.funding.plan.FundUse;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Linkage funds from a county's share of a plan, for one library project and one use. */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID planId;

    public int fiscalYear;

    public UUID projectId;

    public String countyCode;

    /** The project's implementing region: region-scoped reads filter on it. */
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "use_code")
    public FundUse use;

    public String purposeCode;

    public boolean leadingIndustry;

    public BigDecimal originalAmount;

    /** What the allocation holds now: the original amount, or after revocation what was already disbursed. */
    public BigDecimal amount;

    public BigDecimal disbursed;

    public BigDecimal expended;

    @Enumerated(EnumType.STRING)
    public AllocationStatus status;

    public BigDecimal revokedAmount;
    public String revocationReason;
    public String revokedBy;
    public Instant revokedAt;

    public String createdBy;
    public Instant createdAt;

    @Version
    public long version;

    /** Where the allocation's money stands, for its rules. */
    public AllocationRules.Account account() {
        return new AllocationRules.Account(id, projectId, fiscalYear, countyCode, status, amount, disbursed, expended);
    }
}
