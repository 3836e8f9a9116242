package cn.gov.xinxiang.agri.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a real PostgreSQL and a real Kafka broker for a service's {@code @QuarkusTest}s and points
 * the service at them. Use with {@code @QuarkusTestResource(value = SuiteInfrastructureResource.class,
 * restrictToAnnotatedClass = false)} on one test class of the module.
 *
 * <p>Test code may run in another class loader than this resource, so what tests need from it is
 * published JVM-wide: system properties for addresses and key paths (strings only: Narayana copies
 * every system property), and an MBean ({@link KafkaControl}) to stop and restart the broker.
 */
public class SuiteInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    public static final String PRIVATE_KEY_PATH = "agri.test.jwt.private-key-path";
    public static final String KAFKA_BOOTSTRAP = "agri.test.kafka.bootstrap";
    public static final String JDBC_URL = "agri.test.jdbc.url";

    private EmbeddedPostgresServer postgres;
    private EmbeddedKafka kafka;
    private Path workDir;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("agri-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = EmbeddedPostgresServer.startEphemeral();
        kafka = EmbeddedKafka.start(workDir.resolve("kafka"), 0);
        DevKeys keys = DevKeys.in(workDir.resolve("keys"));

        System.setProperty(PRIVATE_KEY_PATH, keys.publicKeyPem().resolveSibling("jwt-private.pem").toString());
        System.setProperty(KAFKA_BOOTSTRAP, kafka.bootstrapServers());
        System.setProperty(JDBC_URL, postgres.jdbcUrl("postgres"));
        KafkaControl.register(kafka);

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl("postgres"));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", keys.publicKeyPem().toUri().toString());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        KafkaControl.unregister();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        deleteQuietly(workDir);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
