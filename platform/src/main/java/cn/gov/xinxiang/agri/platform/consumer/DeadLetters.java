package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dead-letter table ({@code dead_letter}, platform migration V0_3): parking, the per-key hold,
 * listing, and the parked-count gauge {@code agri_dead_letters_parked{topic}}.
 *
 * <p>Every statement that decides about a key runs under a transaction-scoped advisory lock on
 * (consumer, key), taken by the live consumer and by a replay alike, so "is this key held?" and
 * "apply or park" cannot interleave with a replay of the same key.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** Where a record came from: enough to park it and to find it again. */
    public record Source(String consumer, String topic, int partition, long offset, String key, String value) {
        public static Source of(String consumer, ConsumerRecord<String, String> r) {
            return new Source(consumer, r.topic(), r.partition(), r.offset(), r.key(), r.value());
        }
    }

    public enum Outcome { APPLIED, DUPLICATE, HELD, ALREADY_PARKED }

    /** One row as operators see it. {@code value} only in single reads. */
    public record Row(long id, String consumer, String topic, int partition, long offset, String key, String eventId, String eventType,
                      DeadLetterKind kind, Long heldBehind, String reason, Instant firstFailedAt, Instant lastFailedAt, int attempts,
                      DeadLetterStatus status, Instant resolvedAt, String resolution, String value) {

        Source source() {
            return new Source(consumer, topic, partition, offset, key, value);
        }
    }

    private static final String COLUMNS = "id, consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type, kind, held_behind, "
            + "reason, first_failed_at, last_failed_at, attempts, status, resolved_at, resolution";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Inbox inbox;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaChannels channels;

    @ConfigProperty(name = "agri.consumer.lock-timeout", defaultValue = "5s")
    Duration lockTimeout;

    @ConfigProperty(name = "agri.consumer.dead-letter-retention", defaultValue = "P90D")
    Duration resolvedRetention;

    private final Map<String, AtomicLong> parkedPerTopic = new ConcurrentHashMap<>();

    /**
     * One try of a live record, inside the caller's new transaction: held behind an open dead letter
     * of its key, or parsed, claimed in the inbox and applied. Throws whatever the parsing or the
     * effect threw (the caller classifies it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome applyOrHold(Source s, EventHandler handler) {
        guard(s.consumer(), s.key());
        if (isParked(s)) {
            return Outcome.ALREADY_PARKED; // redelivered after a crash that came between parking and the offset commit
        }
        if (s.key() != null) {
            Long blocker = openBlocker(s.consumer(), s.key(), Long.MAX_VALUE);
            if (blocker != null) {
                insert(s, DeadLetterKind.HELD, blocker, "held behind dead letter " + blocker, 0);
                LOG.warnf("%s: %s-%d@%d (key %s) held behind dead letter %d", s.consumer(), s.topic(), s.partition(), s.offset(), s.key(), blocker);
                return Outcome.HELD;
            }
        }
        return apply(s, handler) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    /** Parses, claims and applies; false when the inbox already holds the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean apply(Source s, EventHandler handler) {
        CloudEvent event = CloudEvent.parse(mapper, s.value());
        if (!inbox.claim(s.consumer(), event)) {
            return false;
        }
        handler.apply(s.consumer(), event);
        return true;
    }

    /** Parks a record (no-op if this record is parked already). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void park(Source s, DeadLetterKind kind, String reason, int attempts) {
        guard(s.consumer(), s.key());
        insert(s, kind, null, reason, attempts);
    }

    /** Sets this transaction's lock timeout and takes the (consumer, key) lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    void guard(String consumer, String key) {
        em.createNativeQuery("select set_config('lock_timeout', ?1, true)").setParameter(1, lockTimeout.toMillis() + "ms").getSingleResult();
        if (key != null) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1), hashtext(?2))").setParameter(1, consumer).setParameter(2, key).getSingleResult();
        }
    }

    private boolean isParked(Source s) {
        return !em.createNativeQuery("select 1 from dead_letter where consumer = ?1 and topic = ?2 and kafka_partition = ?3 and kafka_offset = ?4")
                .setParameter(1, s.consumer()).setParameter(2, s.topic()).setParameter(3, s.partition()).setParameter(4, s.offset())
                .getResultList().isEmpty();
    }

    /** The oldest unresolved dead letter before {@code beforeId} that holds this key, or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    Long openBlocker(String consumer, String key, long beforeId) {
        if (key == null) {
            return null;
        }
        List<?> ids = em.createNativeQuery("select id from dead_letter where consumer = ?1 and record_key = ?2 and status = 'PARKED' "
                        + "and kind in ('TRANSIENT', 'HELD') and id < ?3 order by id limit 1")
                .setParameter(1, consumer).setParameter(2, key).setParameter(3, beforeId).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    private void insert(Source s, DeadLetterKind kind, Long heldBehind, String reason, int attempts) {
        String[] idAndType = idAndType(s.value());
        em.createNativeQuery("insert into dead_letter (consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type, value, "
                        + "kind, held_behind, reason, attempts) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                        + "on conflict (consumer, topic, kafka_partition, kafka_offset) do nothing")
                .setParameter(1, s.consumer()).setParameter(2, s.topic()).setParameter(3, s.partition()).setParameter(4, s.offset())
                .setParameter(5, s.key()).setParameter(6, idAndType[0]).setParameter(7, idAndType[1]).setParameter(8, s.value())
                .setParameter(9, kind.name()).setParameter(10, heldBehind).setParameter(11, reason).setParameter(12, attempts)
                .executeUpdate();
    }

    /** Event id and type as far as the value lets them be read (a poison value may be no JSON at all). */
    private String[] idAndType(String value) {
        try {
            JsonNode node = value == null ? null : mapper.readTree(value);
            if (node != null && node.isObject()) {
                return new String[]{bounded(node.path("id")), bounded(node.path("type"))};
            }
        } catch (Exception ignored) {
            // not JSON: no id, no type
        }
        return new String[]{null, null};
    }

    private static String bounded(JsonNode n) {
        if (!n.isTextual()) {
            return null;
        }
        String s = n.asText();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    // --- reading ------------------------------------------------------------------------------

    public Page<Row> list(String topic, DeadLetterStatus status, DeadLetterKind kind, String consumer, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            List<Object> params = new ArrayList<>();
            if (topic != null) {
                params.add(topic);
                where.append(" and topic = ?").append(params.size());
            }
            if (status != null) {
                params.add(status.name());
                where.append(" and status = ?").append(params.size());
            }
            if (kind != null) {
                params.add(kind.name());
                where.append(" and kind = ?").append(params.size());
            }
            if (consumer != null) {
                params.add(consumer);
                where.append(" and consumer = ?").append(params.size());
            }
            Query count = em.createNativeQuery("select count(*) from dead_letter" + where);
            Query rows = em.createNativeQuery("select " + COLUMNS + ", null from dead_letter" + where + " order by id limit "
                    + page.size() + " offset " + page.offset());
            for (int i = 0; i < params.size(); i++) {
                count.setParameter(i + 1, params.get(i));
                rows.setParameter(i + 1, params.get(i));
            }
            long total = ((Number) count.getSingleResult()).longValue();
            List<Row> items = new ArrayList<>();
            for (Object r : rows.getResultList()) {
                items.add(row((Object[]) r));
            }
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** One dead letter with its record value, or null. */
    public Row find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> findInTx(id, false));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Row findInTx(long id, boolean forUpdate) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + ", value from dead_letter where id = ?1" + (forUpdate ? " for update" : ""))
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : row((Object[]) rows.get(0));
    }

    /** The next parked row of the topic after {@code afterId}, in parking order, or null. */
    Row nextParked(String topic, long afterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select " + COLUMNS + ", value from dead_letter where topic = ?1 and status = 'PARKED' and id > ?2 "
                    + "order by id limit 1").setParameter(1, topic).setParameter(2, afterId).getResultList();
            return rows.isEmpty() ? null : row((Object[]) rows.get(0));
        });
    }

    long countParked(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from dead_letter where topic = ?1 and status = 'PARKED'").setParameter(1, topic).getSingleResult()).longValue());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void resolve(long id, DeadLetterStatus status, String resolution) {
        em.createNativeQuery("update dead_letter set status = ?1, resolved_at = now(), resolution = ?2 where id = ?3")
                .setParameter(1, status.name()).setParameter(2, resolution).setParameter(3, id).executeUpdate();
    }

    /** A replay that failed again: the row stays parked, with one more try and the new reason. */
    void failedAgain(long id, DeadLetterKind kind, String reason) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update dead_letter set attempts = attempts + 1, last_failed_at = now(), "
                        + "reason = ?1, kind = ?2 where id = ?3 and status = 'PARKED'")
                .setParameter(1, reason).setParameter(2, kind.name()).setParameter(3, id).executeUpdate());
    }

    private Row row(Object[] r) {
        return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).longValue(),
                (String) r[5], (String) r[6], (String) r[7], DeadLetterKind.valueOf((String) r[8]), r[9] == null ? null : ((Number) r[9]).longValue(),
                (String) r[10], instant(r[11]), instant(r[12]), ((Number) r[13]).intValue(), DeadLetterStatus.valueOf((String) r[14]),
                instant(r[15]), (String) r[16], (String) r[17]);
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }

    // --- the gauge ----------------------------------------------------------------------------

    /** Recounts after a change, so the gauge follows parking and replays without waiting. */
    public void parkedChanged() {
        try {
            refreshGauge();
        } catch (RuntimeException e) {
            LOG.debugf("could not recount dead letters (the gauge keeps its last value): %s", e.getMessage());
        }
    }

    @Scheduled(every = "${agri.consumer.metrics-interval:30s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        parkedChanged();
    }

    /** Resolved dead letters (replayed or discarded, and copied to the topic) are kept for a while, then deleted. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeResolved() {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from dead_letter where status <> 'PARKED' "
                            + "and mirrored_at is not null and resolved_at < now() - cast(?1 as interval)")
                    .setParameter(1, resolvedRetention.toSeconds() + " seconds").executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("could not purge resolved dead letters: %s", e.getMessage());
        }
    }

    void refreshGauge() {
        for (String topic : channels.topics()) {
            gauge(topic);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> counts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select topic, count(*) from dead_letter where status = 'PARKED' group by topic").getResultList());
        Map<String, Long> fresh = new java.util.HashMap<>();
        for (Object[] c : counts) {
            fresh.put((String) c[0], ((Number) c[1]).longValue());
        }
        for (String topic : fresh.keySet()) {
            gauge(topic);
        }
        parkedPerTopic.forEach((topic, value) -> value.set(fresh.getOrDefault(topic, 0L)));
    }

    private AtomicLong gauge(String topic) {
        return parkedPerTopic.computeIfAbsent(topic, t -> {
            AtomicLong v = new AtomicLong();
            Gauge.builder("agri.dead.letters.parked", v, AtomicLong::doubleValue)
                    .description("Unresolved (PARKED) dead letters of this service, per source topic")
                    .tag("topic", t).register(registry);
            return v;
        });
    }
}
