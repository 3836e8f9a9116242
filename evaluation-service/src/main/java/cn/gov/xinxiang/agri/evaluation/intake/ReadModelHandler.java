package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The read-model effect of one source aggregate's events. Each applier upserts keyed by the source's id (so a replay
 * gives the same rows) and says which evaluation inputs it changed; the {@link ReadModelProjector} dispatches by
 * CloudEvent type.
 */
abstract class ReadModelHandler {

    @Inject
    EntityManager em;

    @Inject
    ReliableConsumer events;

    /** Each CloudEvent type this handler applies, with the function that applies it. */
    abstract Map<String, Function<CloudEvent, List<InputChange>>> appliers();

    /** The event's data as its contract's payload record; a payload that does not fit is poison. */
    <T> T read(CloudEvent event, Class<T> type) {
        return events.payload(event, type);
    }
}
