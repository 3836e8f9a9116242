package cn.gov.xinxiang.agri.funding.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money recorded against an allocation (paid out, or spent), with who recorded it and when. Immutable once recorded. */
@MappedSuperclass
public abstract class MoneyEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "allocation_id", nullable = false)
    public UUID allocationId;
    @Column(nullable = false)
    public BigDecimal amount;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Fills in what every entry has. */
    void recorded(UUID id, UUID allocationId, BigDecimal amount, String by, Instant at) {
        this.id = id;
        this.allocationId = allocationId;
        this.amount = amount;
        this.recordedBy = by;
        this.recordedAt = at;
    }
}
