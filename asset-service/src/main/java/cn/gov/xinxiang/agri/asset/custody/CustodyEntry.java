package cn.gov.xinxiang.agri.asset.custody;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "asset_id", nullable = false)
    public UUID assetId;
    @Column(nullable = false)
    public int seq;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String tier;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(name = "unit_name", nullable = false)
    public String unitName;
    @Column(name = "person_name", nullable = false)
    public String personName;
    @Column(name = "handover_id")
    public UUID handoverId;
    @Column(nullable = false)
    public String actor;
    public String note;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "prev_hash", nullable = false)
    public String prevHash;
    @Column(nullable = false)
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
