package cn.gov.xinxiang.agri.asset.income;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One operating asset's income for one half-year at its current version, with the comparison as it stood when recorded or corrected. */
@Entity
@Table(name = "income_inventory")
public class IncomeInventory extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID assetId;
    public String regionCode;
    public String period;
    public BigDecimal income;
    public BigDecimal assetValue;
    public BigDecimal annualisedReturn;
    public BigDecimal benchmarkRate;
    public boolean belowBenchmark;
    public String note;
    public String recordedBy;
    public Instant recordedAt;
    /** 1 as first recorded; each correction (with its reason, in record_version) the next. The ETag. */
    public int versionNo;
    public Instant correctedAt;
}
