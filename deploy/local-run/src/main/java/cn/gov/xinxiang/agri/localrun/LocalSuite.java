package cn.gov.xinxiang.agri.localrun;

import cn.gov.xinxiang.agri.testing.DevKeys;
import cn.gov.xinxiang.agri.testing.DevTokens;
import cn.gov.xinxiang.agri.testing.EmbeddedKafka;
import cn.gov.xinxiang.agri.testing.EmbeddedPostgresServer;
import cn.gov.xinxiang.agri.testing.ServiceProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-command local run. Data lives in {@code .local/} and survives restarts; {@code --fresh}
 * starts empty. Ports are fixed so bookmarks and tokens keep working.
 */
public final class LocalSuite {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();
    /** The web console (and the one-origin API proxy): the address a new user opens. */
    static final int CONSOLE_PORT = 8080;

    static {
        SERVICES.put("project-service", 8081);
        SERVICES.put("asset-service", 8082);
        SERVICES.put("funding-service", 8083);
        SERVICES.put("evaluation-service", 8084);
    }

    public static void main(String[] args) throws Exception {
        // The embedded broker and database log at INFO; the services' own logs go to .local/logs.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        boolean fresh = List.of(args).contains("--fresh");
        boolean noSample = List.of(args).contains("--no-sample");
        Path root = Path.of("").toAbsolutePath();
        Path data = root.resolve(".local");
        if (fresh) {
            deleteTree(data);
        }
        Files.createDirectories(data);
        checkPortsFree();
        say("Console: http://localhost:" + CONSOLE_PORT + " (open it once the summary below says the suite is running)");

        List<ServiceProcess> started = new ArrayList<>();
        EmbeddedPostgresServer[] pg = new EmbeddedPostgresServer[1];
        EmbeddedKafka[] kafka = new EmbeddedKafka[1];
        // One ordered shutdown: services first (they drain), then the broker, then the database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping services, Kafka and PostgreSQL ...");
            started.forEach(ServiceProcess::stop);
            if (kafka[0] != null) {
                kafka[0].close();
            }
            if (pg[0] != null) {
                pg[0].close();
            }
            System.out.println("Stopped. Data kept in " + data + " (use --fresh to start empty).");
        }, "local-suite-stop"));

        say("Starting PostgreSQL 17 on port " + POSTGRES_PORT + " (data in .local/postgres) ...");
        pg[0] = EmbeddedPostgresServer.startPersistent(data.resolve("postgres"), POSTGRES_PORT);
        say("Starting Kafka 4.1 (KRaft) on port " + KAFKA_PORT + " (log in .local/kafka) ...");
        kafka[0] = EmbeddedKafka.start(data.resolve("kafka"), KAFKA_PORT);
        DevKeys keys = DevKeys.in(data.resolve("keys"));
        DevTokens tokens = new DevTokens(keys.privateKey());

        for (var e : SERVICES.entrySet()) {
            String db = e.getKey().replace("-service", "");
            pg[0].ensureDatabase(db);
            Map<String, String> env = new LinkedHashMap<>(Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", pg[0].jdbcUrl(db),
                    "QUARKUS_DATASOURCE_USERNAME", pg[0].username(),
                    "QUARKUS_DATASOURCE_PASSWORD", pg[0].password(),
                    "KAFKA_BOOTSTRAP_SERVERS", kafka[0].bootstrapServers(),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPem().toUri().toString(),
                    "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER,
                    // demos may move time forward (e.g. past a 10-day public notice)
                    "AGRI_CLOCK_SHIFTABLE", "true"));
            if (!noSample) {
                // the invented sample villages （样例） besides the official list; never in production
                env.put("AGRI_REGIONS_SAMPLE_DATA_ENABLED", "true");
            }
            if (e.getKey().equals("asset-service")) {
                env.put("AGRI_CUSTODY_ANCHOR_KEY", DevKeys.custodyAnchorKey(data.resolve("keys")));
            }
            if (!noSample && e.getKey().equals("asset-service")) {
                env.put("AGRI_ASSET_SAMPLE_DATA_ENABLED", "true");
            }
            say("Starting " + e.getKey() + " on port " + e.getValue() + " (log in .local/logs/" + e.getKey() + ".log) ...");
            started.add(ServiceProcess.start(root, e.getKey(), e.getValue(), env, data.resolve("logs/" + e.getKey() + ".log")));
        }
        Map<String, String> consoleEnv = new LinkedHashMap<>(Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPem().toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER,
                // the login page offers the sample users whose tokens are minted below
                "AGRI_CONSOLE_SAMPLE_TOKENS", data.resolve("tokens").toString(),
                // plain http on localhost: a Secure cookie would not come back
                "AGRI_CONSOLE_SECURE_COOKIE", "false"));
        for (var e : SERVICES.entrySet()) {
            consoleEnv.put("AGRI_CONSOLE_SERVICES_" + e.getKey().replace("-service", "").toUpperCase(), "http://localhost:" + e.getValue());
        }
        say("Starting console on port " + CONSOLE_PORT + " (log in .local/logs/console.log) ...");
        started.add(ServiceProcess.start(root, "console", CONSOLE_PORT, consoleEnv, data.resolve("logs/console.log")));
        for (ServiceProcess s : started) {
            s.awaitReady(Duration.ofSeconds(240));
            say(s.name() + " is ready");
        }

        Map<String, String> userTokens = new LinkedHashMap<>();
        Path tokenDir = data.resolve("tokens");
        Files.createDirectories(tokenDir);
        for (SampleUsers.User u : SampleUsers.ALL) {
            String token = tokens.mint(u.name(), u.role(), u.region(), u.scope(), Duration.ofHours(12));
            Files.writeString(tokenDir.resolve(u.name() + ".jwt"), token);
            userTokens.put(u.name(), token);
        }

        if (!noSample) {
            Path marker = data.resolve("sample-loaded");
            if (Files.exists(marker)) {
                say("Sample data already loaded (remove .local or use --fresh to load it again).");
            } else {
                new SampleData(root, SERVICES, userTokens, svc -> pg[0].jdbcUrl(svc.replace("-service", ""))).load();
                Files.writeString(marker, "loaded\n");
            }
        }

        printSummary(userTokens, noSample);
        Thread.currentThread().join();
    }

    private static void printSummary(Map<String, String> tokens, boolean noSample) {
        StringBuilder out = new StringBuilder("\n================ Xinxiang assistance-industry suite is running ================\n");
        out.append(String.format("%n  Console (open this):  http://localhost:%d   (登录页选择样例用户；one origin: /api/v1/... goes to the owning service)%n%n",
                CONSOLE_PORT));
        for (var e : SERVICES.entrySet()) {
            String base = "http://localhost:" + e.getValue();
            out.append(String.format("%-19s API docs: %s/q/swagger-ui   health: %s/q/health%n", e.getKey(), base, base));
        }
        out.append(String.format("PostgreSQL          jdbc:postgresql://localhost:%d/{project,asset,funding,evaluation} (postgres/postgres)%n", POSTGRES_PORT));
        out.append(String.format("Kafka               localhost:%d (topics agri.*)%n", KAFKA_PORT));
        out.append("\nSample users (tokens valid 12 h, in .local/tokens/<user>.jwt):\n");
        for (SampleUsers.User u : SampleUsers.ALL) {
            out.append(String.format("  %-20s %-9s %s  %s%s%n", u.name(), u.role(), u.region(), u.who(),
                    u.scope() == null ? "" : "  scope: " + u.scope()));
        }
        out.append("\nTry:\n  TOKEN=$(cat .local/tokens/village-chengguan-1.jwt)\n")
                .append("  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8081/api/v1/projects\n")
                .append("\nA finance system records a disbursement (scopes funding:disbursements:write funding:read; see funding-service/README.md):\n")
                .append("  curl -X POST -H \"Authorization: Bearer $(cat .local/tokens/finance-yuanyang.jwt)\" -H 'Content-Type: application/json' \\\n")
                .append("    -d '{\"amount\": 1000000.00, \"disbursedOn\": \"2024-05-20\", \"voucherNo\": \"原财拨〔2024〕37号\"}' \\\n")
                .append("    http://localhost:8083/api/v1/allocations/<allocation id>/disbursements\n")
                .append("\nRegions: Xinxiang's official list (4,011 statistical codes) plus sample villages marked （样例）")
                .append(noSample ? " - sample villages are OFF (--no-sample)" : "")
                .append(":\n  curl -H \"Authorization: Bearer $TOKEN\" 'http://localhost:8081/api/v1/regions?q=dongtun&tier=VILLAGE'\n")
                .append("\nCtrl-C stops everything; data stays in .local/ (run with --fresh to start empty).\n");
        System.out.println(out);
    }

    private static void checkPortsFree() {
        List<Integer> ports = new ArrayList<>(SERVICES.values());
        ports.add(CONSOLE_PORT);
        ports.add(POSTGRES_PORT);
        ports.add(KAFKA_PORT);
        for (int port : ports) {
            try (ServerSocket s = new ServerSocket(port)) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is in use: is the suite already running?");
            }
        }
    }

    static void say(String line) {
        System.out.println("[local-run] " + line);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
