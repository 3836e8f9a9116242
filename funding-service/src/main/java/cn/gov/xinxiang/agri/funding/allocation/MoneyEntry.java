package cn.gov.xinxiang.agri.funding.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID allocationId;
    public BigDecimal amount;
    public String recordedBy;
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
