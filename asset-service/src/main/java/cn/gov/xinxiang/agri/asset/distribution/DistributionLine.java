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
    public UUID distributionId;
    public int versionNo;
    public int lineNo;
    @Enumerated(EnumType.STRING)
    public LineKind kind;
    public UUID householdId;
    @Enumerated(EnumType.STRING)
    @Column(name = "use_code")
    public DistributionUse use;
    public BigDecimal amount;
    public String workDescription;
    public BigDecimal workDays;
    public String note;
}
