package cn.gov.xinxiang.agri.platform.consumer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void theDefaultScheduleDoublesFromOneSecondCapsAtAMinuteAndGivesUpAfterTenTries() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 10);
        assertThat(b.schedule()).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        // about four minutes of pauses; with ten tries of up to a 5 s lock timeout each, within ~5 minutes
        assertThat(b.totalPause()).isEqualTo(Duration.ofSeconds(243));
        assertThat(b.retryAfter(9)).isTrue();
        assertThat(b.retryAfter(10)).isFalse();
    }

    @Test
    void pausesNeverExceedTheCapEvenAfterVeryManyTries() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), 2.0, 5000);
        assertThat(b.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(b.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(b.delayAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(b.delayAfter(4)).isEqualTo(Duration.ofMillis(400));
        assertThat(b.delayAfter(4000)).isEqualTo(Duration.ofMillis(400)); // 2^3999 overflows a double: still the cap
        assertThat(b.schedule()).hasSize(4999).allMatch(d -> d.compareTo(Duration.ofMillis(400)) <= 0);
    }

    @Test
    void aMultiplierOfOneIsAFixedPause() {
        assertThat(new Backoff(Duration.ofMillis(250), Duration.ofSeconds(1), 1.0, 4).schedule())
                .isEqualTo(List.of(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(250)));
    }

    @Test
    void oneTryMeansNoRetry() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2.0, 1);
        assertThat(b.schedule()).isEmpty();
        assertThat(b.retryAfter(1)).isFalse();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 2.0, 3)).hasMessageContaining("initial");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2.0, 3)).hasMessageContaining("max backoff");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 3)).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2.0, 0)).hasMessageContaining("attempts");
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2.0, 3);
        assertThatThrownBy(() -> b.delayAfter(0)).hasMessageContaining("from 1");
    }
}
