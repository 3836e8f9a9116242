package cn.gov.xinxiang.agri.funding.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Money of an allocation paid out to the project (拨付). Immutable once recorded. */
@Entity
@Table(name = "disbursement")
public class Disbursement extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "allocation_id", nullable = false)
    public UUID allocationId;
    @Column(nullable = false)
    public BigDecimal amount;
    @Column(name = "disbursed_on", nullable = false)
    public LocalDate disbursedOn;
    @Column(name = "voucher_no")
    public String voucherNo;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
