package cn.gov.xinxiang.agri.funding.plan;

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

/** A fiscal year's linkage-fund plan (年度衔接资金计划), drawn up and published by the city. */
@Entity
@Table(name = "funding_plan")
public class FundingPlan extends PlanAmounts {

    @Id
    public UUID id;

    @Column(name = "fiscal_year", nullable = false, unique = true)
    public int fiscalYear;

    /** The city the plan belongs to; region-scoped reads filter on it like on any other row. */
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    public String justification;
    @Column(name = "justified_by")
    public String justifiedBy;
    @Column(name = "justified_at")
    public Instant justifiedAt;

    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The plan version this row shows: 0 while a draft, 1 as published, one more per amendment (调整). */
    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    /** The documents (下达文号) that issued an imported past plan; null for plans drawn up here. */
    @Column(name = "source_document")
    public String sourceDocument;

    /** The import job that brought the plan in (past plans only), and the digest of its lines for re-imports. */
    @Column(name = "import_job_id")
    public UUID importJobId;
    @Column(name = "import_digest")
    public String importDigest;

    @Version
    public long version;

    public BigDecimal total() {
        return figures().total();
    }
}
