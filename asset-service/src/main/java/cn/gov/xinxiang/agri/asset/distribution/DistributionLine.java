package cn.gov.xinxiang.agri.asset.distribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Immutable
@Table(name = "distribution_line")
public class DistributionLine extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "distribution_id", nullable = false)
    public UUID distributionId;
    @Column(name = "version_no", nullable = false)
    public int versionNo;
    @Column(name = "line_no", nullable = false)
    public int lineNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineKind kind;
    @Column(name = "household_id")
    public UUID householdId;
    @Enumerated(EnumType.STRING)
    @Column(name = "use_code")
    public DistributionUse use;
    @Column(nullable = false)
    public BigDecimal amount;
    @Column(name = "work_description")
    public String workDescription;
    @Column(name = "work_days")
    public BigDecimal workDays;
    public String note;
}
