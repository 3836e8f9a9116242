package cn.gov.xinxiang.agri.asset.ledger;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger export's size limit, on its accept and its refuse side. */
class LedgerRulesTest {

    @Test
    void anExportUpToTheLimitIsHandedOutALargerOneIsRefused() {
        assertThat(LedgerRules.export(0, 10).change()).isZero();
        assertThat(LedgerRules.export(10, 10).change()).isEqualTo(10L);

        Decision<Long> tooLarge = LedgerRules.export(11, 10);
        assertThat(tooLarge.allowed()).isFalse();
        Violation v = tooLarge.violations().get(0);
        assertThat(v.kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(v.slug()).isEqualTo("export-too-large");
        assertThat(v.text().key()).isEqualTo("ledger.too-large");
        assertThat(v.text().args()).containsExactly(11L, 10);
    }
}
