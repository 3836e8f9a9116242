package cn.gov.xinxiang.agri.project.envoy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvoyCoverageTest {

    @Test
    void theShareIsServedOverLibraryProjectsToFourDecimals() {
        assertThat(EnvoyCoverage.of(3, 2).share()).isEqualByComparingTo("0.6667");
        assertThat(EnvoyCoverage.of(8, 1).share()).isEqualByComparingTo("0.1250");
        assertThat(EnvoyCoverage.of(5, 5).share()).isEqualByComparingTo("1");
        assertThat(EnvoyCoverage.of(5, 0).share()).isEqualByComparingTo("0");
        // no library project: no share at all, rather than a coverage of 0% or 100%
        assertThat(EnvoyCoverage.of(0, 0).share()).isNull();
    }

    /** Property: the share is in [0, 1], never further than half a unit of the fourth decimal from the exact ratio, and monotone in served. */
    @Test
    void theShareIsABoundedRoundedMonotoneRatio() {
        Random random = new Random(14);
        for (int i = 0; i < 2000; i++) {
            long total = 1 + random.nextInt(5000);
            long served = random.nextInt((int) total + 1);
            BigDecimal share = EnvoyCoverage.of(total, served).share();
            assertThat(share).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(share.scale()).isEqualTo(4);
            double exact = (double) served / total;
            assertThat(Math.abs(share.doubleValue() - exact)).isLessThanOrEqualTo(0.00005 + 1e-12);
            if (served < total) {
                assertThat(EnvoyCoverage.of(total, served + 1).share()).isGreaterThanOrEqualTo(share);
            }
        }
    }

    @Test
    void moreServedThanThereAreIsAProgrammingError() {
        assertThatThrownBy(() -> EnvoyCoverage.of(2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnvoyCoverage.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
