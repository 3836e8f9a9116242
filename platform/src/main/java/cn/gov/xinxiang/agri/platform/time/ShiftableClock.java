package cn.gov.xinxiang.agri.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock plus an offset that only moves forward. For system tests of deadlines. */
public final class ShiftableClock extends Clock {

    static final ShiftableClock INSTANCE = new ShiftableClock();

    private volatile Duration offset = Duration.ZERO;

    private ShiftableClock() {
    }

    public synchronized Duration advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        offset = offset.plus(by);
        return offset;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
