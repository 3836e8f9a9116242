package cn.gov.xinxiang.agri.asset.distribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "village_code", nullable = false)
    public String villageCode;
    @Column(nullable = false)
    public String period;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DistributionProcedure.Status status;
    @Column(name = "version_no", nullable = false)
    public int versionNo;
    /** Optimistic lock; the ETag. */
    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
    @Column(nullable = false)
    public BigDecimal income;
    @Column(name = "recorded_income")
    public BigDecimal recordedIncome;
    @Column(name = "income_difference_note")
    public String incomeDifferenceNote;
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
    /** Who proposed or corrected the current version, and when. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "review_comment")
    public String reviewComment;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "returned_reason")
    public String returnedReason;
    @Column(name = "returned_by")
    public String returnedBy;
    @Column(name = "returned_tier")
    public String returnedTier;
    @Column(name = "returned_at")
    public Instant returnedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** The version the village sees posted; stays while a correction of it goes through the procedure. */
    @Column(name = "published_version_no")
    public Integer publishedVersionNo;
}
