package cn.gov.xinxiang.agri.project.skills;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A skills training programme (技能培训) of a county and year, run with the human-resources department. */
@Entity
@Table(name = "skills_training")
public class SkillsTraining extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(name = "county_code", nullable = false)
    public String countyCode;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String organiser;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
}
