package cn.gov.xinxiang.agri.asset.custody;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One entry of an asset's append-only custody history. Immutable: written once, never updated. */
@Entity
@Immutable
@Table(name = "custody_entry")
public class CustodyEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID assetId;
    public int seq;
    public String kind;
    public String tier;
    public String regionCode;
    public String unitName;
    public String personName;
    public UUID handoverId;
    public String actor;
    public String note;
    public Instant occurredAt;
    public String prevHash;
    public String hash;
    /** HMAC of (asset, seq, hash) with the anchor key; null only for entries written before sealing. */
    public String seal;

    public CustodyChain.Stored stored() {
        return new CustodyChain.Stored(content(), prevHash, hash, seal);
    }

    public CustodyChain.Entry content() {
        return new CustodyChain.Entry(assetId, seq, kind, tier, regionCode, unitName, personName, handoverId, actor, note, occurredAt);
    }
}
