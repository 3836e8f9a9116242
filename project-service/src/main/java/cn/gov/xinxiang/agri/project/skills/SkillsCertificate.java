package cn.gov.xinxiang.agri.project.skills;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID householdId;
    public String householdNo;
    public String villageCode;
    public String countyCode;
    public String personName;
    public String idNumberMasked;
    @Enumerated(EnumType.STRING)
    public CertificateKind kind;
    @Enumerated(EnumType.STRING)
    public CertificateLevel level;
    public String issuer;
    public String certificateNo;
    public LocalDate issuedOn;
    public int year;
    public UUID trainingId;
    public UUID importJobId;
    public String digest;
    public String createdBy;
    public Instant createdAt;

    /** Never print the ID number, not even masked. */
    @Override
    public String toString() {
        return "SkillsCertificate[" + id + "]";
    }
}
