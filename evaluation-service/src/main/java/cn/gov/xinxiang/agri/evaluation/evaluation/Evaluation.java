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

    public enum Status { DRAFT, PUBLISHED }

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

    @Version
    public long version;
}
