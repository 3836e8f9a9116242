package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.UUID;

/**
 * One inbox consumer fed by one channel: the subclass says which inbox name, which event types with which contract
 * record and what each applies; parsing, the inbox, retries, dead letters and the dispatch by type are done here and
 * in {@link ReliableConsumer}. Poison or passing is unchanged: data that does not fit its record, a
 * {@link CloudEvent.MalformedEventException} or a {@link PoisonEventException} from an effect is parked at once; any
 * other exception is retried.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class FundingEventsConsumer extends ChannelConsumer {
 *     @Inject IntakeService intake;
 *
 *     protected String consumer() { return "project-service.funding"; }       // the inbox name, stable forever
 *
 *     protected void routes(EventRoutes on) {
 *         on.on(FundingEvents.ALLOCATION_MADE_V1, AllocationMadeV1.class, (event, made) -> intake.start(made));
 *     }
 *
 *     @Incoming("funding-events")
 *     @Blocking                              // io.smallrye.reactive.messaging.annotations.Blocking: ordered, on a worker
 *     public void onFundingEvent(ConsumerRecord<String, String> record) {
 *         consume(record);
 *     }
 * }
 * }</pre>
 * A bean that serves several inbox names (one per channel) implements {@link EventHandler} itself and can still
 * dispatch through an {@link EventRoutes}.
 */
public abstract class ChannelConsumer implements EventHandler {

    private static final Logger LOG = Logger.getLogger(ChannelConsumer.class);

    @Inject
    protected ReliableConsumer events;

    private volatile EventRoutes routes;

    /** The inbox consumer name (unique in the service, stable forever: the inbox rows carry it). */
    protected abstract String consumer();

    /** Routes each event type this consumer applies to its contract record and effect; other types are skipped. */
    protected abstract void routes(EventRoutes on);

    /** Hands a record of the channel to {@link ReliableConsumer#consume}; call it from the {@code @Incoming @Blocking} method. */
    protected void consume(ConsumerRecord<String, String> record) {
        events.consume(consumer(), record);
    }

    @Override
    public Set<String> consumers() {
        return Set.of(consumer());
    }

    @Override
    public void apply(String consumer, CloudEvent event) {
        if (!routes().apply(event, events::payload)) {
            LOG.debugf("%s: ignoring event type %s", consumer, event.type());
        }
    }

    EventRoutes routes() {
        EventRoutes r = routes;
        if (r == null) {
            r = new EventRoutes();
            routes(r);
            routes = r;
        }
        return r;
    }

    /** {@code value} as a UUID; malformed (poison) if it is none, naming the field and the event type. */
    protected static UUID uuid(CloudEvent event, String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CloudEvent.MalformedEventException(field + " of " + event.type() + " is not a UUID");
        }
    }
}
