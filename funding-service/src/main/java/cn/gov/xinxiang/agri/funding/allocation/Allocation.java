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

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "county_code", nullable = false)
    public String countyCode;

    /** The project's implementing region: region-scoped reads filter on it. */
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "use_code", nullable = false)
    public FundUse use;

    @Column(name = "purpose_code", nullable = false)
    public String purposeCode;

    @Column(name = "leading_industry", nullable = false)
    public boolean leadingIndustry;

    @Column(name = "original_amount", nullable = false)
    public BigDecimal originalAmount;

    /** What the allocation holds now: the original amount, or after revocation what was already disbursed. */
    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public BigDecimal disbursed;

    @Column(nullable = false)
    public BigDecimal expended;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AllocationStatus status;

    @Column(name = "revoked_amount")
    public BigDecimal revokedAmount;
    @Column(name = "revocation_reason")
    public String revocationReason;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Where the allocation's money stands, for its rules. */
    public AllocationRules.Account account() {
        return new AllocationRules.Account(id, projectId, fiscalYear, countyCode, status, amount, disbursed, expended);
    }
}
