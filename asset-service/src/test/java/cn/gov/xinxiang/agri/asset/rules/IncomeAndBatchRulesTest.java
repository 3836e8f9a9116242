package cn.gov.xinxiang.agri.asset.rules;

import cn.gov.xinxiang.agri.asset.batch.BatchRules;
import cn.gov.xinxiang.agri.asset.income.Period;
import cn.gov.xinxiang.agri.asset.income.ReturnRules;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.Batch;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomeAndBatchRulesTest {

    static BatchRules.Result r(String p, boolean below) {
        return new BatchRules.Result(Period.of(p), below, false);
    }

    @Test
    void periodsAreHalfYears() {
        Period p = Period.of("2025H2");
        assertThat(p.start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.next().toString()).isEqualTo("2026H1");
        assertThat(p.previous().toString()).isEqualTo("2025H1");
        assertThat(Period.of("2026H1").previous().toString()).isEqualTo("2025H2");
        assertThat(p.deadline(30)).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(Period.containing(LocalDate.of(2025, 6, 30)).toString()).isEqualTo("2025H1");
        assertThat(Period.read("2025H3", "period").violations()).singleElement()
                .satisfies(v -> assertThat(java.util.List.of(v.field(), v.text().key())).containsExactly("period", "period.format"));
        assertThat(Period.read("2025H2", "period").change()).isEqualTo(Period.of("2025H2"));
        assertThat(Period.read("25H1", "period").allowed()).isFalse();
        assertThatThrownBy(() -> Period.of("25H1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnIsAnnualisedAndComparedExactly() {
        BigDecimal value = new BigDecimal("1000000.00");
        assertThat(ReturnRules.annualisedReturn(new BigDecimal("7500.00"), value)).isEqualByComparingTo("0.015");
        assertThat(ReturnRules.belowBenchmark(new BigDecimal("7500.00"), value, new BigDecimal("0.015"))).isFalse();
        assertThat(ReturnRules.belowBenchmark(new BigDecimal("7499.99"), value, new BigDecimal("0.015"))).isTrue();
        // property: the flag agrees with the exact comparison for random amounts
        Random rnd = new Random(7);
        for (int i = 0; i < 2000; i++) {
            BigDecimal v = BigDecimal.valueOf(1 + rnd.nextInt(100_000_000), 2);
            BigDecimal inc = BigDecimal.valueOf(rnd.nextInt(5_000_000), 2);
            BigDecimal rate = new BigDecimal("0.015");
            boolean exact = inc.multiply(BigDecimal.valueOf(2)).divide(v, 20, java.math.RoundingMode.HALF_EVEN).compareTo(rate) < 0;
            assertThat(ReturnRules.belowBenchmark(inc, v, rate)).isEqualTo(exact);
        }
    }

    @Test
    void twoPeriodsRunningBelowTheBenchmarkProposeRevitalise() {
        assertThat(BatchRules.propose(List.of(r("2025H1", true))).batch()).isNull();
        var p = BatchRules.propose(List.of(r("2025H2", true), r("2025H1", true)));
        assertThat(p.batch()).isEqualTo(Batch.REVITALISE);
        assertThat(p.reason()).contains("连续2期");
        assertThat(BatchRules.propose(List.of(r("2025H1", false), r("2025H2", false))).batch()).isEqualTo(Batch.CONSOLIDATE);
        assertThat(BatchRules.propose(List.of(r("2025H1", true), r("2025H2", false))).batch()).isEqualTo(Batch.UPGRADE);
        assertThat(BatchRules.propose(List.of(r("2025H1", false), r("2025H2", true))).batch()).isEqualTo(Batch.UPGRADE);
        // a gap breaks the run: 2024H2 and 2025H2 below, 2025H1 missing
        assertThat(BatchRules.propose(List.of(r("2024H2", true), r("2025H2", true))).batch()).isEqualTo(Batch.UPGRADE);
        assertThat(BatchRules.propose(List.of(r("2024H1", true), r("2024H2", true), r("2025H1", true), r("2025H2", true))).batch())
                .isEqualTo(Batch.ADJUST);
        assertThat(BatchRules.propose(List.of(new BatchRules.Result(Period.of("2025H1"), true, true),
                new BatchRules.Result(Period.of("2025H2"), true, true))).batch()).isEqualTo(Batch.ADJUST);
    }

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    static ReturnRules.Inventory inventory(AssetClass cls, AssetStatus status, String value, LocalDate inService, String period, boolean recorded) {
        return new ReturnRules.Inventory(cls, status, new BigDecimal(value), inService, Period.of(period), TODAY, recorded);
    }

    static Violation refusal(Decision<?> d) {
        assertThat(d.allowed()).isFalse();
        return d.violations().get(0);
    }

    @Test
    void anInventoryIsOfAnOperatingAssetStillHeldForAnEndedHalfYearInServiceOnce() {
        LocalDate since = LocalDate.of(2024, 3, 1);
        assertThat(ReturnRules.record(inventory(AssetClass.OPERATING, AssetStatus.CONFIRMED, "100.00", since, "2025H2", false)).change())
                .hasToString("2025H2");
        assertThat(ReturnRules.record(inventory(AssetClass.OPERATING, AssetStatus.UNCONFIRMED, "100.00", LocalDate.of(2025, 12, 31), "2025H2", false))
                .allowed()).isTrue();
        assertThat(refusal(ReturnRules.record(inventory(AssetClass.PUBLIC_WELFARE, AssetStatus.CONFIRMED, "100.00", since, "2025H2", false))).slug())
                .isEqualTo("not-operating");
        assertThat(refusal(ReturnRules.record(inventory(AssetClass.OPERATING, AssetStatus.DISPOSED, "100.00", since, "2025H2", false))).slug())
                .isEqualTo("asset-disposed");
        Violation running = refusal(ReturnRules.record(inventory(AssetClass.OPERATING, AssetStatus.CONFIRMED, "100.00", since, "2026H1", false)));
        assertThat(running.field()).isEqualTo("period");
        assertThat(running.text().key()).isEqualTo("period.not-ended");
        Violation before = refusal(ReturnRules.record(inventory(AssetClass.OPERATING, AssetStatus.CONFIRMED, "100.00", LocalDate.of(2026, 1, 1), "2025H2", false)));
        assertThat(before.text().key()).isEqualTo("income.before-service");
        assertThat(refusal(ReturnRules.record(inventory(AssetClass.OPERATING, AssetStatus.CONFIRMED, "0.00", since, "2025H2", false))).slug())
                .isEqualTo("no-value");
        Violation twice = refusal(ReturnRules.record(inventory(AssetClass.OPERATING, AssetStatus.CONFIRMED, "100.00", since, "2025H2", true)));
        assertThat(twice.slug()).isEqualTo("inventory-exists");
        assertThat(twice.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
    }

    @Test
    void onlyOperatingAssetsStillHeldArePlacedInABatch() {
        assertThat(BatchRules.operating(AssetClass.OPERATING).allowed()).isTrue();
        assertThat(refusal(BatchRules.operating(AssetClass.HOUSEHOLD)).slug()).isEqualTo("not-operating");
        assertThat(refusal(BatchRules.operating(AssetClass.PUBLIC_WELFARE)).kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(BatchRules.classifiable(AssetStatus.CONFIRMED).allowed()).isTrue();
        assertThat(refusal(BatchRules.classifiable(AssetStatus.DISPOSED)).slug()).isEqualTo("asset-disposed");
    }
}
