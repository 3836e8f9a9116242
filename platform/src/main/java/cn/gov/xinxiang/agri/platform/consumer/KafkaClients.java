package cn.gov.xinxiang.agri.platform.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The service's Kafka settings (bootstrap, security) narrowed to what one kind of client accepts. */
final class KafkaClients {

    private KafkaClients() {
    }

    static Map<String, Object> narrow(Map<String, Object> kafkaConfig, Set<String> accepted) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((k, v) -> {
            if (accepted.contains(k)) {
                config.put(k, v);
            }
        });
        return config;
    }
}
