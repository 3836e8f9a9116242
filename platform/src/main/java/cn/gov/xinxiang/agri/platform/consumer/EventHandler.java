package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;

import java.util.Set;

/**
 * The effect of a consumed event, registered under the inbox consumer names it serves, so that both
 * the live channel and an operator's replay of a dead letter ({@link DeadLetters}) run the same code.
 *
 * <p>Adopting it for a channel (one bean, one call):
 * <pre>{@code
 * @ApplicationScoped
 * public class FundingEventsConsumer implements EventHandler {
 *     static final String CONSUMER = "project-service.funding";   // the inbox name, stable forever
 *     @Inject ReliableConsumer events;
 *
 *     public Set<String> consumers() { return Set.of(CONSUMER); }
 *
 *     @Incoming("funding-events")
 *     @Blocking                                   // io.smallrye.reactive.messaging.annotations.Blocking: ordered, on a worker
 *     public void onFundingEvent(ConsumerRecord<String, String> record) {
 *         events.consume(CONSUMER, record);
 *     }
 *
 *     public void apply(String consumer, CloudEvent event) {
 *         AllocationMadeV1 made = events.payload(event, AllocationMadeV1.class);   // poison if it does not fit
 *         ...                                                                      // the effect, in the attempt's transaction
 *     }
 * }
 * }</pre>
 * The channel needs only its topic, group and deserializers in application.properties; the
 * platform sets the failure strategy and the retry settings ({@code agri.consumer.*}).
 */
public interface EventHandler {

    /** The inbox consumer names (one per channel, unique in the service) whose events this bean applies. */
    Set<String> consumers();

    /**
     * Applies one event not seen before by {@code consumer}. Runs inside a new transaction that also
     * records the event id in the inbox, so effect and inbox row commit together or not at all.
     * Throw {@link PoisonEventException} (or {@link CloudEvent.MalformedEventException}) for an event
     * that breaks a rule and can never apply; any other exception is retried with backoff.
     */
    void apply(String consumer, CloudEvent event);
}
