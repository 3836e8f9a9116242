package cn.gov.xinxiang.agri.platform.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Consumer lag as a gauge, {@code agri_consumer_lag{group, topic}}: for each topic a consumer group of
 * this service reads, the sum over partitions of end offset minus the group's committed offset (or
 * minus the earliest offset where the group has committed nothing yet). Read every
 * {@code agri.consumer.lag-interval} with the Kafka admin client, so it needs no Kafka exporter; NaN
 * until the first read, and the last value is kept while the broker cannot be reached. Every replica
 * reports the same group-wide value: aggregate with max, not sum.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaChannels channels;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "agri.consumer.lag-enabled", defaultValue = "true")
    boolean enabled;

    private final Map<String, Double> lag = new ConcurrentHashMap<>();
    private volatile Admin admin;
    private long lastFailureLog;

    void onStart(@Observes StartupEvent event) {
        channels.topicsPerGroup().forEach((group, topics) -> topics.forEach(topic -> gauge(group, topic)));
    }

    private void gauge(String group, String topic) {
        String k = group + '\u0000' + topic;
        if (lag.putIfAbsent(k, Double.NaN) == null) {
            Gauge.builder("agri.consumer.lag", lag, m -> m.getOrDefault(k, Double.NaN))
                    .description("Records on the topic not yet consumed by the group (end offset minus committed offset, summed over partitions)")
                    .tag("group", group).tag("topic", topic).register(registry);
        }
    }

    @Scheduled(every = "${agri.consumer.lag-interval:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        if (!enabled) {
            return;
        }
        try {
            for (Map.Entry<String, Set<String>> e : channels.topicsPerGroup().entrySet()) {
                measure(e.getKey(), e.getValue());
            }
        } catch (Exception e) {
            long now = System.currentTimeMillis();
            if (now - lastFailureLog > 60_000) {
                lastFailureLog = now;
                LOG.warnf("could not read consumer lag: %s", e.getMessage());
            }
        }
    }

    /** Measures one group's lag on its topics now; returns lag per topic. */
    public Map<String, Long> measure(String group, Set<String> topics) throws Exception {
        Admin a = admin();
        Map<String, TopicDescription> described = new HashMap<>();
        for (var f : a.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                described.put(f.getKey(), f.getValue().get(10, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                // the topic does not exist (yet): nothing to lag behind
            }
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(p -> {
            TopicPartition tp = new TopicPartition(d.name(), p.partition());
            latest.put(tp, OffsetSpec.latest());
            earliest.put(tp, OffsetSpec.earliest());
        }));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = a.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = a.listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = a.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        Map<String, Long> perTopic = new HashMap<>();
        topics.forEach(t -> perTopic.put(t, 0L));
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            TopicPartition tp = end.getKey();
            OffsetAndMetadata c = committed.get(tp);
            long from = c != null ? c.offset() : starts.get(tp).offset();
            perTopic.merge(tp.topic(), Math.max(0, end.getValue().offset() - from), Long::sum);
        }
        perTopic.forEach((topic, value) -> {
            gauge(group, topic);
            lag.put(group + '\u0000' + topic, value.doubleValue());
        });
        return perTopic;
    }

    private Admin admin() {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = KafkaClients.narrow(kafkaConfig, AdminClientConfig.configNames());
                    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag");
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
                    admin = Admin.create(config);
                }
                a = admin;
            }
        }
        return a;
    }

    void onStop(@Observes ShutdownEvent event) {
        Admin a = admin;
        if (a != null) {
            a.close(Duration.ofSeconds(5));
        }
    }
}
