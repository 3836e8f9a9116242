package cn.gov.xinxiang.agri.asset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces the platform's system clock (a @DefaultBean) in tests: a test sets "now" to reach period
 * ends and inventory deadlines, and resets it afterwards.
 */
@ApplicationScoped
public class TestClock {

    private static volatile Instant fixed;

    public static void set(String instant) {
        fixed = Instant.parse(instant);
    }

    public static void reset() {
        fixed = null;
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant f = fixed;
                return f == null ? Instant.now() : f;
            }
        };
    }
}
