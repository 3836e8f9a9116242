package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which event types a consumer applies, each with its contract record and its effect: the dispatch by type and
 * the reading of the data into the record, done once here instead of in every consumer. A type that is not routed
 * is skipped (the inbox still records it, so it is never looked at again).
 *
 * <pre>{@code
 * routes.on(FundingEvents.ALLOCATION_MADE_V1, AllocationMadeV1.class, (event, made) -> intake.start(made));
 * }</pre>
 */
public final class EventRoutes {

    /** What to do with one event of a routed type, given the event (id, subject, type) and its data as the contract record. */
    @FunctionalInterface
    public interface Effect<T> {
        void apply(CloudEvent event, T data);
    }

    private record Route<T>(Class<T> data, Effect<T> effect) {
        void run(CloudEvent event, BiFunction<CloudEvent, Class<?>, ?> read) {
            effect.apply(event, data.cast(read.apply(event, data)));
        }
    }

    private final Map<String, Route<?>> routes = new LinkedHashMap<>();

    /** Routes {@code type} to {@code effect}, its data read as {@code data} (data that does not fit is poison). */
    public <T> EventRoutes on(String type, Class<T> data, Effect<T> effect) {
        if (routes.putIfAbsent(type, new Route<>(data, effect)) != null) {
            throw new IllegalStateException("event type " + type + " is routed twice");
        }
        return this;
    }

    public Set<String> types() {
        return routes.keySet();
    }

    /**
     * Applies the event's effect if its type is routed, reading its data with {@code read} (normally
     * {@link ReliableConsumer#payload}); false (and nothing done) for a type that is not routed.
     */
    public boolean apply(CloudEvent event, BiFunction<CloudEvent, Class<?>, ?> read) {
        Route<?> route = routes.get(event.type());
        if (route == null) {
            return false;
        }
        route.run(event, read);
        return true;
    }
}
