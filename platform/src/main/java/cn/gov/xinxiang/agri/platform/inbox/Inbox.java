package cn.gov.xinxiang.agri.platform.inbox;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.function.Consumer;

/**
 * Consumes each event at most once in effect: the event id is recorded in the same transaction as
 * the effect, so a redelivery finds it and changes nothing. A value that is not a CloudEvent at all
 * throws {@link CloudEvent.MalformedEventException}. Live channels do not call this directly: they
 * go through {@link cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer}, which claims here, retries
 * passing failures and parks what cannot apply as a dead letter.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /**
     * Parses the record value and, if this consumer has not seen the event, applies the effect.
     *
     * @return true when the effect ran, false for a redelivered event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean receive(String consumer, String value, Consumer<CloudEvent> effect) {
        CloudEvent event = CloudEvent.parse(mapper, value);
        if (!claim(consumer, event)) {
            return false;
        }
        effect.accept(event);
        return true;
    }

    /** Records the event id for this consumer; false when it was already recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, CloudEvent event) {
        int inserted = em.createNativeQuery("insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
