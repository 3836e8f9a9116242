package cn.gov.xinxiang.agri.project.demovillage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A village's designation as a demonstration village of a kind, by a level, in a year. */
@Entity
@Table(name = "demonstration_village")
public class DemonstrationVillage extends PanacheEntityBase {
    @Id
    public UUID id;
    public String villageCode;
    public String countyCode;
    @Enumerated(EnumType.STRING)
    public DemonstrationKind kind;
    @Enumerated(EnumType.STRING)
    public IssuingLevel issuingLevel;
    public int yearDesignated;
    public String createdBy;
    public Instant createdAt;
    @Version
    public long version;

    /** The village's projects that qualify for the library because of the designation; lists load them in batches. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "demonstration_village_project", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "project_id")
    public Set<UUID> projectIds = new LinkedHashSet<>();
}
