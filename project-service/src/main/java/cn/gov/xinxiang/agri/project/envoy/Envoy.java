package cn.gov.xinxiang.agri.project.envoy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A science and technology envoy (科技特派员) serving a county in a year, with the projects and villages served. */
@Entity
@Table(name = "envoy")
public class Envoy extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String organisation;
    public String speciality;
    public String countyCode;
    public int year;
    public String createdBy;
    public Instant createdAt;
    @Version
    public long version;

    // lists load the links of a page's envoys in batches, not one query per envoy
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "envoy_project", joinColumns = @JoinColumn(name = "envoy_id"))
    @Column(name = "project_id")
    public Set<UUID> projectIds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "envoy_village", joinColumns = @JoinColumn(name = "envoy_id"))
    @Column(name = "village_code")
    public Set<String> villageCodes = new LinkedHashSet<>();
}
