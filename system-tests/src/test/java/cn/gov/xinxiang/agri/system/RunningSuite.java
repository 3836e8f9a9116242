package cn.gov.xinxiang.agri.system;

import cn.gov.xinxiang.agri.testing.DevKeys;
import cn.gov.xinxiang.agri.testing.DevTokens;
import cn.gov.xinxiang.agri.testing.EmbeddedKafka;
import cn.gov.xinxiang.agri.testing.EmbeddedPostgresServer;
import cn.gov.xinxiang.agri.testing.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One PostgreSQL (a database per service), one Kafka broker, and the named services as separate
 * processes, as in production. Everything stops on {@link #close()} (and on JVM exit).
 */
final class RunningSuite implements AutoCloseable {

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafka kafka;
    private final DevTokens tokens;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Path workDir;
    private final DevKeys keys;
    private final Path root;

    private RunningSuite(List<String> names, Map<String, String> extraEnv) throws IOException {
        workDir = Files.createTempDirectory("agri-system-");
        postgres = EmbeddedPostgresServer.startEphemeral();
        kafka = EmbeddedKafka.start(workDir.resolve("kafka"), 0);
        keys = DevKeys.in(workDir.resolve("keys"));
        tokens = new DevTokens(keys.privateKey());
        root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        try {
            for (String name : names) {
                String db = name.replace("-service", "");
                postgres.ensureDatabase(db);
                // The system tests use the invented sample villages （样例） besides the official list.
                Map<String, String> env = new LinkedHashMap<>(Map.of("AGRI_REGIONS_SAMPLE_DATA_ENABLED", "true"));
                env.putAll(extraEnv);
                env.putAll(serviceEnv(name, db));
                services.put(name, ServiceProcess.start(root, name, ServiceProcess.freePort(), env, root.resolve("system-tests/target/logs/" + name + ".log")));
            }
            for (ServiceProcess s : services.values()) {
                s.awaitReady(Duration.ofSeconds(180));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    static RunningSuite start(String... services) {
        return start(Map.of(), services);
    }

    /** As {@link #start(String...)}, with extra environment variables for every service (e.g. AGRI_CLOCK_SHIFTABLE=true). */
    static RunningSuite start(Map<String, String> extraEnv, String... services) {
        try {
            return new RunningSuite(List.of(services), extraEnv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every service process gets: its database, the broker, the token key; asset-service its custody anchor key. */
    private Map<String, String> serviceEnv(String name, String db) {
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(db),
                "QUARKUS_DATASOURCE_USERNAME", postgres.username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPem().toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER));
        if (name.equals("asset-service")) {
            env.put("AGRI_CUSTODY_ANCHOR_KEY", DevKeys.custodyAnchorKey(workDir.resolve("keys")));
        }
        return env;
    }

    /**
     * One more process of a service on a database of its own, outside the suite's set (the caller
     * closes it), for start-up checks; {@code changes} overrides the environment, a null value unsets.
     */
    ServiceProcess startExtra(String name, String db, Map<String, String> changes, Path log) {
        postgres.ensureDatabase(db);
        Map<String, String> env = serviceEnv(name, db);
        changes.forEach((k, v) -> {
            if (v == null) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        return ServiceProcess.start(root, name, ServiceProcess.freePort(), env, log);
    }

    String url(String service) {
        return services.get(service).baseUrl();
    }

    String bearer(String role, String region) {
        return "Bearer " + tokens.mint(role + "-" + region, role, region, Duration.ofHours(1));
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        kafka.close();
        postgres.close();
    }
}
