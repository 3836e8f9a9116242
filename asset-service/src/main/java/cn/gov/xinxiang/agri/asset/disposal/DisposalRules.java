package cn.gov.xinxiang.agri.asset.disposal;

import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.Batch;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Disposal (处置) of an asset: only a confirmed asset that an officer placed in the adjust batch (调整一批: it cannot go
 * on) may be disposed of, once, on a decision already taken by the owner's procedure; the proceeds return to the owner
 * the confirmation names, and the asset keeps its history. The county records it (the service requires the role).
 *
 * <p>Plain code: the service loads the asset and maps a refusal to its problem.
 */
public final class DisposalRules {
    private DisposalRules() {
    }

    /** What the rules read of the asset and the request. */
    public record Facts(UUID assetId, AssetStatus status, Batch currentBatch, String ownerName, LocalDate decidedOn, LocalDate today) {
    }

    /** The disposal to record: whom the proceeds go to. */
    public record Disposing(String proceedsTo) {
    }

    /** The first rule the disposal breaks, or the disposal to record. */
    public static Decision<Disposing> dispose(Facts f) {
        if (f.status() == AssetStatus.DISPOSED) {
            return Decision.refuse(Violation.state("asset-disposed", "disposal.already", f.assetId()));
        }
        if (f.status() != AssetStatus.CONFIRMED) {
            return Decision.refuse(Violation.rule("not-confirmed", "disposal.not-confirmed"));
        }
        if (f.currentBatch() != Batch.ADJUST) {
            return Decision.refuse(Violation.rule("not-adjusted", "disposal.not-adjusted",
                    f.currentBatch() == null ? new Text("disposal.not-classified") : f.currentBatch().label));
        }
        if (f.decidedOn().isAfter(f.today())) {
            return Decision.refuse(Violation.field("decidedOn", "asset.not-in-future"));
        }
        return Decision.allow(new Disposing(f.ownerName()));
    }
}
