package cn.gov.xinxiang.agri.asset.disposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID assetId;
    public String regionCode;
    @Enumerated(EnumType.STRING)
    public Method method;
    public String reason;
    public String decisionBody;
    public String decisionRef;
    public LocalDate decidedOn;
    public BigDecimal proceeds;
    public String proceedsTo;
    public String recordedBy;
    public Instant recordedAt;
}
