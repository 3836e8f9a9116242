package cn.gov.xinxiang.agri.deploy;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The check must fail when a manifest is broken: each case copies deploy/k8s, breaks one file in a
 * typical way, and expects a problem naming the breakage.
 */
class BrokenManifestsTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> breakages() {
        return Stream.of(
                arguments("unknown field in a container", "base/project-service.yaml",
                        "imagePullPolicy: IfNotPresent", "imagePullPolicyy: IfNotPresent", "imagePullPolicyy"),
                arguments("missing required field of a Service port", "base/project-service.yaml",
                        "      port: 80\n", "", "missing required properties ([\"port\"])"),
                arguments("wrong type", "base/asset-service.yaml",
                        "failureThreshold: 60", "failureThreshold: sixty", "/startupProbe/failureThreshold"),
                arguments("unknown kind / API version", "base/funding-service.yaml",
                        "apiVersion: autoscaling/v2", "apiVersion: autoscaling/v3", "no schema for autoscaling/v3 HorizontalPodAutoscaler"),
                arguments("unknown field in a Strimzi resource", "infra/kafka/topics.yaml",
                        "partitions: 6", "partition: 6", "unknown field(s) [partition]"),
                arguments("missing required field in a Strimzi resource", "infra/kafka/node-pool.yaml",
                        "  roles:\n    - controller\n    - broker\n", "", "required field .spec.roles is missing"),
                arguments("invalid enum value in a Strimzi resource", "infra/kafka/kafka.yaml",
                        "type: internal", "type: internall", "listeners[0].type is missing"),
                arguments("Strimzi API version the model does not know", "infra/kafka-auth/users.yaml",
                        "apiVersion: kafka.strimzi.io/v1", "apiVersion: kafka.strimzi.io/v2", "is not one of"),
                arguments("unknown field in a CloudNativePG Cluster", "infra/postgres/clusters.yaml",
                        "instances: 3", "instance: 3", "instance"),
                arguments("invalid CloudNativePG schedule", "infra/postgres-backup/scheduled-backups.yaml",
                        "schedule: \"0 30 1 * * *\"", "schedule: \"30 1 * * *\"", "schedule"),
                arguments("environment variable that sets nothing", "base/project-service.yaml",
                        "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_JDBC_ULR", "environment variable QUARKUS_DATASOURCE_JDBC_ULR sets no configuration key of project-service"),
                arguments("Kafka variable that is no client setting", "overlays/production/config.yaml",
                        "  KAFKA_SASL_MECHANISM:", "  KAFKA_SASL_MECHANISMS:", "environment variable KAFKA_SASL_MECHANISMS sets no configuration key"),
                arguments("kustomize feature the renderer does not implement", "overlays/small/kustomization.yaml",
                        "namespace: agri\n", "namespace: agri\ncommonLabels:\n  tier: x\n", "field 'commonLabels' is not supported"),
                arguments("patch that matches nothing", "overlays/small/kustomization.yaml",
                        "kind: Cluster\n", "kind: Clusterr\n", "matches no resource"),
                arguments("Ingress backend that does not exist", "base/ingress.yaml",
                        "name: project-service", "name: project-svc", "backend Service 'project-svc' does not exist"),
                arguments("Secret nobody creates", "base/evaluation-service.yaml",
                        "secretName: agri-jwt-public-key", "secretName: agri-jwt-key", "Secret 'agri-jwt-key' is neither generated"),
                arguments("missing dead-letter topic", "infra/kafka/topics.yaml",
                        "topicName: agri.dlq.evaluation-service", "topicName: agri.dlq.evaluation", "no dead-letter KafkaTopic agri.dlq.evaluation-service"),
                arguments("domain topic with a finite retention", "infra/kafka/topics.yaml",
                        "    retention.ms: -1\n", "    retention.ms: 7776000000\n", "domain topic agri.project must keep its whole history"),
                arguments("Debezium routing that differs from the relay", "infra/debezium/connectors.yaml",
                        "route.topic.replacement: agri.${routedByValue}", "route.topic.replacement: ${routedByValue}", "route.topic.replacement must be"),
                arguments("password written into a connector", "infra/debezium/connectors.yaml",
                        "database.password: ${directory:/mnt/agri-asset-db-debezium:password}", "database.password: secret123", "database.password must come from a config provider"),
                arguments("variable the guide does not explain", "README.md",
                        "| `QUARKUS_LOG_LEVEL` |", "| QUARKUS_LOG_LEVEL |", "QUARKUS_LOG_LEVEL is not explained in README.md"),
                arguments("password as a literal value", "base/asset-service.yaml",
                        "            - name: QUARKUS_DATASOURCE_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: agri-asset-db-app\n                  key: password\n",
                        "            - name: QUARKUS_DATASOURCE_PASSWORD\n              value: postgres\n",
                        "QUARKUS_DATASOURCE_PASSWORD carries a literal value"),
                arguments("more consumer replicas than partitions", "overlays/production/hpa.yaml",
                        "maxReplicas: 6", "maxReplicas: 8", "maxReplicas 8 exceeds the 6 partitions of consumed topic agri.project"),
                arguments("YAML that does not parse", "infra/kafka/kafka.yaml",
                        "  entityOperator:", " entityOperator: [", "does not parse"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void theCheckReportsABrokenManifest(String what, String file, String from, String to, String expected) throws IOException {
        Path k8s = tmp.resolve("k8s");
        copy(ManifestsTest.K8S, k8s);
        Path target = k8s.resolve(file);
        String text = Files.readString(target);
        assertThat(text).as("the breakage applies to " + file).contains(from);
        Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));

        List<String> problems = ManifestCheck.run(k8s, ManifestsTest.REPO);

        assertThat(problems).as(what).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @ParameterizedTest(name = "orphan file")
    @MethodSource("orphan")
    void aFileNoKustomizationUsesIsReported(String name) throws IOException {
        Path k8s = tmp.resolve("k8s");
        copy(ManifestsTest.K8S, k8s);
        Files.copy(k8s.resolve("overlays/small/hpa.yaml"), k8s.resolve("overlays/small/" + name));
        assertThat(ManifestCheck.run(k8s, ManifestsTest.REPO)).anySatisfy(p -> assertThat(p).contains(name + ": not used by any kustomization"));
    }

    static Stream<String> orphan() {
        return Stream.of("forgotten-patch.yaml");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
