package cn.gov.xinxiang.agri.system;

import cn.gov.xinxiang.agri.system.EffectLedger.Kind;
import cn.gov.xinxiang.agri.system.EffectLedger.Seen;
import cn.gov.xinxiang.agri.system.EffectLedger.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault suite's judge must see a lost, a doubled, a wrong and an unexplained effect, or its zeros mean nothing. */
class EffectLedgerTest {

    private static EffectLedger ledger() {
        EffectLedger l = new EffectLedger();
        l.expect("a", Kind.EVALUATION_PROJECT, "p1", 1, "DRAFT");
        l.expect("a", Kind.EVALUATION_PROJECT, "p2", 2, "IN_LIBRARY");
        l.expect("b", Kind.EVALUATION_PROJECT, "p3", 1, "DRAFT");
        l.expect("a", Kind.ASSET_HOUSEHOLD, "H1", 1, "张三");
        l.expect("a", Kind.EVALUATION_ALLOCATION, "x1", 1, EffectLedger.money(new BigDecimal("100000.00")));
        return l;
    }

    @Test
    void equalReadModelsAreClean() {
        Verdict v = ledger().compare(Map.of(
                Kind.EVALUATION_PROJECT, Map.of("p1", new Seen(1, "DRAFT"), "p2", new Seen(2, "IN_LIBRARY"), "p3", new Seen(1, "DRAFT")),
                Kind.ASSET_HOUSEHOLD, EffectLedger.rows(List.of("H1"), Map.of("H1", "张三")),
                Kind.EVALUATION_ALLOCATION, EffectLedger.rows(List.of("x1"), Map.of("x1", EffectLedger.money(new BigDecimal("100000"))))), null);
        assertThat(v.clean()).as(v.toString()).isTrue();
    }

    @Test
    void countsLostDuplicatedWrongAndUnexpected() {
        Verdict v = ledger().compare(Map.of(
                // p1 counted twice (a duplicate), p2 missing its admission (lost), p3 absent (lost)
                Kind.EVALUATION_PROJECT, Map.of("p1", new Seen(2, "DRAFT"), "p2", new Seen(1, "IN_LIBRARY")),
                // two rows for one household, and a row no write explains
                Kind.ASSET_HOUSEHOLD, EffectLedger.rows(List.of("H1", "H1", "H9"), Map.of("H1", "张三", "H9", "李四")),
                Kind.EVALUATION_ALLOCATION, EffectLedger.rows(List.of("x1"), Map.of("x1", "99999"))), null);
        assertThat(v.clean()).isFalse();
        assertThat(v.lost()).isEqualTo(2);
        assertThat(v.duplicated()).isEqualTo(2);
        EffectLedger.Count households = v.counts().stream().filter(c -> c.kind() == Kind.ASSET_HOUSEHOLD).findFirst().orElseThrow();
        assertThat(households.unexpected()).isEqualTo(1);
        EffectLedger.Count allocations = v.counts().stream().filter(c -> c.kind() == Kind.EVALUATION_ALLOCATION).findFirst().orElseThrow();
        assertThat(allocations.wrong()).isEqualTo(1);
    }

    @Test
    void aScenarioIsJudgedOnItsOwnEffects() {
        Verdict v = ledger().compare(Map.of(Kind.EVALUATION_PROJECT, Map.of("p3", new Seen(1, "DRAFT"), "stray", new Seen(1, "DRAFT"))), "b");
        assertThat(v.clean()).as("b's one effect is there; strays are judged only over all scenarios").isTrue();
        assertThat(v.counts().stream().mapToInt(EffectLedger.Count::expected).sum()).isEqualTo(1);
    }
}
