package cn.gov.xinxiang.agri.asset.disposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Immutable
@Table(name = "disposal")
public class Disposal extends PanacheEntityBase {

    public enum Method {
        TRANSFER("转让"), AUCTION("拍卖"), SCRAP("报废"), CONVERT("转产改建");

        public final String label;

        Method(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;
    @Column(name = "asset_id", nullable = false)
    public UUID assetId;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Method method;
    @Column(nullable = false)
    public String reason;
    @Column(name = "decision_body", nullable = false)
    public String decisionBody;
    @Column(name = "decision_ref", nullable = false)
    public String decisionRef;
    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;
    @Column(nullable = false)
    public BigDecimal proceeds;
    @Column(name = "proceeds_to", nullable = false)
    public String proceedsTo;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
