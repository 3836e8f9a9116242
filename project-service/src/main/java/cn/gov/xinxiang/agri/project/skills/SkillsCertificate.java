package cn.gov.xinxiang.agri.project.skills;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A skills certificate of one person of a household on the roster. The ID number is stored masked only, as the
 * roster masks it. Certificates are records of fact: a wrong one is not edited here (re-importing the same
 * number with other content is refused).
 */
@Entity
@Table(name = "skills_certificate")
public class SkillsCertificate extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "household_id", nullable = false)
    public UUID householdId;
    @Column(name = "household_no", nullable = false)
    public String householdNo;
    @Column(name = "village_code", nullable = false)
    public String villageCode;
    @Column(name = "county_code", nullable = false)
    public String countyCode;
    @Column(name = "person_name", nullable = false)
    public String personName;
    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateLevel level;
    @Column(nullable = false)
    public String issuer;
    @Column(name = "certificate_no", nullable = false)
    public String certificateNo;
    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;
    @Column(nullable = false)
    public int year;
    @Column(name = "training_id")
    public UUID trainingId;
    @Column(name = "import_job_id")
    public UUID importJobId;
    @Column(nullable = false)
    public String digest;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Never print the ID number, not even masked. */
    @Override
    public String toString() {
        return "SkillsCertificate[" + id + "]";
    }
}
