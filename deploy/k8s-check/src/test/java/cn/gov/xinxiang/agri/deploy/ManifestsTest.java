package cn.gov.xinxiang.agri.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.deploy.ManifestCheck.find;
import static org.assertj.core.api.Assertions.assertThat;

/** The manifests in deploy/k8s: valid, consistent, and rendering to what each overlay promises. */
class ManifestsTest {

    static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    static final Path K8S = REPO.resolve("deploy/k8s");

    static Map<String, List<ObjectNode>> overlays;

    @BeforeAll
    static void render() {
        overlays = ManifestCheck.overlays(K8S);
    }

    @Test
    void everyManifestValidatesAndEveryReferenceResolves() {
        List<String> problems = ManifestCheck.run(K8S, REPO);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void overlaysExist() {
        assertThat(overlays).containsOnlyKeys("small", "production", "production-debezium");
    }

    @Test
    void smallOverlayIsOneOfEverything() {
        List<ObjectNode> small = overlays.get("small");
        assertThat(small).allSatisfy(r -> assertThat(r.path("metadata").path("namespace").asText()).isEqualTo("agri"));
        for (String service : ManifestCheck.SERVICES) {
            ObjectNode d = find(small, "Deployment", service);
            assertThat(d.path("spec").path("replicas").asInt()).isEqualTo(1);
            JsonNode app = d.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(app.path("image").asText()).isEqualTo("registry.agri.example.gov.cn/agri/" + service + ":0.1.0");
            // The patch lowered resources but kept everything else of the container (merge by name).
            assertThat(app.path("resources").path("limits").path("memory").asText()).isEqualTo("512Mi");
            assertThat(app.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(app.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            assertThat(env(app, "QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo("jdbc:postgresql://agri-" + service.replace("-service", "") + "-db-rw:5432/" + service.replace("-service", ""));
            ObjectNode pdb = find(small, "PodDisruptionBudget", service);
            assertThat(pdb.path("spec").has("minAvailable")).as("null in the patch deletes minAvailable").isFalse();
            assertThat(pdb.path("spec").path("maxUnavailable").asInt()).isEqualTo(1);
            assertThat(find(small, "HorizontalPodAutoscaler", service).path("spec").path("maxReplicas").asInt()).isEqualTo(2);
            assertThat(find(small, "Cluster", "agri-" + service.replace("-service", "") + "-db").path("spec").path("instances").asInt()).isEqualTo(1);
        }
        assertThat(find(small, "KafkaNodePool", "nodes").path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(find(small, "Kafka", "agri-kafka").path("spec").path("kafka").path("config").path("default.replication.factor").asInt()).isEqualTo(1);
        assertThat(find(small, "ConfigMap", "agri-config").path("data").path("AGRI_OUTBOX_ENABLED").asText()).isEqualTo("true");
        assertThat(small.stream().map(r -> r.path("kind").asText())).doesNotContain("KafkaUser", "ScheduledBackup", "KafkaConnect");
    }

    @Test
    void productionOverlayIsReplicatedAuthenticatedAndBackedUp() {
        List<ObjectNode> prod = overlays.get("production");
        for (String service : ManifestCheck.SERVICES) {
            ObjectNode d = find(prod, "Deployment", service);
            assertThat(d.path("spec").path("replicas").asInt()).isEqualTo(3);
            JsonNode pod = d.path("spec").path("template").path("spec");
            assertThat(pod.path("topologySpreadConstraints")).hasSize(2);
            JsonNode app = pod.path("containers").get(0);
            // env merged by name: the base variables stay, the SCRAM credentials are added.
            assertThat(envSecret(app, "KAFKA_SASL_JAAS_CONFIG")).isEqualTo(service + "/sasl.jaas.config");
            assertThat(envSecret(app, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo("agri-" + service.replace("-service", "") + "-db-app/password");
            assertThat(app.path("volumeMounts").findValuesAsText("mountPath")).containsExactlyInAnyOrder("/etc/agri/jwt", "/tmp", "/etc/agri/kafka-ca");
            assertThat(find(prod, "KafkaUser", service)).isNotNull();
            assertThat(find(prod, "PodDisruptionBudget", service).path("spec").path("minAvailable").asInt()).isEqualTo(1);
            ObjectNode cluster = find(prod, "Cluster", "agri-" + service.replace("-service", "") + "-db");
            assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(3);
            assertThat(cluster.path("spec").path("backup").path("barmanObjectStore").path("destinationPath").asText()).startsWith("s3://");
            assertThat(find(prod, "ScheduledBackup", "agri-" + service.replace("-service", "") + "-db-daily")).isNotNull();
        }
        JsonNode data = find(prod, "ConfigMap", "agri-config").path("data");
        assertThat(data.path("KAFKA_BOOTSTRAP_SERVERS").asText()).endsWith(":9093");
        assertThat(data.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
        assertThat(data.path("MP_JWT_VERIFY_ISSUER").asText()).as("base keys survive the patch").isNotEmpty();
        JsonNode listeners = find(prod, "Kafka", "agri-kafka").path("spec").path("kafka").path("listeners");
        assertThat(listeners).as("a custom resource's list is replaced, not merged").hasSize(1);
        assertThat(listeners.get(0).path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        assertThat(find(prod, "KafkaNodePool", "nodes").path("spec").path("roles").findValuesAsText("")).isEmpty();
        assertThat(find(prod, "KafkaNodePool", "nodes").path("spec").path("roles").toString()).isEqualTo("[\"broker\"]");
        assertThat(find(prod, "KafkaNodePool", "controllers").path("spec").path("replicas").asInt()).isEqualTo(3);
    }

    @Test
    void debeziumOverlaySwitchesTheRelayOffAndAddsOneConnectorPerDatabase() {
        List<ObjectNode> dbz = overlays.get("production-debezium");
        assertThat(find(dbz, "ConfigMap", "agri-config").path("data").path("AGRI_OUTBOX_ENABLED").asText()).isEqualTo("false");
        for (String service : ManifestCheck.SERVICES) {
            String n = service.replace("-service", "");
            assertThat(find(dbz, "KafkaConnector", "agri-" + n + "-outbox").path("metadata").path("namespace").asText()).isEqualTo("agri");
            JsonNode role = find(dbz, "Cluster", "agri-" + n + "-db").path("spec").path("managed").path("roles").get(0);
            assertThat(role.path("replication").asBoolean()).isTrue();
            assertThat(role.path("inRoles").get(0).asText()).isEqualTo(n);
            assertThat(find(dbz, "CronJob", "agri-" + n + "-outbox-purge")).isNotNull();
        }
    }

    @Test
    void environmentVariablesMapToServiceConfigurationKeys() {
        assertThat(ManifestCheck.envName("quarkus.datasource.jdbc.url")).isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(ManifestCheck.envName("agri.outbox.batch-size")).isEqualTo("AGRI_OUTBOX_BATCH_SIZE");
        ManifestCheck check = ManifestCheck.of(K8S, REPO);
        // The keys the manifests rely on are found where they are defined: the service's own
        // application.properties, the platform defaults, and @ConfigProperty in platform code.
        assertThat(check.serviceKeys("project-service")).contains("quarkus.datasource.jdbc.url", "quarkus.http.port",
                "mp.jwt.verify.issuer", "mp.jwt.verify.publickey.location", "kafka.bootstrap.servers",
                "agri.outbox.enabled", "agri.outbox.batch-size", "agri.outbox.poll-interval");
        assertThat(check.serviceKeys("asset-service")).contains("mp.messaging.incoming.project-events.topic")
                .doesNotContain("mp.messaging.incoming.no-such-channel.topic");
        assertThat(ManifestCheck.AGGREGATE_TOPICS).containsExactlyInAnyOrder("agri.project", "agri.household", "agri.asset", "agri.funding", "agri.evaluation",
                "agri.policy", "agri.region", "agri.entity", "agri.consortium", "agri.skills", "agri.envoy", "agri.craftsman",
                "agri.demonstration-village");
        assertThat(check.serviceTopics("evaluation-service")).contains("agri.project", "agri.dlq.evaluation-service");
    }

    @Test
    void everyServiceHasANonRootFastJarDockerfile() throws java.io.IOException {
        for (String service : ManifestCheck.SERVICES) {
            Path dockerfile = REPO.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
            assertThat(dockerfile).exists();
            List<String> lines = java.nio.file.Files.readAllLines(dockerfile).stream()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            assertThat(lines.get(0)).as(service + " base image").startsWith("FROM ").contains("openjdk-17");
            assertThat(lines).contains(
                    "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                    "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                    "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                    "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                    "EXPOSE 8080");
            // The JVM the bench measures is the JVM that runs: the same options as ServiceProcess, the collector through
            // the image's own variable (a second -XX:+Use...GC beside the script's default would stop the JVM).
            String javaOpts = env(lines, "JAVA_OPTS_APPEND");
            assertThat(List.of(javaOpts.split(" "))).as(service + " JAVA_OPTS_APPEND").containsAll(cn.gov.xinxiang.agri.testing.ServiceProcess.JVM_OPTIONS)
                    .noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"));
            assertThat(env(lines, "GC_CONTAINER_OPTIONS")).as(service).isEqualTo(cn.gov.xinxiang.agri.testing.ServiceProcess.GC_OPTION);
            assertThat(env(lines, "MALLOC_ARENA_MAX")).as(service).isEqualTo("2");
            // The last USER wins: it must not be root, and the pods' securityContext demands non-root.
            String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
            assertThat(user).isNotIn("USER root", "USER 0");
            ObjectNode deployment = find(overlays.get("production"), "Deployment", service);
            assertThat(deployment.path("spec").path("template").path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        }
    }

    /** The value of {@code ENV <name>=...} in a Dockerfile's lines, quotes removed. */
    static String env(List<String> lines, String name) {
        String prefix = "ENV " + name + "=";
        String line = lines.stream().filter(l -> l.startsWith(prefix)).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + prefix));
        String value = line.substring(prefix.length());
        return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    @Test
    void theOneOriginIngressRoutesEachApiPathAsTheConsoleDoesAndTheRestToTheConsole() throws java.io.IOException {
        java.util.Properties props = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(REPO.resolve("console/src/main/resources/application.properties"))) {
            props.load(in);
        }
        Map<String, String> table = new java.util.LinkedHashMap<>();
        for (String e : props.getProperty("agri.console.routes").split(",")) {
            String[] kv = e.trim().split("=");
            table.put(kv[0].trim(), kv[1].trim() + "-service");
        }
        for (var overlay : overlays.entrySet()) {
            ObjectNode ingress = find(overlay.getValue(), "Ingress", "agri-one-origin");
            assertThat(ingress).as(overlay.getKey()).isNotNull();
            assertThat(ingress.path("spec").path("rules")).hasSize(1);
            Map<String, String> rules = new java.util.LinkedHashMap<>();
            for (JsonNode path : ingress.path("spec").path("rules").get(0).path("http").path("paths")) {
                rules.put(path.path("path").asText(), path.path("backend").path("service").path("name").asText());
            }
            assertThat(rules).containsEntry("/", "console");
            rules.forEach((path, service) -> {
                if (!path.equals("/")) {
                    assertThat(table).as(overlay.getKey() + ": " + path + " is not in the console's routing table").containsEntry(path.substring("/api/v1/".length()), service);
                }
            });
            // every prefix path rules can express goes straight to its service; the key-prefix ones go through the console
            table.forEach((prefix, service) -> {
                if (!prefix.endsWith(".") && !prefix.startsWith("policy-parameters")) {
                    assertThat(rules).as(overlay.getKey()).containsEntry("/api/v1/" + prefix, service);
                }
            });
            ObjectNode console = find(overlay.getValue(), "Deployment", "console");
            JsonNode app = console.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(app.path("image").asText()).isEqualTo("registry.agri.example.gov.cn/agri/console:0.1.0");
            for (String s : List.of("PROJECT", "ASSET", "FUNDING", "EVALUATION")) {
                assertThat(env(app, "AGRI_CONSOLE_SERVICES_" + s)).isEqualTo("http://" + s.toLowerCase() + "-service");
            }
        }
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("value").asText(null);
            }
        }
        return null;
    }

    private static String envSecret(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                return ref.path("name").asText() + "/" + ref.path("key").asText();
            }
        }
        return null;
    }
}
