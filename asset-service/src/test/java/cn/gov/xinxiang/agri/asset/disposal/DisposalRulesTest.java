package cn.gov.xinxiang.agri.asset.disposal;

import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.Batch;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DisposalRulesTest {

    static final UUID ASSET = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static Decision<DisposalRules.Disposing> dispose(AssetStatus status, Batch batch, LocalDate decidedOn) {
        return DisposalRules.dispose(new DisposalRules.Facts(ASSET, status, batch, "城关三村股份经济合作社", decidedOn, TODAY));
    }

    static Violation refusal(Decision<?> d) {
        assertThat(d.allowed()).isFalse();
        assertThat(d.violations()).hasSize(1);
        return d.violations().get(0);
    }

    @Test
    void aConfirmedAdjustedAssetIsDisposedWithTheProceedsToItsOwner() {
        assertThat(dispose(AssetStatus.CONFIRMED, Batch.ADJUST, TODAY).change().proceedsTo()).isEqualTo("城关三村股份经济合作社");
        assertThat(dispose(AssetStatus.CONFIRMED, Batch.ADJUST, TODAY.minusYears(1)).allowed()).isTrue();
    }

    @Test
    void onlyOnce() {
        Violation v = refusal(dispose(AssetStatus.DISPOSED, Batch.ADJUST, TODAY));
        assertThat(v.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(v.slug()).isEqualTo("asset-disposed");
        assertThat(v.text().args()).containsExactly(ASSET);
    }

    @Test
    void anUnconfirmedAssetIsNotDisposed() {
        Violation v = refusal(dispose(AssetStatus.UNCONFIRMED, Batch.ADJUST, TODAY));
        assertThat(v.kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(v.slug()).isEqualTo("not-confirmed");
    }

    @Test
    void onlyTheAdjustBatchIsDisposed() {
        for (Batch b : new Batch[] {Batch.CONSOLIDATE, Batch.UPGRADE, Batch.REVITALISE}) {
            Violation v = refusal(dispose(AssetStatus.CONFIRMED, b, TODAY));
            assertThat(v.slug()).isEqualTo("not-adjusted");
            assertThat(v.text().args()).containsExactly(b.label);
        }
        Violation unclassified = refusal(dispose(AssetStatus.CONFIRMED, null, TODAY));
        assertThat(((Text) unclassified.text().args()[0]).key()).isEqualTo("disposal.not-classified");
    }

    @Test
    void theOwnersDecisionIsAlreadyTaken() {
        Violation v = refusal(dispose(AssetStatus.CONFIRMED, Batch.ADJUST, TODAY.plusDays(1)));
        assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
        assertThat(v.field()).isEqualTo("decidedOn");
    }
}
