package cn.gov.xinxiang.agri.evaluation.inputs;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

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
}
