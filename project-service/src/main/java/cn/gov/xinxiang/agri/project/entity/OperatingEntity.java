package cn.gov.xinxiang.agri.project.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An operating entity of the registry, keyed by its unified social credit code. {@code versionNo} is the record's
 * version (1 on registration, one more per correction) and its ETag; corrections lock the row, so two cannot both
 * pass the same If-Match.
 */
@Entity
@Table(name = "operating_entity")
public class OperatingEntity extends PanacheEntityBase {
    @Id
    @Column(name = "credit_code")
    public String creditCode;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntityKind kind;
    @Enumerated(EnumType.STRING)
    public EnterpriseLevel level;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(name = "county_code", nullable = false)
    public String countyCode;
    @Column(name = "leading_industry_code")
    public String leadingIndustryCode;
    @Column(name = "version_no", nullable = false)
    public int versionNo;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
