package cn.gov.xinxiang.agri.funding.policy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharesTest {

    static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    /** Random amounts in yuan with cents, up to ~10^12. */
    static BigDecimal amount(Random r) {
        return BigDecimal.valueOf(Math.floorMod(r.nextLong(), 100_000_000_000_000L), 2);
    }

    @Test
    void theCitys2023FiguresShow67point4Percent() {
        assertThat(Shares.display(yuan("683000000.00"), yuan("1013350000.00"))).isEqualTo("67.4%");
        assertThat(Shares.meetsFloor(yuan("683000000.00"), yuan("1013350000.00"), yuan("0.65"))).isTrue();
        assertThat(Shares.display(yuan("649000000.00"), yuan("1000000000.00"))).isEqualTo("64.9%");
        assertThat(Shares.meetsFloor(yuan("649000000.00"), yuan("1000000000.00"), yuan("0.65"))).isFalse();
    }

    @Test
    void aShareThatDisplaysAsTheFloorCanStillMissItByACent() {
        // 64.9999...% displays as 65.0% but is below the floor: the decision uses exact amounts.
        BigDecimal whole = yuan("1000000000.00");
        BigDecimal part = yuan("649999999.99");
        assertThat(Shares.display(part, whole)).isEqualTo("65.0%");
        assertThat(Shares.meetsFloor(part, whole, yuan("0.65"))).isFalse();
        assertThat(Shares.meetsFloor(part.add(yuan("0.01")), whole, yuan("0.65"))).isTrue();
    }

    @Test
    void emptyWholesAndBadInput() {
        assertThat(Shares.meetsFloor(BigDecimal.ZERO, BigDecimal.ZERO, yuan("0.65"))).isTrue();
        assertThat(Shares.ratio(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Shares.display(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("—");
        assertThat(Shares.displayFloor(yuan("0.65"))).isEqualTo("65%");
        assertThat(Shares.displayFloor(yuan("0.625"))).isEqualTo("62.5%");
        assertThatThrownBy(() -> Shares.meetsFloor(yuan("-1"), BigDecimal.TEN, yuan("0.5"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Property: the floor decision agrees with exact rational comparison, for any amounts and floors. */
    @Test
    void floorDecisionEqualsExactComparison() {
        Random r = new Random(20240301);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal whole = amount(r).add(yuan("0.01"));
            BigDecimal part = i % 3 == 0 ? whole.multiply(yuan("0.65")).setScale(2, RoundingMode.values()[i % 4]) : amount(r).min(whole);
            BigDecimal floor = i % 2 == 0 ? yuan("0.65") : BigDecimal.valueOf(r.nextInt(1_000_001), 6);
            // part/whole >= floor  <=>  part * 10^k >= floor * whole * 10^k: compare as integers
            boolean exact = part.movePointRight(8).toBigInteger()
                    .compareTo(floor.multiply(whole).movePointRight(8).toBigInteger()) >= 0;
            assertThat(Shares.meetsFloor(part, whole, floor)).as("%s / %s >= %s", part, whole, floor).isEqualTo(exact);
        }
    }

    /** Property: the displayed percentage is the exact one rounded half-up, off by at most 0.05 points. */
    @Test
    void displayIsTheExactShareRoundedOnce() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal whole = amount(r).add(yuan("0.01"));
            BigDecimal part = amount(r).min(whole);
            BigDecimal shown = Shares.percent(part, whole, 1);
            BigDecimal exactTimes100 = Shares.ratio(part, whole).multiply(BigDecimal.valueOf(100));
            assertThat(shown.subtract(exactTimes100).abs()).isLessThanOrEqualTo(yuan("0.05"));
            assertThat(shown).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(Shares.display(part, whole)).isEqualTo(shown.toPlainString() + "%");
        }
    }

    /** Property: shares of parts that make up a whole add up to one (exactly, up to the 20-digit ratio). */
    @Test
    void sharesOfAPartitionAddUpToOne() {
        Random r = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal a = amount(r);
            BigDecimal b = amount(r);
            BigDecimal c = amount(r).add(yuan("0.01"));
            BigDecimal whole = a.add(b).add(c);
            BigDecimal sum = Shares.ratio(a, whole).add(Shares.ratio(b, whole)).add(Shares.ratio(c, whole));
            assertThat(sum.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1e-18"));
        }
    }
}
