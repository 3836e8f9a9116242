package cn.gov.xinxiang.agri.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The service's incoming Kafka channels as configured ({@code mp.messaging.incoming.<channel>.*}). */
@ApplicationScoped
public class KafkaChannels {

    private static final String PREFIX = "mp.messaging.incoming.";

    private volatile Map<String, Set<String>> topicsPerGroup;

    /** Consumer group -> topics it reads. */
    public Map<String, Set<String>> topicsPerGroup() {
        Map<String, Set<String>> m = topicsPerGroup;
        if (m == null) {
            Config config = ConfigProvider.getConfig();
            String application = config.getOptionalValue("quarkus.application.name", String.class).orElse("application");
            Map<String, Set<String>> found = new TreeMap<>();
            for (String name : config.getPropertyNames()) {
                if (!name.startsWith(PREFIX) || !name.endsWith(".connector")) {
                    continue;
                }
                String channel = name.substring(PREFIX.length(), name.length() - ".connector".length());
                if (channel.contains(".") || !"smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                    continue;
                }
                String topic = config.getOptionalValue(PREFIX + channel + ".topic", String.class).orElse(channel);
                String group = config.getOptionalValue(PREFIX + channel + ".group.id", String.class).orElse(application);
                found.computeIfAbsent(group, g -> new TreeSet<>()).add(topic);
            }
            topicsPerGroup = m = found;
        }
        return m;
    }

    public Set<String> topics() {
        Set<String> all = new TreeSet<>();
        topicsPerGroup().values().forEach(all::addAll);
        return all;
    }
}
