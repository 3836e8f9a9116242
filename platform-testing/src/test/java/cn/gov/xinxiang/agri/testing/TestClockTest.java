package cn.gov.xinxiang.agri.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test clock keeps zones: business dates (Asia/Shanghai, UTC+8) near midnight UTC are Shanghai's dates. */
class TestClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TestClock clock = new TestClock();

    @AfterEach
    void runAgain() {
        TestClock.reset();
    }

    @Test
    void shortlyAfterSixteenUtcItIsAlreadyTomorrowInShanghai() {
        TestClock.set("2025-07-09T16:30:00Z");
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(LocalDate.now(clock.withZone(SHANGHAI))).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(ZonedDateTime.now(clock.withZone(SHANGHAI)).getHour()).isZero();
    }

    @Test
    void justBeforeSixteenUtcBothSeeTheSameDate() {
        TestClock.set("2025-12-31T15:59:59Z");
        assertThat(LocalDate.now(clock.withZone(SHANGHAI))).isEqualTo(LocalDate.of(2025, 12, 31));
        clock.advance(Duration.ofSeconds(1));
        assertThat(LocalDate.now(clock.withZone(SHANGHAI))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aZoneViewIsTheSameInstantAndTheSameTime() {
        TestClock.set("2025-07-10T02:00:00Z");
        Clock shanghai = clock.withZone(SHANGHAI);
        assertThat(shanghai.getZone()).isEqualTo(SHANGHAI);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(shanghai.instant()).isEqualTo(clock.instant());
        // moving the clock moves every view of it
        clock.advance(Duration.ofDays(10));
        assertThat(shanghai.instant()).isEqualTo(Instant.parse("2025-07-20T02:00:00Z"));
        assertThat(new TestClock().instant()).isEqualTo(Instant.parse("2025-07-20T02:00:00Z"));
    }

    @Test
    void runningTimeMovesForwardByWhatWasAdvanced() {
        Instant before = clock.instant();
        clock.advance(Duration.ofDays(3));
        Instant after = clock.withZone(SHANGHAI).instant();
        assertThat(Duration.between(before, after)).isBetween(Duration.ofDays(3), Duration.ofDays(3).plusMinutes(1));
        assertThat(Duration.between(Instant.now(), clock.instant())).isGreaterThanOrEqualTo(Duration.ofDays(3).minusSeconds(1));
    }

    @Test
    void timeNeverMovesBack() {
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
