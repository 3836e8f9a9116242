package cn.gov.xinxiang.agri.asset.custody;

import cn.gov.xinxiang.agri.asset.custody.CustodyChain.Anchor;
import cn.gov.xinxiang.agri.asset.custody.CustodyChain.Entry;
import cn.gov.xinxiang.agri.asset.custody.CustodyChain.Fault;
import cn.gov.xinxiang.agri.asset.custody.CustodyChain.Position;
import cn.gov.xinxiang.agri.asset.custody.CustodyChain.Stored;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seals and the signed head: what the hash chain alone cannot show (deleted last entries, a recomputed chain). */
class CustodyAuditTest {

    static final byte[] KEY = "unit-test-custody-anchor-key-0123456789".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_KEY = "someone-elses-key-that-is-long-enough-0000".getBytes(StandardCharsets.UTF_8);
    static final String[] TIERS = {"CITY", "COUNTY", "TOWNSHIP", "VILLAGE"};
    static final UUID ASSET = UUID.fromString("0f5d1c3a-2b4e-4c6d-8e9f-0a1b2c3d4e5f");

    /** What the writer does: entries 1..n (assignments of the four tiers, then village handovers), sealed from sealedFrom. */
    static List<Stored> chain(int n, int sealedFrom, byte[] key) {
        List<Stored> out = new ArrayList<>();
        String prev = CustodyChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            String tier = i <= 4 ? TIERS[i - 1] : "VILLAGE";
            Entry e = new Entry(ASSET, i, i <= 4 ? "ASSIGNED" : "HANDOVER_ACCEPTED", tier, "410725901201", "单位" + i, "责任人" + i, null,
                    "user-" + i, null, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i));
            out.add(sealed(e, prev, i >= sealedFrom ? key : null));
            prev = out.get(out.size() - 1).hash();
        }
        return out;
    }

    static Stored sealed(Entry e, String prev, byte[] key) {
        String h = CustodyChain.hash(prev, e);
        return new Stored(e, prev, h, key == null ? null : CustodyChain.seal(key, e.assetId(), e.seq(), h));
    }

    static Anchor anchor(List<Stored> chain, int sealedFrom, byte[] key) {
        int seq = chain.size();
        String hash = seq == 0 ? CustodyChain.GENESIS : chain.get(seq - 1).hash();
        Anchor unsigned = new Anchor(seq, hash, sealedFrom, null);
        return new Anchor(seq, hash, sealedFrom, CustodyChain.sign(key, ASSET, unsigned));
    }

    static List<Position> positions(List<Stored> chain) {
        return CustodyChain.expectedPositions(chain).values().stream().map(s -> new Position(s.entry().tier(), s.entry().regionCode(),
                s.entry().unitName(), s.entry().personName(), s.entry().occurredAt())).toList();
    }

    static CustodyChain.Verification audit(List<Stored> chain, Anchor anchor, List<Position> positions) {
        return CustodyChain.audit(ASSET, chain, anchor, positions, KEY);
    }

    /** Rewrites entry k and recomputes every hash from there on, as someone with write access but no key would. */
    static List<Stored> recomputedFrom(List<Stored> chain, int k) {
        List<Stored> out = new ArrayList<>(chain.subList(0, k - 1));
        String prev = k == 1 ? CustodyChain.GENESIS : chain.get(k - 2).hash();
        for (Stored s : chain.subList(k - 1, chain.size())) {
            Entry e = s.entry();
            if (e.seq() == k) {
                e = new Entry(e.assetId(), e.seq(), e.kind(), e.tier(), e.regionCode(), e.unitName(), "冒名", e.handoverId(), e.actor(), e.note(),
                        e.occurredAt());
            }
            String h = CustodyChain.hash(prev, e);
            out.add(new Stored(e, prev, h, s.seal())); // the old seal: a new one needs the key
            prev = h;
        }
        return out;
    }

    @Test
    void aChainWrittenByTheWriterIsValidAtEveryLength() {
        for (int n = 0; n <= 7; n++) {
            List<Stored> c = chain(n, 1, KEY);
            var v = audit(c, anchor(c, 1, KEY), positions(c));
            assertThat(v.valid()).as("length %d: %s", n, v.reason()).isTrue();
            assertThat(v.fault()).isNull();
            assertThat(v.entries()).isEqualTo(n);
        }
    }

    @Test
    void deletedLastEntriesAreReportedFromTheFirstDeletedOne() {
        List<Stored> c = chain(7, 1, KEY);
        Anchor head = anchor(c, 1, KEY);
        List<Stored> cut = c.subList(0, 5);
        var v = audit(cut, head, positions(cut));
        assertThat(v.valid()).isFalse();
        assertThat(v.fault()).isEqualTo(Fault.TRUNCATED);
        assertThat(v.firstBrokenSeq()).isEqualTo(6);
        assertThat(v.reason()).contains("entries 6 to 7 were deleted");
        // the whole history deleted: the signed head still says 7
        assertThat(audit(List.of(), head, List.of())).extracting(CustodyChain.Verification::fault, CustodyChain.Verification::firstBrokenSeq)
                .containsExactly(Fault.TRUNCATED, 1);
    }

    @Test
    void aChainRecomputedAfterAnEditIsReportedAtTheEditedEntry() {
        List<Stored> c = chain(7, 1, KEY);
        Anchor head = anchor(c, 1, KEY);
        List<Stored> forged = recomputedFrom(c, 3);
        assertThat(CustodyChain.verify(forged).valid()).as("the hashes alone look fine").isTrue();
        var v = audit(forged, head, positions(forged));
        assertThat(v.fault()).isEqualTo(Fault.RECOMPUTED);
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.reason()).contains("entry 3").contains("recomputed");
        // re-sealing with a key of one's own does not help
        List<Stored> resealed = forged.stream().map(s -> new Stored(s.entry(), s.prevHash(), s.hash(),
                CustodyChain.seal(OTHER_KEY, ASSET, s.entry().seq(), s.hash()))).toList();
        assertThat(audit(resealed, head, positions(resealed)).firstBrokenSeq()).isEqualTo(1);
        // ...nor moving the head to the recomputed one without the key
        Anchor moved = new Anchor(7, forged.get(6).hash(), 1, head.signature());
        assertThat(audit(forged, moved, positions(forged)).fault()).isEqualTo(Fault.ANCHOR_FORGED);
    }

    @Test
    void anEditedAnchorIsForgedAndAMissingOrUnsignedOneIsUnanchored() {
        List<Stored> c = chain(7, 1, KEY);
        Anchor head = anchor(c, 1, KEY);
        List<Stored> cut = c.subList(0, 5);
        // cut back and the head moved to match: the signature gives it away
        var v = audit(cut, new Anchor(5, cut.get(4).hash(), 1, head.signature()), positions(cut));
        assertThat(v.fault()).isEqualTo(Fault.ANCHOR_FORGED);
        assertThat(v.firstBrokenSeq()).isNull();
        assertThat(audit(cut, anchor(cut, 1, OTHER_KEY), positions(cut)).fault()).isEqualTo(Fault.ANCHOR_FORGED);
        // sealedFrom moved up to skip the seals: also signed
        assertThat(audit(c, new Anchor(7, head.headHash(), 8, head.signature()), positions(c)).fault()).isEqualTo(Fault.ANCHOR_FORGED);
        assertThat(audit(c, null, positions(c)).fault()).isEqualTo(Fault.UNANCHORED);
        assertThat(audit(c, new Anchor(7, head.headHash(), 1, null), positions(c))).satisfies(x -> {
            assertThat(x.fault()).isEqualTo(Fault.UNANCHORED);
            assertThat(x.reason()).contains("not signed");
        });
    }

    @Test
    void entriesAfterTheSignedHeadAreReported() {
        List<Stored> c = new ArrayList<>(chain(5, 1, KEY));
        Anchor head = anchor(c, 1, KEY);
        Entry extra = new Entry(ASSET, 6, "HANDOVER_ACCEPTED", "VILLAGE", "410725901201", "伪造单位", "伪造人", null, "x", null,
                Instant.parse("2025-02-01T00:00:00Z"));
        c.add(sealed(extra, c.get(4).hash(), OTHER_KEY));
        var v = audit(c, head, positions(c));
        assertThat(v.fault()).isEqualTo(Fault.EXTENDED);
        assertThat(v.firstBrokenSeq()).isEqualTo(6);
    }

    @Test
    void chainsBegunBeforeSealingAreCheckedFromTheirSignedHead() {
        // entries 1-4 written before sealing (no seals), 5-6 after; the anchor says so and is signed
        List<Stored> c = chain(6, 5, KEY);
        Anchor head = anchor(c, 5, KEY);
        assertThat(audit(c, head, positions(c)).valid()).isTrue();
        // a rewrite among the unsealed entries still shows at the first sealed entry after it
        assertThat(audit(recomputedFrom(c, 2), head, positions(recomputedFrom(c, 2))))
                .extracting(CustodyChain.Verification::fault, CustodyChain.Verification::firstBrokenSeq).containsExactly(Fault.RECOMPUTED, 5);
        // with no sealed entry at all, the signed head hash is what shows it
        List<Stored> legacy = chain(4, 5, KEY);
        Anchor legacyHead = anchor(legacy, 5, KEY);
        assertThat(audit(recomputedFrom(legacy, 2), legacyHead, positions(recomputedFrom(legacy, 2))))
                .extracting(CustodyChain.Verification::fault, CustodyChain.Verification::firstBrokenSeq).containsExactly(Fault.RECOMPUTED, 4);
    }

    @Test
    void theCurrentCustodiansMustBeTheOnesTheChainNames() {
        List<Stored> c = chain(6, 1, KEY);
        Anchor head = anchor(c, 1, KEY);
        List<Position> ps = new ArrayList<>(positions(c));
        assertThat(ps).hasSize(4);
        assertThat(ps.get(3).personName()).isEqualTo("责任人6");

        List<Position> edited = new ArrayList<>(ps);
        Position v = edited.get(3);
        edited.set(3, new Position(v.tier(), v.regionCode(), v.unitName(), "冒名", v.since()));
        var r = audit(c, head, edited);
        assertThat(r.fault()).isEqualTo(Fault.POSITIONS_DIFFER);
        assertThat(r.firstBrokenSeq()).isEqualTo(6);
        assertThat(r.reason()).contains("VILLAGE").contains("冒名").contains("责任人6");

        assertThat(audit(c, head, ps.subList(0, 3))).extracting(CustodyChain.Verification::fault, CustodyChain.Verification::firstBrokenSeq)
                .containsExactly(Fault.POSITIONS_DIFFER, 6);
        List<Stored> three = chain(3, 1, KEY);
        List<Position> extra = new ArrayList<>(positions(three));
        extra.add(new Position("VILLAGE", "410725901201", "无据单位", "无据人", Instant.now()));
        assertThat(audit(three, anchor(three, 1, KEY), extra)).extracting(CustodyChain.Verification::fault, CustodyChain.Verification::firstBrokenSeq)
                .containsExactly(Fault.POSITIONS_DIFFER, null);
        Position t = ps.get(2);
        List<Position> movedSince = new ArrayList<>(ps);
        movedSince.set(2, new Position(t.tier(), t.regionCode(), t.unitName(), t.personName(), t.since().plusSeconds(1)));
        assertThat(audit(c, head, movedSince).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void sealsAndAnchorSignaturesCannotStandInForEachOther() {
        String h = chain(1, 1, KEY).get(0).hash();
        assertThat(CustodyChain.seal(KEY, ASSET, 1, h)).isNotEqualTo(CustodyChain.sign(KEY, ASSET, new Anchor(1, h, 1, null)));
        assertThat(CustodyChain.seal(KEY, ASSET, 1, h)).isNotEqualTo(CustodyChain.seal(KEY, UUID.randomUUID(), 1, h));
        assertThat(CustodyChain.seal(KEY, ASSET, 1, h)).isNotEqualTo(CustodyChain.seal(OTHER_KEY, ASSET, 1, h)).hasSize(64);
    }

    @Test
    void theServiceDoesNotStartWithoutAUsableKey() {
        assertThatThrownBy(() -> AnchorKey.parse(Optional.empty(), true)).hasMessageContaining("AGRI_CUSTODY_ANCHOR_KEY")
                .hasMessageContaining("does not start");
        assertThatThrownBy(() -> AnchorKey.parse(Optional.of("   "), false)).hasMessageContaining("is not set");
        assertThatThrownBy(() -> AnchorKey.parse(Optional.of("short-key"), true)).hasMessageContaining("at least 32");
        assertThatThrownBy(() -> AnchorKey.parse(Optional.of("dev-only-custody-anchor-key-not-for-production"), true))
                .hasMessageContaining("development default");
        assertThat(AnchorKey.parse(Optional.of("dev-only-custody-anchor-key-not-for-production"), false)).isNotEmpty();
        assertThat(AnchorKey.parse(Optional.of(" Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy "), true))
                .isEqualTo("Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy".getBytes(StandardCharsets.UTF_8));
    }
}
