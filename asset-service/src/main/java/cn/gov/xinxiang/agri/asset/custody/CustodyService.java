package cn.gov.xinxiang.agri.asset.custody;

import cn.gov.xinxiang.agri.asset.register.Asset;
import cn.gov.xinxiang.agri.asset.register.AssetCreated;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.contracts.asset.AssetCustodyChangedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The four-tier custody chain (四级管理责任): city leads, county coordinates, township governs, village
 * directly manages. Each tier's custodian belongs to the asset's own place at that tier.
 */
@ApplicationScoped
public class CustodyService {

    public static final String ASSIGNED = "ASSIGNED";
    public static final String HANDOVER_PROPOSED = "HANDOVER_PROPOSED";
    public static final String HANDOVER_ACCEPTED = "HANDOVER_ACCEPTED";
    public static final String HANDOVER_REFUSED = "HANDOVER_REFUSED";

    @Inject
    AssetService assets;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    AnchorKey key;

    @Inject
    RegionDirectory regions;

    private static final Logger LOG = Logger.getLogger(CustodyService.class);

    @ConfigProperty(name = "agri.custody.sign-unanchored-on-start", defaultValue = "false")
    boolean signUnanchoredOnStart;

    void onStart(@Observes StartupEvent ev) {
        if (signUnanchoredOnStart) {
            int n = QuarkusTransaction.requiringNew().call(this::signUnanchored);
            LOG.warnf("agri.custody.sign-unanchored-on-start: %d existing custody chains anchored; switch the setting off again", n);
        }
    }

    /**
     * One-off, operator-enabled: signs the heads that migration V2 pinned, unsigned, for chains begun
     * before anchoring, when the chain's links verify and it still ends at that head. A chain that does
     * not stays unsigned (and keeps failing verification). Entries written before sealing stay unsealed.
     *
     * @return how many anchors were signed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int signUnanchored() {
        int signed = 0;
        for (CustodyAnchor a : CustodyAnchor.<CustodyAnchor>list("signature is null")) {
            List<CustodyChain.Stored> chain = CustodyEntry.<CustodyEntry>list("assetId = ?1 order by seq", a.assetId).stream()
                    .map(CustodyEntry::stored).toList();
            String head = chain.isEmpty() ? CustodyChain.GENESIS : chain.get(chain.size() - 1).hash();
            CustodyChain.Verification links = CustodyChain.verify(chain);
            if (!links.valid() || chain.size() != a.headSeq || !head.equals(a.headHash)) {
                LOG.errorf("custody chain of asset %s left unanchored: %s", a.assetId,
                        links.valid() ? "it no longer ends at the head pinned by migration V2 (entry " + a.headSeq + ")" : links.reason());
                continue;
            }
            a.signature = CustodyChain.sign(key.bytes(), a.assetId, a.content());
            a.signedAt = assets.now();
            signed++;
        }
        return signed;
    }

    /** Every new asset's chain starts with a signed, empty head, so deleting a whole history shows too. */
    void onAssetCreated(@Observes AssetCreated created) {
        anchorNew(created.assetId());
    }

    /** The signed empty head (seq 0) of a new asset's chain, in the asset's creating transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyAnchor anchorNew(UUID assetId) {
        CustodyAnchor c = new CustodyAnchor();
        c.assetId = assetId;
        c.headSeq = 0;
        c.headHash = CustodyChain.GENESIS;
        c.sealedFrom = 1;
        c.signature = CustodyChain.sign(key.bytes(), assetId, c.content());
        c.signedAt = assets.now();
        c.persist();
        return c;
    }

    public List<CustodyPosition> positions(UUID assetId) {
        return CustodyPosition.list("assetId", assetId);
    }

    /** The current custodian per tier of an asset in the caller's scope, and the tiers still missing one. */
    public CustodyDtos.ChainView chain(UUID assetId) {
        Asset asset = assets.get(assetId);
        List<CustodyPosition> ps = positions(assetId);
        List<Tier> required = HandoverRules.requiredTiers(RegionCode.of(asset.regionCode));
        List<CustodyDtos.PositionView> views = required.stream()
                .flatMap(t -> ps.stream().filter(p -> p.tier.equals(t.name())).findFirst().stream().map(this::view))
                .toList();
        List<Tier> missing = required.stream().filter(t -> ps.stream().noneMatch(p -> p.tier.equals(t.name()))).toList();
        return new CustodyDtos.ChainView(assetId, views, missing, missing.isEmpty());
    }

    public CustodyDtos.PositionView view(CustodyPosition p) {
        Tier t = Tier.valueOf(p.tier);
        return new CustodyDtos.PositionView(t, t.label, p.regionCode, regions.nameOf(RegionCode.of(p.regionCode)), p.unitName, p.personName,
                p.since);
    }

