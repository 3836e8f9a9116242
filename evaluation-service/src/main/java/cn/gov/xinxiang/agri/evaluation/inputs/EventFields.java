package cn.gov.xinxiang.agri.evaluation.inputs;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.Correction;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reading an event's fields for the read models: a field that is missing or malformed makes the event poison
 * ({@link CloudEvent.MalformedEventException}: dead-lettered at once with the reason, never retried).
 */
public final class EventFields {

    private EventFields() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new CloudEvent.MalformedEventException(field + " is missing");
        }
        return value;
    }

    public static UUID uuid(String v, String field) {
        try {
            return UUID.fromString(v);
        } catch (RuntimeException e) {
            throw new CloudEvent.MalformedEventException(field + " is not a UUID: " + v);
        }
    }

    /** A 12-digit division code, as given. */
    public static String region(String code) {
        return RegionCode.parse(code).map(RegionCode::value)
                .orElseThrow(() -> new CloudEvent.MalformedEventException("not a 12-digit division code: " + code));
    }

    /** The county a (valid) division code lies in. */
    public static String county(String region) {
        return RegionCode.of(region).at(Tier.COUNTY).value();
    }

    /** An event's version of its source row: 1 when the event predates versions, never below 1. */
    public static int version(Integer v) {
        if (v != null && v < 1) {
            throw new CloudEvent.MalformedEventException("version must be 1 or more: " + v);
        }
        return v == null ? 1 : v;
    }

    /** For the stale reason: which version corrected which, and why. */
    public static String corrected(Integer version, Correction c) {
        if (c == null) {
            return "";
        }
        return " corrected (version " + c.correctsVersion() + " → " + version(version) + " by " + c.byTier() + " " + c.by() + "): " + c.reason();
    }

    /** The year of a half-year period like 2025H1. */
    public static int periodYear(String period) {
        if (period == null || !period.matches("[0-9]{4}H[12]")) {
            throw new CloudEvent.MalformedEventException("period is not like 2025H1: " + period);
        }
        return Integer.parseInt(period.substring(0, 4));
    }

    /** The business date (Asia/Shanghai) of an instant the event must carry. */
    public static LocalDate businessDate(Instant at, String field) {
        return required(at, field).atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
    }
}
