package cn.gov.xinxiang.agri.testing;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The clock of a service under test (replaces the platform's {@code @DefaultBean} clock in every service that has
 * platform-testing on its test path): real time unless a test moves it. A test either moves it forward
 * ({@link #advance}: notice windows, deadlines) or fixes "now" ({@link #set}, back to running time with
 * {@link #reset}). One application serves all tests of a JVM, so there is one time: the state is shared by every
 * instance and by every zone view.
 *
 * <p>Zones are kept: {@code clock.withZone(Asia/Shanghai)} is the same instant seen in Shanghai, so a business
 * date near midnight UTC ({@code LocalDate.now(clock.withZone(BUSINESS_ZONE))}) is the Shanghai date.
 */
@Singleton
public class TestClock extends Clock {

    private static volatile Instant fixed;
    private static volatile Duration offset = Duration.ZERO;

    private final ZoneId zone;

    public TestClock() {
        this(ZoneOffset.UTC);
    }

    private TestClock(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /** Fixes now at {@code instant} (ISO-8601, e.g. {@code 2025-07-10T02:00:00Z}) until {@link #reset}. */
    public static void set(String instant) {
        set(Instant.parse(instant));
    }

    public static void set(Instant instant) {
        fixed = Objects.requireNonNull(instant);
    }

    /** Lets time run again after {@link #set} (real time plus what tests advanced). */
    public static void reset() {
        fixed = null;
    }

    /**
     * Moves now forward by {@code by} (a fixed now, or running time). Never back: other tests of the JVM share
     * the application and its data was written at the later time.
     */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + by);
        }
        Instant f = fixed;
        if (f != null) {
            fixed = f.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new TestClock(zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now().plus(offset);
    }
}
