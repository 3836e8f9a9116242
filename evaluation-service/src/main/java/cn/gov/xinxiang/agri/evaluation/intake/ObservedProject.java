package cn.gov.xinxiang.agri.evaluation.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A project as evaluation-service learned it from events. */
@Entity
@Table(name = "observed_project")
public class ObservedProject extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    public String code;

    public String name;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "industry_category")
    public String industryCategory;

    public String status;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "leading_industry")
    public Boolean leadingIndustry;

    @Column(name = "total_investment")
    public java.math.BigDecimal totalInvestment;

    @Column(name = "linkage_funds_requested")
    public java.math.BigDecimal linkageFundsRequested;

    @Column(name = "admitted_at")
    public Instant admittedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "last_event_id")
    public String lastEventId;

    @Column(name = "last_event_type")
    public String lastEventType;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    /** How many events changed this row; a redelivered event must not add to it. */
    @Column(name = "events_applied")
    public int eventsApplied;
}
