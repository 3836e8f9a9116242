package cn.gov.xinxiang.agri.asset.batch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One classification decision; decisions are kept, a new one never overwrites an old one. */
@Entity
@Immutable
@Table(name = "batch_decision")
public class BatchDecision extends PanacheEntityBase {
    @Id
    public UUID id;
    /** Assigned by the database; orders rows written in the same instant. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "asset_id", nullable = false)
    public UUID assetId;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_batch")
    public Batch proposedBatch;
    @Column(name = "proposal_reason", nullable = false)
    public String proposalReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Batch batch;
    @Column(nullable = false)
    public String measures;
    @Column(nullable = false)
    public String reasons;
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
