package cn.gov.xinxiang.agri.platform.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Copies each new dead letter to the service's dead-letter topic ({@code agri.dlq.<service>}) for
 * tools that watch topics, with the headers SmallRye's dead-letter strategy used
 * ({@code dead-letter-reason}, {@code -topic}, {@code -partition}, {@code -offset}) plus
 * {@code dead-letter-kind}, {@code -consumer} and {@code -id}. The table is the truth and the topic is
 * derived from it after commit, as the outbox relay does, so there is no dual write: a row is marked
 * mirrored only once the broker acknowledged it (at least once; a row may be sent twice).
 */
@ApplicationScoped
public class DeadLetterMirror {

    private static final Logger LOG = Logger.getLogger(DeadLetterMirror.class);

    @Inject
    EntityManager em;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "agri.consumer.dead-letter-topic", defaultValue = "agri.dlq.${quarkus.application.name}")
    String topic;

    private ReliableProducer producer;
    private long lastFailureLog;

    @Scheduled(every = "${agri.consumer.dead-letter-mirror-interval:2s}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void mirror() {
        if (topic == null || topic.isBlank() || "none".equals(topic)) {
            return;
        }
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().timeout(60).call(this::mirrorBatch);
            } while (sent == 100);
        } catch (Exception e) {
            long now = System.currentTimeMillis();
            if (now - lastFailureLog > 30_000) {
                lastFailureLog = now;
                LOG.warnf("could not copy dead letters to %s, will retry: %s", topic, e.getMessage());
            }
        }
    }

    int mirrorBatch() throws Exception {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, consumer, topic, kafka_partition, kafka_offset, record_key, value, kind, reason "
                + "from dead_letter where mirrored_at is null order by id limit 100 for update skip locked").getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> p = producer.get();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Object[] r : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, (String) r[5], (String) r[6]);
            header(record, "dead-letter-reason", (String) r[8]);
            header(record, "dead-letter-kind", (String) r[7]);
            header(record, "dead-letter-consumer", (String) r[1]);
            header(record, "dead-letter-topic", (String) r[2]);
            header(record, "dead-letter-partition", String.valueOf(r[3]));
            header(record, "dead-letter-offset", String.valueOf(r[4]));
            header(record, "dead-letter-id", String.valueOf(r[0]));
            acks.add(p.send(record));
            ids.add(((Number) r[0]).longValue());
        }
        p.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
        em.createNativeQuery("update dead_letter set mirrored_at = now() where id = any(cast(?1 as bigint[]))")
                .setParameter(1, ids.toArray(new Long[0])).executeUpdate();
        return rows.size();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    @PostConstruct
    void createProducer() {
        producer = new ReliableProducer(kafkaConfig, "dead-letter-mirror");
    }

    void onStop(@Observes ShutdownEvent event) {
        producer.close();
    }
}