    /** Names the first custodian at a tier; afterwards custody changes only by handover. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyPosition assign(UUID assetId, Tier requested, CustodyDtos.AssignRequest r) {
        user.require(Role.CITY, Role.COUNTY, Role.TOWNSHIP, Role.VILLAGE);
        Asset a = lockedAsset(assetId);
        RegionCode location = RegionCode.of(a.regionCode);
        Tier tier = Refusals.orThrow(HandoverRules.tierOfChain(location, requested));
        Refusals.orThrow(HandoverRules.mayName(user.role().tier, tier));
        Refusals.orThrow(HandoverRules.name(tier, CustodyPosition.findById(new CustodyPosition.Key(assetId, tier.name())) != null));
        Instant now = assets.now();
        CustodyPosition p = new CustodyPosition();
        p.assetId = assetId;
        p.tier = tier.name();
        p.regionCode = location.at(tier).value();
        p.unitName = r.unitName().strip();
        p.personName = r.personName().strip();
        p.since = now;
        p.persist();
        CustodyEntry e = append(a.id, ASSIGNED, tier, p.regionCode, p.unitName, p.personName, null, user.subject(), r.note(), now);
        announce(a, tier, "ASSIGNED", p, e);
        return p;
    }

    /** The giver, a user of that tier for the asset's place, proposes the handover. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Handover propose(UUID assetId, CustodyDtos.ProposeRequest r) {
        Asset a = lockedAsset(assetId);
        RegionCode location = RegionCode.of(a.regionCode);
        Tier tier = Refusals.orThrow(HandoverRules.tierOfChain(location, r.tier()));
        Refusals.orThrow(HandoverRules.mayPropose(user.role().tier, user.region(), location, tier));
        CustodyPosition current = CustodyPosition.findById(new CustodyPosition.Key(assetId, tier.name()));
        boolean open = Handover.count("assetId = ?1 and tier = ?2 and status = ?3", assetId, tier.name(), Handover.Status.PROPOSED) > 0;
        Refusals.orThrow(HandoverRules.propose(new HandoverRules.Proposal(tier, current != null, user.subject(), r.toSubject(), open)));
        Instant now = assets.now();
        Handover h = new Handover();
        h.id = UUID.randomUUID();
        h.assetId = assetId;
        h.tier = tier.name();
        h.regionCode = current.regionCode;
        h.fromUnit = current.unitName;
        h.fromPerson = current.personName;
        h.toUnit = r.toUnit().strip();
        h.toPerson = r.toPerson().strip();
        h.toSubject = r.toSubject().strip();
        h.note = r.note();
        h.status = Handover.Status.PROPOSED;
        h.proposedBy = user.subject();
        h.proposedAt = now;
        h.persist();
        append(assetId, HANDOVER_PROPOSED, tier, h.regionCode, h.toUnit, h.toPerson, h.id, user.subject(),
                "from " + h.fromUnit + "/" + h.fromPerson + (h.note == null ? "" : "; " + h.note), now);
        return h;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Handover accept(UUID handoverId, String ifMatch) {
        Handover h = handoverToAnswer(handoverId, ifMatch);
        Handover.Status answered = Refusals.orThrow(HandoverRules.answer(h.status, true));
        Asset a = lockedAsset(h.assetId);
        Instant now = assets.now();
        h.status = answered;
        h.decidedBy = user.subject();
        h.decidedAt = now;
        CustodyPosition p = CustodyPosition.findById(new CustodyPosition.Key(h.assetId, h.tier));
        p.unitName = h.toUnit;
        p.personName = h.toPerson;
        p.since = now;
        CustodyEntry e = append(h.assetId, HANDOVER_ACCEPTED, Tier.valueOf(h.tier), h.regionCode, h.toUnit, h.toPerson, h.id, user.subject(), null, now);
        announce(a, Tier.valueOf(h.tier), "HANDED_OVER", p, e);
        return h;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Handover refuse(UUID handoverId, String ifMatch, String reason) {
        Handover h = handoverToAnswer(handoverId, ifMatch);
        Handover.Status answered = Refusals.orThrow(HandoverRules.answer(h.status, false));
        lockedAsset(h.assetId);
        Instant now = assets.now();
        h.status = answered;
        h.decidedBy = user.subject();
        h.decidedAt = now;
        h.refusalReason = reason.strip();
        append(h.assetId, HANDOVER_REFUSED, Tier.valueOf(h.tier), h.regionCode, h.toUnit, h.toPerson, h.id, user.subject(), h.refusalReason, now);
        return h;
    }

    public Handover handover(UUID id) {
        return Handover.<Handover>find("id = :id and " + RegionScope.clause("regionCode"), user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("handover", id));
    }

    public List<Handover> handovers(UUID assetId) {
        assets.get(assetId);
        return Handover.list("assetId = ?1 order by proposedAt, seq", assetId);
    }

    public List<CustodyEntry> history(UUID assetId) {
        assets.get(assetId);
        return CustodyEntry.list("assetId = ?1 order by seq", assetId);
    }

    /** The anchor as stored (null when it was deleted); for an asset in the caller's scope. */
    public CustodyAnchor anchor(UUID assetId) {
        assets.get(assetId);
        return CustodyAnchor.findById(assetId);
    }

