package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.asset.batch.Batch;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "asset")
public class Asset extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_class", nullable = false)
    public AssetClass assetClass;

    @Column(nullable = false)
    public BigDecimal value;

    /** Where the asset stands (village or township); the region scope of every query. */
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "source_project_id")
    public UUID sourceProjectId;
    @Column(name = "source_project_code")
    public String sourceProjectCode;
    @Column(name = "source_project_name")
    public String sourceProjectName;
    @Column(name = "asset_ref")
    public String assetRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "registered_via", nullable = false)
    public RegisteredVia registeredVia;

    @Column(name = "in_service_on", nullable = false)
    public LocalDate inServiceOn;

    @Column(name = "funding_linkage")
    public BigDecimal fundingLinkage;
    @Column(name = "funding_other_fiscal")
    public BigDecimal fundingOtherFiscal;
    @Column(name = "funding_self_raised")
    public BigDecimal fundingSelfRaised;
    @Column(name = "funding_credit")
    public BigDecimal fundingCredit;

    @Enumerated(EnumType.STRING)
    @Column(name = "operating_mode")
    public OperatingMode operatingMode;
    @Column(name = "contract_counterparty")
    public String contractCounterparty;
    @Column(name = "contract_start")
    public LocalDate contractStart;
    @Column(name = "contract_end")
    public LocalDate contractEnd;
    @Column(name = "contract_annual_rent")
    public BigDecimal contractAnnualRent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type")
    public OwnerType ownerType;
    @Column(name = "owner_name")
    public String ownerName;
    @Column(name = "owner_region_code")
    public String ownerRegionCode;
    @Column(name = "owner_household_id")
    public UUID ownerHouseholdId;
    @Enumerated(EnumType.STRING)
    @Column(name = "ownership_nature")
    public OwnershipNature ownershipNature;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_batch")
    public Batch currentBatch;

    @Column(name = "disposed_at")
    public Instant disposedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
