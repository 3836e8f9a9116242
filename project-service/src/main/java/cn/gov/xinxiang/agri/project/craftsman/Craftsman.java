package cn.gov.xinxiang.agri.project.craftsman;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One recognition of a rural craftsman (乡村工匠): a person recognised at a level in a year. */
@Entity
@Table(name = "craftsman")
public class Craftsman extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public CraftsmanLevel level;
    public String craft;
    public String regionCode;
    public String countyCode;
    public String industry;
    public int householdsEmployed;
    public int yearRecognised;
    public String createdBy;
    public Instant createdAt;
    @Version
    public long version;
}
