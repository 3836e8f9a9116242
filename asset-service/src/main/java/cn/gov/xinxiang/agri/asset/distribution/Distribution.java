package cn.gov.xinxiang.agri.asset.distribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A village's distribution for one period, at its current version and status. The content of every
 * version (current and earlier) is in {@code record_version}; the lines of each version in
 * {@code distribution_line}. Content changes only by a correction (a new version).
 */
@Entity
@Table(name = "distribution")
public class Distribution extends PanacheEntityBase {
    @Id
    public UUID id;
    public String villageCode;
    public String period;
    @Enumerated(EnumType.STRING)
    public DistributionProcedure.Status status;
    public int versionNo;
    /** Optimistic lock; the ETag. */
    @Version
    public long rowVersion;
    public BigDecimal income;
    public BigDecimal recordedIncome;
    public String incomeDifferenceNote;
    public BigDecimal targetAmount;
    public BigDecimal targetShare;
    public BigDecimal minTargetShare;
    public BigDecimal workPayAmount;
    public BigDecimal guaranteeAmount;
    public BigDecimal permittedUseAmount;
    /** Who proposed or corrected the current version, and when. */
    public String recordedBy;
    public Instant recordedAt;
    public String reviewComment;
    public String reviewedBy;
    public Instant reviewedAt;
    public String returnedReason;
    public String returnedBy;
    public String returnedTier;
    public Instant returnedAt;
    public String approvedBy;
    public Instant approvedAt;
    public String publishedBy;
    public Instant publishedAt;
    /** The version the village sees posted; stays while a correction of it goes through the procedure. */
    public Integer publishedVersionNo;
}
