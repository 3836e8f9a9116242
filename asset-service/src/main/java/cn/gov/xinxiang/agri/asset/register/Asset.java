package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String name;

    @Enumerated(EnumType.STRING)
    public AssetClass assetClass;

    public BigDecimal value;

    /** Where the asset stands (village or township); the region scope of every query. */
    public String regionCode;

    public UUID householdId;

    public UUID sourceProjectId;
    public String sourceProjectCode;
    public String sourceProjectName;
    public String assetRef;

    @Enumerated(EnumType.STRING)
    public RegisteredVia registeredVia;

    public LocalDate inServiceOn;

    public BigDecimal fundingLinkage;
    public BigDecimal fundingOtherFiscal;
    public BigDecimal fundingSelfRaised;
    public BigDecimal fundingCredit;

    @Enumerated(EnumType.STRING)
    public OperatingMode operatingMode;
    public String contractCounterparty;
    public LocalDate contractStart;
    public LocalDate contractEnd;
    public BigDecimal contractAnnualRent;

    @Enumerated(EnumType.STRING)
    public AssetStatus status;

    @Enumerated(EnumType.STRING)
    public OwnerType ownerType;
    public String ownerName;
    public String ownerRegionCode;
    public UUID ownerHouseholdId;
    @Enumerated(EnumType.STRING)
    public OwnershipNature ownershipNature;
    public Instant confirmedAt;
    public String confirmedBy;

    @Enumerated(EnumType.STRING)
    public Batch currentBatch;

    public Instant disposedAt;

    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;
}
