package cn.gov.xinxiang.agri.project.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "county_code", nullable = false)
    public String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry_category", nullable = false)
    public IndustryCategory industryCategory;

    /** One of the county's leading industries (特色主导产业) of the fiscal year, or null. */
    @Column(name = "leading_industry_code")
    public String leadingIndustryCode;

    @Column(name = "inv_linkage_funds", nullable = false)
    public BigDecimal investmentLinkageFunds = BigDecimal.ZERO;
    @Column(name = "inv_other_fiscal", nullable = false)
    public BigDecimal investmentOtherFiscal = BigDecimal.ZERO;
    @Column(name = "inv_self_raised", nullable = false)
    public BigDecimal investmentSelfRaised = BigDecimal.ZERO;
    @Column(name = "inv_credit", nullable = false)
    public BigDecimal investmentCredit = BigDecimal.ZERO;
    @Column(name = "inv_total", nullable = false)
    public BigDecimal investmentTotal = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Column(name = "notice_started_on")
    public LocalDate noticeStartedOn;
    @Column(name = "notice_ends_on")
    public LocalDate noticeEndsOn;
    @Column(name = "admitted_at")
    public Instant admittedAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "started_by_allocation")
    public String startedByAllocation;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @ElementCollection
    @CollectionTable(name = "project_participant", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_mechanism", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Mechanism> mechanisms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_target", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Target> targets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_review_check", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Check> reviewChecks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_asset", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<Asset> assets = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class Participant {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ParticipantRole role;
        @Enumerated(EnumType.STRING)
        @Column(name = "entity_type", nullable = false)
        public EntityType entityType;
        @Column(nullable = false)
        public String name;
        @Column(name = "credit_code")
        public String creditCode;
    }

    @Embeddable
    public static class Mechanism {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public MechanismType type;
        @Column(name = "planned_poverty_alleviated", nullable = false)
        public int plannedPovertyAlleviated;
        @Column(name = "planned_monitored", nullable = false)
        public int plannedMonitored;
        @Column(name = "planned_other", nullable = false)
        public int plannedOther;
        @Column(name = "expected_income_per_household", nullable = false)
        public BigDecimal expectedIncomePerHousehold;
        public String description;
    }

    @Embeddable
    public static class Target {
        @Column(nullable = false)
        public String indicator;
        @Column(name = "target_value", nullable = false)
        public String targetValue;
        public String unit;
    }

    @Embeddable
    public static class Check {
        @Enumerated(EnumType.STRING)
        @Column(name = "check_type", nullable = false)
        public ReviewCheck checkType;
        @Column(nullable = false)
        public boolean passed;
        @Column(nullable = false)
        public String evidence;
    }

    @Embeddable
    public static class Asset {
        @Column(name = "asset_ref", nullable = false)
        public String assetRef;
        @Column(nullable = false)
        public String name;
        @Enumerated(EnumType.STRING)
        @Column(name = "asset_class", nullable = false)
        public AssetClass assetClass;
        @Column(nullable = false)
        public BigDecimal value;
        @Column(name = "location_code", nullable = false)
        public String locationCode;
        @Column(name = "household_id")
        public UUID householdId;
    }
}
