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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One PostgreSQL (a database per service), one Kafka broker, and the named services as separate
 * processes, as in production. A service may get a PostgreSQL server of its own (so that its
 * database alone can be stopped), and any service can be killed and started again on the same port.
 * Everything stops on {@link #close()} (and on JVM exit).
 */
final class RunningSuite implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    /**
     * What to run: the services, environment variables for all of them and per service, and the
     * services whose database lives on a PostgreSQL server of their own (persistent, fixed port).
     */
    record Options(List<String> services, Map<String, String> env, Map<String, Map<String, String>> serviceEnv, Set<String> ownDatabaseServer) {
    }

    private final EmbeddedPostgresServer postgres;
    private final Map<String, EmbeddedPostgresServer> ownPostgres = new LinkedHashMap<>();
    private final EmbeddedKafka kafka;
    private final DevTokens tokens;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Path workDir;
    private final DevKeys keys;
    private final Path root;
    private final Path logs;

    private RunningSuite(Options options) throws IOException {
        workDir = Files.createTempDirectory("agri-system-");
        postgres = EmbeddedPostgresServer.startEphemeral();
        kafka = EmbeddedKafka.start(workDir.resolve("kafka"), 0);
        keys = DevKeys.in(workDir.resolve("keys"));
        tokens = new DevTokens(keys.privateKey());
        root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        // Test classes run in parallel forks: each suite logs under its test class, not into a shared file.
        logs = root.resolve("system-tests/target/logs/" + testClass());
        try {
            for (String name : options.services()) {
                String db = database(name);
                if (options.ownDatabaseServer().contains(name)) {
                    ownPostgres.put(name, EmbeddedPostgresServer.startPersistent(workDir.resolve("postgres-" + db), ServiceProcess.freePort()));
                }
                databaseServer(name).ensureDatabase(db);
                // The system tests use the invented sample villages （样例） besides the official list.
                Map<String, String> env = new LinkedHashMap<>(Map.of("AGRI_REGIONS_SAMPLE_DATA_ENABLED", "true"));
                env.putAll(options.env());
                env.putAll(options.serviceEnv().getOrDefault(name, Map.of()));
                env.putAll(serviceEnv(name, databaseServer(name), db));
                services.put(name, ServiceProcess.start(root, name, ServiceProcess.freePort(), env, logs.resolve(name + ".log")));
            }
            for (ServiceProcess s : services.values()) {
                s.awaitReady(START_TIMEOUT);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The simple name of the test class that starts this suite. */
    private static String testClass() {
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.endsWith("Test")).findFirst().map(c -> c.substring(c.lastIndexOf('.') + 1)).orElse("suite"));
    }

    /** Where this suite's processes write their logs (one file per service). */
    Path logs() {
        return logs;
    }

    static RunningSuite start(String... services) {
        return start(Map.of(), services);
    }

    /** As {@link #start(String...)}, with extra environment variables for every service (e.g. AGRI_CLOCK_SHIFTABLE=true). */
    static RunningSuite start(Map<String, String> extraEnv, String... services) {
        return start(new Options(List.of(services), extraEnv, Map.of(), Set.of()));
    }

    static RunningSuite start(Options options) {
        try {
            return new RunningSuite(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database name of a service (project-service: project). */
    static String database(String service) {
        return service.replace("-service", "");
    }

    /** The PostgreSQL server holding the service's database. */
    EmbeddedPostgresServer databaseServer(String service) {
        return ownPostgres.getOrDefault(service, postgres);
    }

    /** A connection to the service's own database, for fault injection and for counting effects (the caller closes it). */
    Connection sql(String service) throws SQLException {
        return databaseServer(service).connect(database(service));
    }

    EmbeddedKafka kafka() {
        return kafka;
    }

    ServiceProcess process(String service) {
        return services.get(service);
    }

    /** SIGKILL: the service dies at once (see {@link ServiceProcess#kill()}). */
    void kill(String service) {
        services.get(service).kill();
    }

    /**
     * Starts a service that was killed or stopped again, on its port with its environment changed by
     * {@code changes} (a null value removes a variable); does not wait for it, see {@link #awaitReady}.
     */
    void startAgain(String service, Map<String, String> changes) {
        ServiceProcess previous = services.get(service);
        if (previous.isAlive()) {
            throw new IllegalStateException(service + " is still running: kill or stop it first");
        }
        services.put(service, previous.startAgain(changes));
    }

    void awaitReady(String service) {
        services.get(service).awaitReady(START_TIMEOUT);
    }

    /** SIGTERM and wait, then start again with the changed environment and wait until it is ready. */
    void restart(String service, Map<String, String> changes) {
        services.get(service).stop();
        startAgain(service, changes);
        awaitReady(service);
    }

    /** What every service process gets: its database, the broker, the token key; asset-service its custody anchor key. */
    private Map<String, String> serviceEnv(String name, EmbeddedPostgresServer server, String db) {
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", server.jdbcUrl(db),
                "QUARKUS_DATASOURCE_USERNAME", server.username(),
                "QUARKUS_DATASOURCE_PASSWORD", server.password(),
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
        Map<String, String> env = serviceEnv(name, postgres, db);
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

    /** A token for a named user (the console's login page lists such tokens). */
    String token(String subject, String role, String region) {
        return tokens.mint(subject, role, region, Duration.ofHours(1));
    }

    /** The PEM public key the services verify tokens with. */
    Path publicKeyPem() {
        return keys.publicKeyPem();
    }

    /** The repository root (where each module's built jar is). */
    Path root() {
        return root;
    }

    String bearer(String role, String region) {
        return "Bearer " + tokens.mint(role + "-" + region, role, region, Duration.ofHours(1));
    }

    /** A token with its own subject (a judge's token subject is the judgeId a round names). */
    String bearerFor(String subject, String role, String region) {
        return "Bearer " + tokens.mint(subject, role, region, Duration.ofHours(1));
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        kafka.close();
        ownPostgres.values().forEach(EmbeddedPostgresServer::close);
        postgres.close();
    }
}
