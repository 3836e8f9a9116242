package cn.gov.xinxiang.agri.project.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String creditCode;
    public String name;
    @Enumerated(EnumType.STRING)
    public EntityKind kind;
    @Enumerated(EnumType.STRING)
    public EnterpriseLevel level;
    public String regionCode;
    public String countyCode;
    public String leadingIndustryCode;
    public int versionNo;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
}
