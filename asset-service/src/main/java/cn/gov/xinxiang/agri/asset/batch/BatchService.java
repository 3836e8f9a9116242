package cn.gov.xinxiang.agri.asset.batch;

import cn.gov.xinxiang.agri.asset.income.IncomeInventory;
import cn.gov.xinxiang.agri.asset.income.Period;
import cn.gov.xinxiang.agri.asset.register.Asset;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.contracts.asset.AssetClassifiedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Four batches (四个一批): the service proposes from the income history, an officer decides. */
@ApplicationScoped
public class BatchService {

    @Inject
    AssetService assets;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    /** A decision taken, with the asset it classified (whose new version is the reply's ETag). */
    public record Decided(BatchDecision decision, Asset asset) {
    }

    public record ProposalWithBasis(BatchRules.Proposal proposal, List<String> periods) {
    }

    public ProposalWithBasis propose(UUID assetId) {
        Asset a = operating(assetId);
        List<IncomeInventory> history = IncomeInventory.list("assetId = ?1 order by period", a.id);
        List<BatchRules.Result> results = history.stream()
                .map(i -> new BatchRules.Result(Period.of(i.period), i.belowBenchmark, i.income.signum() == 0)).toList();
        return new ProposalWithBasis(BatchRules.propose(results), history.stream().map(i -> i.period).toList());
    }

    /** County or city officers decide; the proposal at that moment is kept beside the decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Decided decide(UUID assetId, String ifMatch, BatchDtos.DecideRequest r) {
        user.require(Role.COUNTY, Role.CITY);
        Asset a = operating(assetId);
        ETags.require(ifMatch, a.version);
        Refusals.orThrow(BatchRules.classifiable(a.status));
        BatchRules.Proposal p = propose(assetId).proposal();
        BatchDecision d = new BatchDecision();
        d.id = UUID.randomUUID();
        d.assetId = a.id;
        d.regionCode = a.regionCode;
        d.proposedBatch = p.batch();
        d.proposalReason = p.reason();
        d.batch = r.batch();
        d.measures = r.measures().strip();
        d.reasons = r.reasons().strip();
        d.decidedBy = user.subject();
        d.decidedAt = assets.now();
        d.persist();
        a.currentBatch = r.batch();
        a.updatedAt = d.decidedAt;
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.CLASSIFIED_V1,
                new AssetClassifiedV1(a.id.toString(), a.regionCode, d.batch.name(), d.proposedBatch == null ? null : d.proposedBatch.name(),
                        d.reasons, d.decidedAt));
        return new Decided(d, a);
    }

    public List<BatchDecision> decisions(UUID assetId) {
        assets.get(assetId);
        return BatchDecision.list("assetId = ?1 order by decidedAt, seq", assetId);
    }

    private Asset operating(UUID assetId) {
        Asset a = assets.get(assetId);
        Refusals.orThrow(BatchRules.operating(a.assetClass));
        return a;
    }
}
