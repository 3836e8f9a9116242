package cn.gov.xinxiang.agri.asset.custody;

import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The four-tier chain's handover rules, each on its accept and its refuse side. */
class HandoverRulesTest {

    static final RegionCode VILLAGE = RegionCode.of("410725901201");
    static final RegionCode TOWNSHIP = RegionCode.of("410725901000");
    static final RegionCode OTHER_VILLAGE = RegionCode.of("410725902201");

    static Violation refusal(Decision<?> d) {
        assertThat(d.allowed()).as("refused").isFalse();
        assertThat(d.violations()).hasSize(1);
        return d.violations().get(0);
    }

    /** The key of a 403 refusal (who may act). */
    static String forbidden(Decision<?> d) {
        Violation v = refusal(d);
        assertThat(v.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
        assertThat(v.slug()).isEqualTo("forbidden");
        return v.text().key();
    }

    @Test
    void theChainRunsFromTheCityDownToWhereTheAssetStands() {
        assertThat(HandoverRules.requiredTiers(VILLAGE)).containsExactly(Tier.CITY, Tier.COUNTY, Tier.TOWNSHIP, Tier.VILLAGE);
        assertThat(HandoverRules.requiredTiers(TOWNSHIP)).containsExactly(Tier.CITY, Tier.COUNTY, Tier.TOWNSHIP);
        assertThat(HandoverRules.tierOfChain(TOWNSHIP, Tier.TOWNSHIP).change()).isEqualTo(Tier.TOWNSHIP);
        Violation v = refusal(HandoverRules.tierOfChain(TOWNSHIP, Tier.VILLAGE));
        assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
        assertThat(v.field()).isEqualTo("tier");
        assertThat(v.text().key()).isEqualTo("custody.no-such-tier");
        // the province is no tier of the chain
        assertThat(HandoverRules.tierOfChain(VILLAGE, Tier.PROVINCE).allowed()).isFalse();
    }

    @Test
    void aTierNamesTheFirstCustodianAtItsOwnTierOrBelowAndOnlyOnce() {
        assertThat(HandoverRules.mayName(Tier.VILLAGE, Tier.VILLAGE).allowed()).isTrue();
        assertThat(HandoverRules.mayName(Tier.CITY, Tier.VILLAGE).allowed()).isTrue();
        assertThat(HandoverRules.mayName(Tier.COUNTY, Tier.TOWNSHIP).allowed()).isTrue();
        assertThat(forbidden(HandoverRules.mayName(Tier.VILLAGE, Tier.TOWNSHIP))).isEqualTo("custody.tier-cannot-name");
        assertThat(HandoverRules.mayName(Tier.TOWNSHIP, Tier.CITY).allowed()).isFalse();
        assertThat(HandoverRules.mayName(null, Tier.VILLAGE).allowed()).isFalse();

        assertThat(HandoverRules.name(Tier.COUNTY, false).change()).isEqualTo(Tier.COUNTY);
        Violation v = refusal(HandoverRules.name(Tier.COUNTY, true));
        assertThat(v.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(v.slug()).isEqualTo("custodian-exists");
    }

    @Test
    void onlyAUserOfThatTierForTheAssetsPlaceProposes() {
        assertThat(HandoverRules.mayPropose(Tier.VILLAGE, VILLAGE, VILLAGE, Tier.VILLAGE).allowed()).isTrue();
        assertThat(HandoverRules.mayPropose(Tier.TOWNSHIP, TOWNSHIP, VILLAGE, Tier.TOWNSHIP).allowed()).isTrue();
        // another village, a higher tier, or a non-tier account (auditor: no tier)
        assertThat(forbidden(HandoverRules.mayPropose(Tier.VILLAGE, OTHER_VILLAGE, VILLAGE, Tier.VILLAGE))).isEqualTo("custody.only-unit");
        assertThat(HandoverRules.mayPropose(Tier.TOWNSHIP, TOWNSHIP, VILLAGE, Tier.VILLAGE).allowed()).isFalse();
        assertThat(HandoverRules.mayPropose(Tier.COUNTY, VILLAGE.at(Tier.COUNTY), VILLAGE, Tier.TOWNSHIP).allowed()).isFalse();
        assertThat(HandoverRules.mayPropose(null, VILLAGE, VILLAGE, Tier.VILLAGE).allowed()).isFalse();
    }

    @Test
    void aProposalHandsOverFromTheNamedCustodianToSomeoneElseOneAtATime() {
        var ok = new HandoverRules.Proposal(Tier.VILLAGE, true, "village-1", " village-2 ", false);
        assertThat(HandoverRules.propose(ok).change()).isEqualTo(ok);

        Violation none = refusal(HandoverRules.propose(new HandoverRules.Proposal(Tier.VILLAGE, false, "village-1", "village-2", false)));
        assertThat(none.kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(none.slug()).isEqualTo("no-custodian");

        Violation self = refusal(HandoverRules.propose(new HandoverRules.Proposal(Tier.VILLAGE, true, "village-1", " village-1", false)));
        assertThat(self.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
        assertThat(self.field()).isEqualTo("toSubject");

        Violation open = refusal(HandoverRules.propose(new HandoverRules.Proposal(Tier.VILLAGE, true, "village-1", "village-2", true)));
        assertThat(open.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(open.slug()).isEqualTo("handover-open");

        // the first rule broken is the one reported: no custodian before an open proposal
        assertThat(refusal(HandoverRules.propose(new HandoverRules.Proposal(Tier.VILLAGE, false, "a", "a", true))).slug()).isEqualTo("no-custodian");
    }

    @Test
    void onlyTheNamedReceiverAnswersAndOnlyOnce() {
        assertThat(HandoverRules.mayAnswer("village-2", "village-2").allowed()).isTrue();
        assertThat(forbidden(HandoverRules.mayAnswer("village-1", "village-2"))).isEqualTo("custody.only-receiver");

        assertThat(HandoverRules.answer(Handover.Status.PROPOSED, true).change()).isEqualTo(Handover.Status.ACCEPTED);
        assertThat(HandoverRules.answer(Handover.Status.PROPOSED, false).change()).isEqualTo(Handover.Status.REFUSED);
        for (Handover.Status decided : new Handover.Status[] {Handover.Status.ACCEPTED, Handover.Status.REFUSED}) {
            for (boolean accept : new boolean[] {true, false}) {
                Violation v = refusal(HandoverRules.answer(decided, accept));
                assertThat(v.slug()).isEqualTo("handover-decided");
                assertThat(v.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
            }
        }
    }

    @Test
    void aDisposedAssetsChainIsClosed() {
        assertThat(HandoverRules.chainOpen(AssetStatus.UNCONFIRMED).allowed()).isTrue();
        assertThat(HandoverRules.chainOpen(AssetStatus.CONFIRMED).allowed()).isTrue();
        assertThat(refusal(HandoverRules.chainOpen(AssetStatus.DISPOSED)).slug()).isEqualTo("asset-disposed");
    }

    @Test
    void theChainIsExtendedOnlyFromItsSignedHead() {
        UUID asset = UUID.randomUUID();
        String head = "a".repeat(64);
        var anchor = new CustodyChain.Anchor(3, head, 1, "sig");
        assertThat(HandoverRules.extend(asset, anchor, "sig", 3, head).change()).isEqualTo(4);
        assertThat(HandoverRules.extend(asset, new CustodyChain.Anchor(0, CustodyChain.GENESIS, 1, "s0"), "s0", 0, CustodyChain.GENESIS).change())
                .isEqualTo(1);
        // missing, unsigned or forged anchor; last entries deleted (chain ends before the head); entries added behind it; head rewritten
        assertThat(refusal(HandoverRules.extend(asset, null, null, 3, head)).slug()).isEqualTo("custody-chain-broken");
        assertThat(HandoverRules.extend(asset, new CustodyChain.Anchor(3, head, 1, null), "sig", 3, head).allowed()).isFalse();
        assertThat(HandoverRules.extend(asset, anchor, "other", 3, head).allowed()).isFalse();
        assertThat(HandoverRules.extend(asset, anchor, "sig", 2, head).allowed()).isFalse();
        assertThat(HandoverRules.extend(asset, anchor, "sig", 4, head).allowed()).isFalse();
        assertThat(HandoverRules.extend(asset, anchor, "sig", 3, "b".repeat(64)).allowed()).isFalse();
        assertThat(refusal(HandoverRules.extend(asset, null, null, 0, CustodyChain.GENESIS)).kind()).isEqualTo(Violation.Kind.WRONG_STATE);
    }
}
