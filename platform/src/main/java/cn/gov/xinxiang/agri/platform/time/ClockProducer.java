package cn.gov.xinxiang.agri.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock services read time from, so deadlines and notice windows can be tested. */
@ApplicationScoped
public class ClockProducer {

    /** Business dates (notice windows, periods) are in China Standard Time. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
