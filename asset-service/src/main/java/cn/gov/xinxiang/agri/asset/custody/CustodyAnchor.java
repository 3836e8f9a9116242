package cn.gov.xinxiang.agri.asset.custody;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The signed head of one asset's custody chain, kept outside custody_entry: created with the asset
 * (head 0), moved and re-signed by every append. Its signature is HMAC-SHA256 with {@link AnchorKey}.
 */
@Entity
@Table(name = "custody_anchor")
public class CustodyAnchor extends PanacheEntityBase {

    @Id
    public UUID assetId;
    public int headSeq;
    public String headHash;
    public int sealedFrom;
    /** Null only for chains begun before anchoring (migration V2) that have not been anchored since. */
    public String signature;
    public Instant signedAt;

    public CustodyChain.Anchor content() {
        return new CustodyChain.Anchor(headSeq, headHash, sealedFrom, signature);
    }
}
