package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
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

    public String code;

    public String name;

    public String description;

    public int fiscalYear;

    public String regionCode;

    public String countyCode;

    @Enumerated(EnumType.STRING)
    public IndustryCategory industryCategory;

    /** One of the county's leading industries (特色主导产业) of the fiscal year, or null. */
    public String leadingIndustryCode;

    @Column(name = "inv_linkage_funds")
    public BigDecimal investmentLinkageFunds = BigDecimal.ZERO;
    @Column(name = "inv_other_fiscal")
    public BigDecimal investmentOtherFiscal = BigDecimal.ZERO;
    @Column(name = "inv_self_raised")
    public BigDecimal investmentSelfRaised = BigDecimal.ZERO;
    @Column(name = "inv_credit")
    public BigDecimal investmentCredit = BigDecimal.ZERO;
    @Column(name = "inv_total")
    public BigDecimal investmentTotal = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    public LocalDate noticeStartedOn;
    public LocalDate noticeEndsOn;
    public Instant admittedAt;
    public Instant startedAt;
    public String startedByAllocation;
    public LocalDate completedOn;
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

    public String createdBy;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class Participant {
        @Enumerated(EnumType.STRING)
        public ParticipantRole role;
        @Enumerated(EnumType.STRING)
        public EntityType entityType;
        public String name;
        public String creditCode;
    }

    @Embeddable
    public static class Mechanism {
        @Enumerated(EnumType.STRING)
        public MechanismType type;
        public int plannedPovertyAlleviated;
        public int plannedMonitored;
        public int plannedOther;
        public BigDecimal expectedIncomePerHousehold;
        public String description;
    }

    @Embeddable
    public static class Target {
        public String indicator;
        public String targetValue;
        public String unit;
    }

    @Embeddable
    public static class Check {
        @Enumerated(EnumType.STRING)
        public ReviewCheck checkType;
        public boolean passed;
        public String evidence;
    }

    @Embeddable
    public static class Asset {
        public String assetRef;
        public String name;
        @Enumerated(EnumType.STRING)
        public AssetClass assetClass;
        public BigDecimal value;
        public String locationCode;
        public UUID householdId;
    }
}
