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
    public UUID assetId;
    public String tier;
    public String regionCode;
    public String fromUnit;
    public String fromPerson;
    public String toUnit;
    public String toPerson;
    /** The account of the receiving person: only they can accept or refuse. */
    public String toSubject;
    public String note;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public String proposedBy;
    public Instant proposedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String refusalReason;
    @Version
    public long version;
}
