package cn.gov.xinxiang.agri.asset.disposal;

import cn.gov.xinxiang.agri.asset.register.Asset;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.contracts.asset.AssetDisposedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Records the disposal of an adjusted asset ({@link DisposalRules}) and announces it. */
@ApplicationScoped
public class DisposalService {

    @Inject
    AssetService assets;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    /** The county records the disposal; the If-Match is the asset's ETag. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Disposal dispose(UUID assetId, String ifMatch, DisposalDtos.DisposalRequest r) {
        user.require(Role.COUNTY);
        Asset a = assets.get(assetId);
        ETags.require(ifMatch, a.version);
        DisposalRules.Disposing disposing = Refusals.orThrow(DisposalRules.dispose(
                new DisposalRules.Facts(a.id, a.status, a.currentBatch, a.ownerName, r.decidedOn(), assets.today())));
        Instant now = assets.now();
        Disposal d = new Disposal();
        d.id = UUID.randomUUID();
        d.assetId = a.id;
        d.regionCode = a.regionCode;
        d.method = r.method();
        d.reason = r.reason().strip();
        d.decisionBody = r.decisionBody().strip();
        d.decisionRef = r.decisionRef().strip();
        d.decidedOn = r.decidedOn();
        d.proceeds = r.proceeds();
        d.proceedsTo = disposing.proceedsTo();
        d.recordedBy = user.subject();
        d.recordedAt = now;
        d.persist();
        a.status = AssetStatus.DISPOSED;
        a.disposedAt = now;
        a.updatedAt = now;
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.DISPOSED_V1,
                new AssetDisposedV1(a.id.toString(), a.regionCode, d.method.name(), d.reason, d.decisionRef, d.proceeds, d.proceedsTo, now));
        return d;
    }

    /** The disposal record of an asset in the caller's region. */
    public Disposal of(UUID assetId) {
        assets.get(assetId);
        return Disposal.<Disposal>find("assetId", assetId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("disposal of asset", assetId));
    }
}
