package cn.gov.xinxiang.agri.evaluation.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One version of an evaluation of a subject for a year. Published versions are never updated. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    /** SUPERSEDED: a later version of the same subject and year was published; this one stays readable as it was. */
    public enum Status { DRAFT, PUBLISHED, SUPERSEDED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public SubjectType subjectType;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "version_no")
    public int versionNo;

    @Enumerated(EnumType.STRING)
    public Status status;

    public BigDecimal score;

    public String grade;

    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public String differences;

    @Column(name = "previous_id")
    public UUID previousId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** sha-256 of the evidence as computed (asOf excluded): equal fingerprints, equal inputs. */
    @Column(name = "inputs_fingerprint")
    public String inputsFingerprint;

    @Column(name = "coverage_percent")
    public BigDecimal coveragePercent;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    /** Set when an input this published evaluation read changed afterwards; cleared when a verification finds it unchanged. */
    @Column(name = "stale_since")
    public Instant staleSince;

    @Column(name = "stale_reason")
    public String staleReason;

    @Version
    public long version;
}
