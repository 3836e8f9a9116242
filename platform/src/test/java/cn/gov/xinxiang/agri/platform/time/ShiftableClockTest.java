package cn.gov.xinxiang.agri.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShiftableClockTest {

    @Test
    void movesForwardOnly() {
        ShiftableClock clock = ShiftableClock.INSTANCE;
        Duration before = clock.offset();
        clock.advance(Duration.ofDays(11));
        assertThat(clock.offset()).isEqualTo(before.plusDays(11));
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(10)));
        assertThatThrownBy(() -> clock.advance(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.offset()).isEqualTo(before.plusDays(11));
    }
}
