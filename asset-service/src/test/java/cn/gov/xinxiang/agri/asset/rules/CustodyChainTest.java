package cn.gov.xinxiang.agri.asset.rules;

import cn.gov.xinxiang.agri.asset.custody.CustodyChain;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CustodyChainTest {

    static List<CustodyChain.Stored> chain(int n) {
        UUID asset = UUID.randomUUID();
        List<CustodyChain.Stored> out = new ArrayList<>();
        String prev = CustodyChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            var e = new CustodyChain.Entry(asset, i, "ASSIGNED", "VILLAGE", "410725901201", "城关一村村委会", "李" + i, null, "village-1",
                    i % 2 == 0 ? null : "备注|" + i, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i));
            String h = CustodyChain.hash(prev, e);
            out.add(new CustodyChain.Stored(e, prev, h));
            prev = h;
        }
        return out;
    }

    @Test
    void anIntactChainVerifies() {
        var v = CustodyChain.verify(chain(5));
        assertThat(v.valid()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.firstBrokenSeq()).isNull();
        assertThat(CustodyChain.verify(List.of()).valid()).isTrue();
    }

    @Test
    void anAlteredEntryIsTheFirstBrokenLink() {
        var c = new ArrayList<>(chain(5));
        var s = c.get(2);
        var e = s.entry();
        c.set(2, new CustodyChain.Stored(new CustodyChain.Entry(e.assetId(), e.seq(), e.kind(), e.tier(), e.regionCode(), e.unitName(), "王五",
                e.handoverId(), e.actor(), e.note(), e.occurredAt()), s.prevHash(), s.hash()));
        var v = CustodyChain.verify(c);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void aRehashedEntryBreaksTheNextLinkAndRemovalOrReorderIsDetected() {
        var c = new ArrayList<>(chain(5));
        var s = c.get(1);
        var e = s.entry();
        var forged = new CustodyChain.Entry(e.assetId(), e.seq(), e.kind(), e.tier(), e.regionCode(), "伪造单位", e.personName(), e.handoverId(),
                e.actor(), e.note(), e.occurredAt());
        c.set(1, new CustodyChain.Stored(forged, s.prevHash(), CustodyChain.hash(s.prevHash(), forged)));
        assertThat(CustodyChain.verify(c).firstBrokenSeq()).isEqualTo(3);

        var removed = new ArrayList<>(chain(5));
        removed.remove(1);
        assertThat(CustodyChain.verify(removed).firstBrokenSeq()).isEqualTo(3);

        var swapped = new ArrayList<>(chain(5));
        java.util.Collections.swap(swapped, 3, 4);
        assertThat(CustodyChain.verify(swapped).firstBrokenSeq()).isEqualTo(5);
    }

    @Test
    void theCanonicalFormCannotBeForgedBySeparators() {
        UUID a = UUID.randomUUID();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        var one = new CustodyChain.Entry(a, 1, "ASSIGNED", "VILLAGE", "410725901201", "甲|3:乙", "丙", null, "x", null, t);
        var two = new CustodyChain.Entry(a, 1, "ASSIGNED", "VILLAGE", "410725901201", "甲", "乙|1:丙", null, "x", null, t);
        assertThat(CustodyChain.hash(CustodyChain.GENESIS, one)).isNotEqualTo(CustodyChain.hash(CustodyChain.GENESIS, two));
    }
}
