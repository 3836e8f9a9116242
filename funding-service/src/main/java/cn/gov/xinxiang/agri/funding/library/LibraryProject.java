package cn.gov.xinxiang.agri.funding.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A project in the library (入库), as project-service announced it. Only these may receive funds. */
@Entity
@Table(name = "library_project")
public class LibraryProject extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    public String code;

    public String name;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "industry_category")
    public String industryCategory;

    @Column(name = "leading_industry")
    public boolean leadingIndustry;

    @Column(name = "leading_industry_code")
    public String leadingIndustryCode;

    @Column(name = "admitted_at")
    public Instant admittedAt;

    @Column(name = "last_event_id")
    public String lastEventId;
}
