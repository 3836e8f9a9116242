package cn.gov.xinxiang.agri.funding.plan;

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

    public int fiscalYear;

    /** The city the plan belongs to; region-scoped reads filter on it like on any other row. */
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    public String justification;
    public String justifiedBy;
    public Instant justifiedAt;

    public String publishedBy;
    public Instant publishedAt;

    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;

    /** The plan version this row shows: 0 while a draft, 1 as published, one more per amendment (调整). */
    public int planVersion;

    /** The documents (下达文号) that issued an imported past plan; null for plans drawn up here. */
    public String sourceDocument;

    /** The import job that brought the plan in (past plans only), and the digest of its lines for re-imports. */
    public UUID importJobId;
    public String importDigest;

    @Version
    public long version;

    public BigDecimal total() {
        return figures().total();
    }
}
