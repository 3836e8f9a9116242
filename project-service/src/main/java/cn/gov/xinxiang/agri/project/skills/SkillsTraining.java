package cn.gov.xinxiang.agri.project.skills;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String name;
    public String countyCode;
    public int year;
    public String organiser;
    public String createdBy;
    public Instant createdAt;
    @Version
    public long version;
}
