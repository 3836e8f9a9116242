package cn.gov.xinxiang.agri.asset.distribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A recorded distribution; once recorded it is history and is not edited. */
@Entity
@Immutable
@Table(name = "distribution")
public class Distribution extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "village_code", nullable = false)
    public String villageCode;
    @Column(nullable = false)
    public String period;
    @Column(nullable = false)
    public BigDecimal income;
    @Column(name = "target_amount", nullable = false)
    public BigDecimal targetAmount;
    @Column(name = "target_share", nullable = false)
    public BigDecimal targetShare;
    @Column(name = "min_target_share", nullable = false)
    public BigDecimal minTargetShare;
    @Column(name = "work_pay_amount", nullable = false)
    public BigDecimal workPayAmount;
    @Column(name = "guarantee_amount", nullable = false)
    public BigDecimal guaranteeAmount;
    @Column(name = "permitted_use_amount", nullable = false)
    public BigDecimal permittedUseAmount;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
