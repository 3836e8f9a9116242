package cn.gov.xinxiang.agri.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock services read time from, so deadlines and notice windows can be tested. */
@ApplicationScoped
public class ClockProducer {

    /** Business dates (notice windows, periods) are in China Standard Time. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Only system tests and demos set this: the clock can then be moved forward through
     * {@link ShiftableClockResource}. Never set in production.
     */
    @ConfigProperty(name = "agri.clock.shiftable", defaultValue = "false")
    boolean shiftable;

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return shiftable ? ShiftableClock.INSTANCE : Clock.systemUTC();
    }
}
