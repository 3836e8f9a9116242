package cn.gov.xinxiang.agri.funding.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID projectId;

    public String code;

    public String name;

    public int fiscalYear;

    public String regionCode;

    public String countyCode;

    public String industryCategory;

    public boolean leadingIndustry;

    public String leadingIndustryCode;

    public Instant admittedAt;

    public String lastEventId;
}
