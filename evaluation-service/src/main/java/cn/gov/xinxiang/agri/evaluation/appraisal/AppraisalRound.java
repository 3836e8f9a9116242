package cn.gov.xinxiang.agri.evaluation.appraisal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An on-site appraisal round (观摩评比). Criteria, judges and score sheets hang off it. */
@Entity
@Table(name = "appraisal_round")
public class AppraisalRound extends PanacheEntityBase {

    public enum Status { OPEN, PUBLISHED }

    @Id
    public UUID id;

    public int fiscalYear;

    public String name;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String createdBy;

    public Instant createdAt;

    public Instant publishedAt;

    @Version
    public long version;
}
