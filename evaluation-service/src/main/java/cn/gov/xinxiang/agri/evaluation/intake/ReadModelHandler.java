package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import cn.gov.xinxiang.agri.platform.consumer.EventRoutes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.function.Consumer;

/**
 * The read-model effect of one source aggregate's events. Each applier upserts keyed by the source's id (so a replay
 * gives the same rows) and says which evaluation inputs it changed; the {@link ReadModelProjector} dispatches by
 * CloudEvent type through the platform's {@link EventRoutes}, which reads each event's data into its contract record
 * (data that does not fit is poison).
 */
abstract class ReadModelHandler {

    @Inject
    EntityManager em;

    /** What an event of a routed type does: applies its data and says which evaluation inputs it changed. */
    @FunctionalInterface
    interface Applier<T> {
        List<InputChange> apply(CloudEvent event, T data);
    }

    /** Routes each CloudEvent type this handler applies, with its contract record, to its applier. */
    abstract void routes(Routes on);

    /** The projector's routes as a handler fills them: what each applier says it changed goes to {@code changed}. */
    record Routes(EventRoutes routes, Consumer<List<InputChange>> changed) {
        <T> Routes on(String type, Class<T> data, Applier<T> applier) {
            routes.on(type, data, (event, d) -> changed.accept(applier.apply(event, d)));
            return this;
        }
    }
}
