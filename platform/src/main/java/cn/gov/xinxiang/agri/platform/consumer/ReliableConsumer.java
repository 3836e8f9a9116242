package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way a service consumes events: every {@code @Incoming} method hands its record to
 * {@link #consume}, which returns only once the record is applied, recognised as already applied, or
 * parked as a dead letter. A record that is none of these is never acknowledged.
 *
 * <ul>
 *   <li>Each try runs in its own new transaction: the key's lock, the inbox row and the effect
 *       ({@link EventHandler#apply}) commit together, so a redelivery or a replay changes nothing.</li>
 *   <li>A poison event ({@link Failures#classify}) is parked at once with its reason, and the
 *       partition moves on.</li>
 *   <li>Any other failure is retried with bounded exponential backoff ({@link Backoff},
 *       {@code agri.consumer.retry.*}) while the channel waits (the method is ordered and blocking,
 *       so later records wait behind it). When the tries are used up the record is parked TRANSIENT
 *       with the last error. If even parking fails (the database is away) it keeps trying, applying
 *       first, then parking.</li>
 *   <li>Order per key: while a key has an unresolved TRANSIENT or HELD dead letter in this consumer,
 *       its later records are parked HELD behind it, unapplied; replaying the topic applies them in
 *       order. A POISON dead letter does not hold its key: it will never apply, so there is nothing
 *       for later events to wait for.</li>
 * </ul>
 * The channel's own failure strategy only ever sees an exception when the service shuts down mid-wait:
 * the record is then not acknowledged and is redelivered after the restart.
 */
@ApplicationScoped
public class ReliableConsumer {

    private static final Logger LOG = Logger.getLogger(ReliableConsumer.class);

    @Inject
    DeadLetters deadLetters;

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    @Inject
    @Any
    Instance<EventHandler> handlerBeans;

    @ConfigProperty(name = "agri.consumer.retry.max-attempts", defaultValue = "10")
    int maxAttempts;

    @ConfigProperty(name = "agri.consumer.retry.initial-backoff", defaultValue = "1s")
    Duration initialBackoff;

    @ConfigProperty(name = "agri.consumer.retry.max-backoff", defaultValue = "60s")
    Duration maxBackoff;

    @ConfigProperty(name = "agri.consumer.retry.multiplier", defaultValue = "2")
    double multiplier;

    @ConfigProperty(name = "agri.consumer.transaction-timeout", defaultValue = "60s")
    Duration transactionTimeout;

    private Backoff backoff;
    private volatile Map<String, EventHandler> handlers;
    private final Object sleeper = new Object();
    private volatile boolean stopping;

    @PostConstruct
    void init() {
        backoff = new Backoff(initialBackoff, maxBackoff, multiplier, maxAttempts);
    }

    public Backoff backoff() {
        return backoff;
    }

    /**
     * Applies one record for the named inbox consumer, retrying and parking as described above.
     * Call it from an {@code @Incoming} method annotated {@code @Blocking} (ordered) that takes the
     * {@code ConsumerRecord<String, String>}; do not add {@code @Transactional}: each try opens its own.
     */
    public void consume(String consumer, ConsumerRecord<String, String> record) {
        EventHandler handler = handler(consumer);
        DeadLetters.Source source = DeadLetters.Source.of(consumer, record);
        int attempt = 0;
        while (true) {
            attempt++;
            Throwable failure;
            try {
                DeadLetters.Outcome outcome = QuarkusTransaction.requiringNew().timeout((int) Math.max(1, transactionTimeout.toSeconds()))
                        .call(() -> deadLetters.applyOrHold(source, handler));
                registry.counter("agri.consumer.records", "consumer", consumer, "outcome", outcome.name().toLowerCase()).increment();
                if (outcome == DeadLetters.Outcome.HELD) {
                    deadLetters.parkedChanged();
                }
                return;
            } catch (Throwable t) {
                if (t instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                failure = t;
            }
            DeadLetterKind kind = Failures.classify(failure);
            if (kind == DeadLetterKind.POISON) {
                parkUntilStored(source, DeadLetterKind.POISON, failure, attempt);
                return;
            }
            if (backoff.retryAfter(attempt)) {
                registry.counter("agri.consumer.retries", "consumer", consumer).increment();
                Duration pause = backoff.delayAfter(attempt);
                LOG.warnf("%s: %s-%d@%d failed (try %d of %d), retrying in %d ms: %s", consumer, record.topic(), record.partition(),
                        record.offset(), attempt, maxAttempts, pause.toMillis(), Failures.reason(failure));
                pause(pause);
                continue;
            }
            try {
                park(source, DeadLetterKind.TRANSIENT, failure, attempt);
                return;
            } catch (Throwable parkFailed) {
                if (parkFailed instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                // Neither applied nor parked: keep the record, try again (applying first) after a pause.
                LOG.errorf("%s: could not park %s-%d@%d either, trying again in %d ms: %s", consumer, record.topic(), record.partition(),
                        record.offset(), maxBackoff.toMillis(), Failures.reason(parkFailed));
                pause(maxBackoff);
            }
        }
    }

    /**
     * Reads an event's data as its contract's payload record; a payload that does not fit is poison.
     */
    public <T> T payload(CloudEvent event, Class<T> type) {
        try {
            T value = mapper.treeToValue(event.data(), type);
            if (value == null) {
                throw new CloudEvent.MalformedEventException("event " + event.type() + " has no data");
            }
            return value;
        } catch (CloudEvent.MalformedEventException e) {
            throw e;
        } catch (Exception e) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " does not fit its contract: " + e.getMessage());
        }
    }

    private void parkUntilStored(DeadLetters.Source source, DeadLetterKind kind, Throwable failure, int attempts) {
        while (true) {
            try {
                park(source, kind, failure, attempts);
                return;
            } catch (Throwable parkFailed) {
                if (parkFailed instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                LOG.errorf("%s: could not park %s-%d@%d, trying again in %d ms: %s", source.consumer(), source.topic(), source.partition(),
                        source.offset(), maxBackoff.toMillis(), Failures.reason(parkFailed));
                pause(maxBackoff);
            }
        }
    }

    private void park(DeadLetters.Source source, DeadLetterKind kind, Throwable failure, int attempts) {
        String reason = Failures.reason(failure);
        QuarkusTransaction.requiringNew().timeout((int) Math.max(1, transactionTimeout.toSeconds()))
                .run(() -> deadLetters.park(source, kind, reason, attempts));
        registry.counter("agri.consumer.parked", "consumer", source.consumer(), "kind", kind.name()).increment();
        LOG.errorf("%s: parked %s-%d@%d (key %s) as %s after %d tries: %s", source.consumer(), source.topic(), source.partition(),
                source.offset(), source.key(), kind, attempts, reason);
        deadLetters.parkedChanged();
    }

    private void pause(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        synchronized (sleeper) {
            while (!stopping) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    sleeper.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        // Shutting down mid-wait: do not acknowledge; the record is redelivered after the restart.
        throw new IllegalStateException("consumer stopping; record left unacknowledged for redelivery");
    }

    EventHandler handler(String consumer) {
        EventHandler h = handlers().get(consumer);
        if (h == null) {
            throw new IllegalStateException("no EventHandler serves inbox consumer '" + consumer + "'");
        }
        return h;
    }

    Map<String, EventHandler> handlers() {
        Map<String, EventHandler> h = handlers;
        if (h == null) {
            Map<String, EventHandler> found = new HashMap<>();
            for (EventHandler bean : handlerBeans) {
                for (String name : bean.consumers()) {
                    EventHandler previous = found.put(name, bean);
                    if (previous != null && previous != bean) {
                        throw new IllegalStateException("two EventHandlers serve inbox consumer '" + name + "'");
                    }
                }
            }
            handlers = h = Map.copyOf(found);
        }
        return h;
    }

    /** Finds every EventHandler at start, so two handlers claiming one consumer name fail the start, not a record. */
    void onStart(@Observes StartupEvent event) {
        handlers();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }
}
