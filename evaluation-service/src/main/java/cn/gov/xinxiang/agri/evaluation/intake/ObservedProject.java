package cn.gov.xinxiang.agri.evaluation.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID projectId;

    public String code;

    public String name;

    public int fiscalYear;

    public String regionCode;

    public String industryCategory;

    public String status;

    public String countyCode;

    public Boolean leadingIndustry;

    public java.math.BigDecimal totalInvestment;

    public java.math.BigDecimal linkageFundsRequested;

    public Instant admittedAt;

    public Instant acceptedAt;

    public String lastEventId;

    public String lastEventType;

    public Instant lastEventAt;

    /** How many events changed this row; a redelivered event must not add to it. */
    public int eventsApplied;
}
