package cn.gov.xinxiang.agri.asset.batch;

import cn.gov.xinxiang.agri.asset.register.Batch;
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
    public UUID assetId;
    public String regionCode;
    @Enumerated(EnumType.STRING)
    public Batch proposedBatch;
    public String proposalReason;
    @Enumerated(EnumType.STRING)
    public Batch batch;
    public String measures;
    public String reasons;
    public String decidedBy;
    public Instant decidedAt;
}
