package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;

import java.util.Set;

/**
 * The effect of a consumed event, registered under the inbox consumer names it serves, so that both
 * the live channel and an operator's replay of a dead letter ({@link DeadLetters}) run the same code.
 *
 * <p>A consumer of one channel extends {@link ChannelConsumer} (inbox name, routes by type to a contract
 * record and an effect, one {@code @Incoming} method); a bean serving several inbox names implements this
 * interface and may dispatch through an {@link EventRoutes}. A channel needs only its connector and topic in
 * application.properties; the platform sets the group, deserializer, failure strategy and retry settings
 * ({@code mp.messaging.connector.smallrye-kafka.*}, {@code agri.consumer.*}).
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
