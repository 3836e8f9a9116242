package cn.gov.xinxiang.agri.project.craftsman;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CraftsmanLevel level;
    @Column(nullable = false)
    public String craft;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(name = "county_code", nullable = false)
    public String countyCode;
    @Column(nullable = false)
    public String industry;
    @Column(name = "households_employed", nullable = false)
    public int householdsEmployed;
    @Column(name = "year_recognised", nullable = false)
    public int yearRecognised;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
}
