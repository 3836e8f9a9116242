package cn.gov.xinxiang.agri.evaluation.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public SubjectType subjectType;

    public String subjectId;

    public String subjectName;

    public String regionCode;

    public int fiscalYear;

    public int versionNo;

    @Enumerated(EnumType.STRING)
    public Status status;

    public BigDecimal score;

    public String grade;

    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public String differences;

    public UUID previousId;

    public String createdBy;

    public Instant createdAt;

    public Instant publishedAt;

    public String publishedBy;

    /** sha-256 of the evidence as computed (asOf excluded): equal fingerprints, equal inputs. */
    public String inputsFingerprint;

    public BigDecimal coveragePercent;

    public UUID supersededBy;

    public Instant supersededAt;

    /** Set when an input this published evaluation read changed afterwards; cleared when a verification finds it unchanged. */
    public Instant staleSince;

    public String staleReason;

    @Version
    public long version;
}
