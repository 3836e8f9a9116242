package cn.gov.xinxiang.agri.asset.income;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "asset_id", nullable = false)
    public UUID assetId;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(nullable = false)
    public String period;
    @Column(nullable = false)
    public BigDecimal income;
    @Column(name = "asset_value", nullable = false)
    public BigDecimal assetValue;
    @Column(name = "annualised_return", nullable = false)
    public BigDecimal annualisedReturn;
    @Column(name = "benchmark_rate", nullable = false)
    public BigDecimal benchmarkRate;
    @Column(name = "below_benchmark", nullable = false)
    public boolean belowBenchmark;
    public String note;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** 1 as first recorded; each correction (with its reason, in record_version) the next. The ETag. */
    @Column(name = "version_no", nullable = false)
    public int versionNo;
    @Column(name = "corrected_at")
    public Instant correctedAt;
}