    /**
     * Links, seals, the signed head and the current custodians against the chain; the first fault found.
     * See {@link CustodyChain#audit}.
     */
    public CustodyChain.Verification verify(UUID assetId) {
        List<CustodyChain.Stored> chain = history(assetId).stream().map(CustodyEntry::stored).toList();
        CustodyAnchor anchor = CustodyAnchor.findById(assetId);
        List<CustodyChain.Position> now = positions(assetId).stream()
                .map(p -> new CustodyChain.Position(p.tier, p.regionCode, p.unitName, p.personName, p.since)).toList();
        return CustodyChain.audit(assetId, chain, anchor == null ? null : anchor.content(), now, key.bytes());
    }

    /**
     * Appends one entry to the asset's chain, sealed, and moves the signed head to it. The caller holds
     * the asset's row lock, so two writers never link to the same predecessor. A chain whose last entry
     * is not its signed head (entries deleted or rewritten, anchor edited) is not extended: signing a new
     * head on top would hide the damage for good.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyEntry append(UUID assetId, String kind, Tier tier, String regionCode, String unit, String person, UUID handoverId,
                               String actor, String note, Instant at) {
        List<CustodyEntry> last = CustodyEntry.find("assetId = ?1 order by seq desc", assetId).page(0, 1).list();
        CustodyAnchor anchor = CustodyAnchor.findById(assetId);
        int headSeq = last.isEmpty() ? 0 : last.get(0).seq;
        String headHash = last.isEmpty() ? CustodyChain.GENESIS : last.get(0).hash;
        var extension = HandoverRules.extend(assetId, anchor == null ? null : anchor.content(),
                anchor == null ? null : CustodyChain.sign(key.bytes(), assetId, anchor.content()), headSeq, headHash);
        if (!extension.allowed()) {
            LOG.errorf("custody chain of asset %s does not end at its signed head (chain ends at %d, anchor %s): %s refused", assetId, headSeq,
                    anchor == null ? "missing" : anchor.headSeq + (anchor.signature == null ? " unsigned" : ""), kind);
        }
        int seq = Refusals.orThrow(extension);
        CustodyEntry e = new CustodyEntry();
        e.assetId = assetId;
        e.seq = seq;
        e.kind = kind;
        e.tier = tier.name();
        e.regionCode = regionCode;
        e.unitName = unit;
        e.personName = person;
        e.handoverId = handoverId;
        e.actor = actor;
        e.note = note == null || note.isBlank() ? null : note.strip();
        e.occurredAt = at;
        e.prevHash = headHash;
        e.hash = CustodyChain.hash(e.prevHash, e.content());
        e.seal = CustodyChain.seal(key.bytes(), assetId, e.seq, e.hash);
        e.persist();
        anchor.headSeq = e.seq;
        anchor.headHash = e.hash;
        anchor.signature = CustodyChain.sign(key.bytes(), assetId, anchor.content());
        anchor.signedAt = at;
        return e;
    }

    /** The handover the caller answers: only its named receiver, with the ETag they read. */
    private Handover handoverToAnswer(UUID handoverId, String ifMatch) {
        // Custody passes between the tiers' units: an auditor (read-only) or a service account never
        // answers a handover, not even when a proposal names it as the receiver.
        user.require(Role.CITY, Role.COUNTY, Role.TOWNSHIP, Role.VILLAGE);
        Handover h = handover(handoverId);
        Refusals.orThrow(HandoverRules.mayAnswer(user.subject(), h.toSubject));
        ETags.require(ifMatch, h.version);
        return h;
    }

    /** The asset, row-locked so two writers never link to the same predecessor; a disposed asset's chain is closed. */
    private Asset lockedAsset(UUID assetId) {
        Asset a = assets.get(assetId);
        Refusals.orThrow(HandoverRules.chainOpen(a.status));
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    private void announce(Asset a, Tier tier, String kind, CustodyPosition p, CustodyEntry e) {
        // the head travels with the event: a copy outside this database that a rolled-back chain cannot match
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.CUSTODY_CHANGED_V1,
                new AssetCustodyChangedV1(a.id.toString(), a.regionCode, tier.name(), kind, p.unitName, p.personName, e.hash, e.occurredAt,
                        e.seq, e.hash));
    }
}
