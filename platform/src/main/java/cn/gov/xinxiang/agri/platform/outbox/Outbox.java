package cn.gov.xinxiang.agri.platform.outbox;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the same transaction as the business change that caused it. Nothing is sent
 * here: {@link OutboxRelay} publishes after commit, so a rolled-back change never emits an event and
 * a committed one always does, eventually.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Marks the current transaction as having appended rows (one wake-up per transaction, not per row). */
    private static final Object NUDGE_REGISTERED = new Object();

    /**
     * @param aggregateType the aggregate's type; the topic is {@code agri.<aggregateType>}
     * @param aggregateId   the Kafka key, so one aggregate's events stay in order
     * @param eventType     a versioned type from {@code EventTypes}; its payload must match its schema
     * @param data          the payload record
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, String aggregateId, String eventType, Object data) {
        JsonNode payload = mapper.valueToTree(data);
        List<String> violations = ContractSchemas.violations(eventType, payload);
        if (!violations.isEmpty()) {
            // A programming error: the producer drifted from the contract. Fail the whole change.
            throw new IllegalStateException("payload of " + eventType + " breaks its schema: " + violations);
        }
        UUID id = UUID.randomUUID();
        CloudEvent event = new CloudEvent(id.toString(), "/" + applicationName, eventType, aggregateId, clock.instant(), payload);
        em.createNativeQuery("insert into outbox_event (id, aggregatetype, aggregateid, type, payload, occurred_at) "
                        + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)")
                .setParameter(1, id)
                .setParameter(2, aggregateType)
                .setParameter(3, aggregateId)
                .setParameter(4, eventType)
                .setParameter(5, event.toJson(mapper).toString())
                .setParameter(6, OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .executeUpdate();
        nudgeAfterCommit();
        return id;
    }

    /** Wakes the relay once this transaction has committed, so the event leaves now rather than at the next poll. */
    private void nudgeAfterCommit() {
        if (transactions.getResource(NUDGE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
    }
}
