package cn.gov.xinxiang.agri.asset.custody;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A change of custody at one tier: proposed by the giver, accepted or refused by the receiver. */
@Entity
@Table(name = "custody_handover")
public class Handover extends PanacheEntityBase {

    public enum Status { PROPOSED, ACCEPTED, REFUSED }

    @Id
    public UUID id;
    /** Assigned by the database; orders rows written in the same instant. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "asset_id", nullable = false)
    public UUID assetId;
    @Column(nullable = false)
    public String tier;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(name = "from_unit", nullable = false)
    public String fromUnit;
    @Column(name = "from_person", nullable = false)
    public String fromPerson;
    @Column(name = "to_unit", nullable = false)
    public String toUnit;
    @Column(name = "to_person", nullable = false)
    public String toPerson;
    /** The account of the receiving person: only they can accept or refuse. */
    @Column(name = "to_subject", nullable = false)
    public String toSubject;
    public String note;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "refusal_reason")
    public String refusalReason;
    @Version
    public long version;
}
