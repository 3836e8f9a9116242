package cn.gov.xinxiang.agri.platform.consumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Map;

/**
 * The one kind of producer the platform writes with (the outbox relay, the dead-letter mirror): every in-sync replica
 * acknowledges and a retry never duplicates (acks=all, idempotence), and waits are bounded so that a broker outage fails
 * a send within seconds instead of blocking the caller, which keeps its rows and tries again. Created on first use, so a
 * service starts while the broker is still down; closed once at shutdown.
 */
public final class ReliableProducer implements AutoCloseable {

    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private volatile KafkaProducer<String, String> producer;

    /** @param kafkaConfig the service's Kafka settings (bootstrap, security); only a producer's keys are used */
    public ReliableProducer(Map<String, Object> kafkaConfig, String clientId) {
        this.kafkaConfig = kafkaConfig;
        this.clientId = clientId;
    }

    public KafkaProducer<String, String> get() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = KafkaClients.narrow(kafkaConfig, ProducerConfig.configNames());
                    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
                    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
                    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
                    // a batch of rows goes out in a few requests, not one per row
                    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
                    producer = new KafkaProducer<>(config);
                }
                p = producer;
            }
        }
        return p;
    }

    @Override
    public void close() {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }
}
