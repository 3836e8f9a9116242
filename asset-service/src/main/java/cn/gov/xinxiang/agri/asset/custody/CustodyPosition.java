package cn.gov.xinxiang.agri.asset.custody;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The current responsible unit and person of an asset at one tier. */
@Entity
@IdClass(CustodyPosition.Key.class)
@Table(name = "custody_position")
public class CustodyPosition extends PanacheEntityBase {

    public record Key(UUID assetId, String tier) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public UUID assetId;
    @Id
    public String tier;
    public String regionCode;
    public String unitName;
    public String personName;
    public Instant since;
}
