package cn.gov.xinxiang.agri.bench;

import cn.gov.xinxiang.agri.testing.DevKeys;
import cn.gov.xinxiang.agri.testing.DevTokens;
import cn.gov.xinxiang.agri.testing.EmbeddedKafka;
import cn.gov.xinxiang.agri.testing.EmbeddedPostgresServer;
import cn.gov.xinxiang.agri.testing.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The suite as the local run starts it (deploy/local-run LocalSuite): embedded PostgreSQL 17 and Kafka 4.1, the four
 * services as separate processes from their fast-jars, tokens minted with the run's own keys. Everything it starts is
 * stopped by {@link #close()} and by the helpers' shutdown hooks, also when the bench fails.
 */
final class Suite implements AutoCloseable {

    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("project-service", 18081);
        SERVICES.put("asset-service", 18082);
        SERVICES.put("funding-service", 18083);
        SERVICES.put("evaluation-service", 18084);
    }

    final Path root;
    final Path data;
    EmbeddedPostgresServer pg;
    EmbeddedKafka kafka;
    DevTokens tokens;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    final Map<String, Double> startSeconds = new LinkedHashMap<>();
    final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, String> villageTokens = new ConcurrentHashMap<>();

    Suite(Path root, Path data) {
        this.root = root;
        this.data = data;
    }

    void start() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "bench-suite-stop"));
        Bench.say("Starting PostgreSQL 17 (data in " + root.relativize(data) + "/postgres) ...");
        pg = EmbeddedPostgresServer.startPersistent(data.resolve("postgres"), EmbeddedKafka.freePort());
        Bench.say("Starting Kafka 4.1 (KRaft) ...");
        kafka = EmbeddedKafka.start(data.resolve("kafka"), 0);
        DevKeys keys = DevKeys.in(data.resolve("keys"));
        tokens = new DevTokens(keys.privateKey());
        // One after the other, so each start time is the service's own and not four JVMs fighting for two cores.
        for (var e : SERVICES.entrySet()) {
            String db = db(e.getKey());
            pg.ensureDatabase(db);
            Map<String, String> env = new LinkedHashMap<>(Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl(db),
                    "QUARKUS_DATASOURCE_USERNAME", pg.username(),
                    "QUARKUS_DATASOURCE_PASSWORD", pg.password(),
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPem().toUri().toString(),
                    "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER));
            if (e.getKey().equals("asset-service")) {
                env.put("AGRI_CUSTODY_ANCHOR_KEY", DevKeys.custodyAnchorKey(data.resolve("keys")));
            }
            long t0 = System.nanoTime();
            ServiceProcess p = ServiceProcess.start(root, e.getKey(), e.getValue(), env, data.resolve("logs/" + e.getKey() + ".log"));
            services.put(e.getKey(), p);
            p.awaitReady(Duration.ofSeconds(240));
            double s = (System.nanoTime() - t0) / 1e9;
            startSeconds.put(e.getKey(), s);
            pids.put(e.getKey(), pidOf(e.getKey()));
            Bench.say(String.format("%s ready in %.1f s (process start to /q/health/ready UP)", e.getKey(), s));
        }
    }

    static String db(String service) {
        return service.replace("-service", "");
    }

    String url(String service, String path) {
        return "http://127.0.0.1:" + SERVICES.get(service) + path;
    }

    String token(String name, String role, String region, String scope) {
        return tokens.mint(name, role, region, scope, Duration.ofHours(12));
    }

    String villageToken(String village) {
        return villageTokens.computeIfAbsent(village, v -> token("bench-village-" + v, "village", v, null));
    }

    Connection connect(String database) throws Exception {
        return pg.connect(database);
    }

    /** The JVM options of a started service (everything before {@code -jar}), read from its process. */
    List<String> jvmFlags() {
        return pids.values().stream().findFirst().flatMap(pid -> ProcessHandle.of(pid)).flatMap(h -> h.info().arguments())
                .map(a -> java.util.Arrays.asList(a).subList(0, Math.max(0, java.util.Arrays.asList(a).indexOf("-jar"))))
                .orElse(List.of());
    }

    /** The service's JVM among this process's children, found by its jar on the command line. */
    private long pidOf(String service) {
        String jar = service + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.current().children()
                .filter(h -> h.info().commandLine().map(c -> c.contains(jar)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    /** Resident set size in MB from /proc (Linux), -1 when unknown. */
    Map<String, Double> rssMb() {
        Map<String, Double> out = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            double mb = -1;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        mb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                    }
                }
            } catch (Exception ignored) {
                // not Linux or gone
            }
            out.put(name, mb);
        });
        return out;
    }

    /** Outbox rows not yet published, over the four services. */
    long outboxPending() throws Exception {
        long n = 0;
        for (String s : SERVICES.keySet()) {
            try (Connection c = connect(db(s)); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from outbox_event where published_at is null")) {
                rs.next();
                n += rs.getLong(1);
            }
        }
        return n;
    }

    /** Records on the agri.* topics that the consumer groups have not committed yet. */
    long consumerLag() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            long lag = 0;
            List<String> groups = new ArrayList<>();
            for (ConsumerGroupListing g : admin.listConsumerGroups().all().get()) {
                groups.add(g.groupId());
            }
            for (String g : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                for (var e : committed.entrySet()) {
                    if (e.getValue() != null && ends.containsKey(e.getKey())) {
                        lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                    }
                }
            }
            return lag;
        }
    }

    /** Waits until every outbox is published and every consumer group has caught up; returns seconds waited. */
    double awaitDrained(Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        int quiet = 0;
        long lastReport = 0;
        while (System.nanoTime() < deadline) {
            long pending = outboxPending();
            long lag = consumerLag();
            if (pending == 0 && lag == 0) {
                if (++quiet >= 2) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } else {
                quiet = 0;
            }
            if (System.nanoTime() - lastReport > 15e9) {
                Bench.say("  draining events: " + pending + " outbox rows unpublished, consumer lag " + lag);
                lastReport = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        Bench.say("  events not drained within " + timeout + " (measuring anyway)");
        return -1;
    }

    @Override
    public synchronized void close() {
        services.values().forEach(ServiceProcess::close);
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (pg != null) {
            pg.close();
            pg = null;
        }
    }
}
