package cn.gov.xinxiang.agri.asset.custody;

import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The custody handover rules of the four-tier chain (四级管理责任): city leads, county coordinates, township governs,
 * village directly manages. An asset has one custodian (unit and person) at each tier from the city down to the tier
 * it stands in, always of the asset's own place at that tier. A tier names the first custodian at its own tier or
 * at one below it; after that custody at a tier changes only by a handover, which the giver (a user of that tier
 * for the asset's place) proposes to a named receiver, who alone accepts or refuses it, once. A disposed asset's
 * chain is closed, and a chain that no longer ends at its signed head is never extended.
 *
 * <p>Plain code: the service loads the facts and maps the answers. A refused {@link Decision} carries the violation,
 * the first rule broken: 403 for who may act, 400 / 409 / 422 for the command.
 */
public final class HandoverRules {
    private HandoverRules() {
    }

    /** The tiers an asset needs a custodian at: city down to the tier of its location. */
    public static List<Tier> requiredTiers(RegionCode location) {
        List<Tier> out = new ArrayList<>();
        for (Tier t : Tier.values()) {
            if (t != Tier.PROVINCE && t.ordinal() <= location.tier().ordinal()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Custody changes only while the asset is held: a disposed asset's chain is closed. */
    public static Decision<AssetStatus> chainOpen(AssetStatus status) {
        return status == AssetStatus.DISPOSED ? Decision.refuse(Violation.state("asset-disposed", "custody.disposed")) : Decision.allow(status);
    }

    /** {@code tier} is a tier of the chain of an asset standing at {@code location} (400 on {@code tier} otherwise). */
    public static Decision<Tier> tierOfChain(RegionCode location, Tier tier) {
        if (!requiredTiers(location).contains(tier)) {
            return Decision.refuse(Violation.field("tier", "custody.no-such-tier", tierText(location.tier()), tierText(tier)));
        }
        return Decision.allow(tier);
    }

    /** A user of {@code actor} names the first custodian at {@code tier} only at that tier or a tier above it (403). */
    public static Decision<Tier> mayName(Tier actor, Tier tier) {
        if (actor == null || actor.ordinal() > tier.ordinal()) {
            return Decision.refuse(Violation.forbidden("custody.tier-cannot-name", actor == null ? "-" : tierText(actor), tierText(tier)));
        }
        return Decision.allow(tier);
    }

    /** The first custodian at a tier: only while the tier has none (then only by handover). */
    public static Decision<Tier> name(Tier tier, boolean custodianNamed) {
        return custodianNamed ? Decision.refuse(Violation.state("custodian-exists", "custody.exists", tierText(tier))) : Decision.allow(tier);
    }

    /**
     * Only the giver proposes a handover at {@code tier}: a user of that very tier for the asset's place at that tier
     * (a county user hands over the county's custody of the assets of that county, not a city user); 403 otherwise.
     */
    public static Decision<Tier> mayPropose(Tier actorTier, RegionCode actorRegion, RegionCode location, Tier tier) {
        RegionCode unit = location.at(tier);
        if (actorTier != tier || !unit.equals(actorRegion)) {
            return Decision.refuse(Violation.forbidden("custody.only-unit", tierText(tier), unit.toString()));
        }
        return Decision.allow(tier);
    }

    /**
     * What a proposal needs besides its giver.
     *
     * @param custodianNamed whether the tier has a custodian to hand over from
     * @param giver          the proposing account
     * @param receiver       the receiving account the proposal names
     * @param handoverOpen   whether a proposal at that tier is still unanswered
     */
    public record Proposal(Tier tier, boolean custodianNamed, String giver, String receiver, boolean handoverOpen) {
    }

    /** A handover from the tier's current custodian to someone else, one open proposal per tier at a time. */
    public static Decision<Proposal> propose(Proposal p) {
        if (!p.custodianNamed()) {
            return Decision.refuse(Violation.rule("no-custodian", "custody.none-yet", tierText(p.tier())));
        }
        if (p.receiver().strip().equals(p.giver())) {
            return Decision.refuse(Violation.field("toSubject", "custody.receiver-is-giver"));
        }
        if (p.handoverOpen()) {
            return Decision.refuse(Violation.state("handover-open", "custody.handover-open", tierText(p.tier())));
        }
        return Decision.allow(p);
    }

    /** Only the receiver a handover names answers it (403 for anyone else). */
    public static Decision<String> mayAnswer(String subject, String receiver) {
        return receiver.equals(subject) ? Decision.allow(subject) : Decision.refuse(Violation.forbidden("custody.only-receiver", receiver));
    }

    /** The receiver's answer: a proposed handover becomes accepted or refused, and stays so. */
    public static Decision<Handover.Status> answer(Handover.Status current, boolean accept) {
        if (current != Handover.Status.PROPOSED) {
            return Decision.refuse(Violation.state("handover-decided", "custody.decided", new Text("handover-status." + current.name())));
        }
        return Decision.allow(accept ? Handover.Status.ACCEPTED : Handover.Status.REFUSED);
    }

    /**
     * The chain's invariant before every append: it ends exactly at its signed head (the anchor carries asset-service's
     * signature over the last entry's seq and hash). A chain whose entries were deleted or rewritten, or whose anchor was
     * edited or removed, is not extended: signing a new head on top would hide the damage for good.
     *
     * @param anchor   the stored anchor, null when it is missing
     * @param signature the signature the anchor must carry ({@link CustodyChain#sign} over it), null when it is missing
     * @param headSeq  the last entry's seq (0 for an empty chain)
     * @param headHash the last entry's hash ({@link CustodyChain#GENESIS} for an empty chain)
     * @return the seq of the entry to append
     */
    public static Decision<Integer> extend(UUID assetId, CustodyChain.Anchor anchor, String signature, int headSeq, String headHash) {
        if (anchor == null || anchor.signature() == null || !anchor.signature().equals(signature) || anchor.headSeq() != headSeq
                || !anchor.headHash().equals(headHash)) {
            return Decision.refuse(Violation.state("custody-chain-broken", "custody.chain-broken", assetId));
        }
        return Decision.allow(headSeq + 1);
    }

    private static Text tierText(Tier t) {
        return new Text("tier." + t.name());
    }
}
