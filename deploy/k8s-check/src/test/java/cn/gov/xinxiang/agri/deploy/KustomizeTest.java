package cn.gov.xinxiang.agri.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer's semantics, on small kustomizations written here (kustomize's documented behaviour). */
class KustomizeTest {

    @TempDir
    Path dir;

    @Test
    void strategicMergeOnBuiltInKindsMergesNamedListsAndDeletesNulls() throws IOException {
        write("base/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [app.yaml]
                """);
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app, labels: {tier: api}}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          image: app:1
                          env: [{name: A, value: "1"}, {name: B, value: "2"}]
                        - name: sidecar
                          image: side:1
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: app}
                spec: {minAvailable: 1}
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata: {name: pool}
                spec: {roles: [controller, broker], replicas: 3}
                """);
        write("overlay/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: ns
                resources: [../base]
                images: [{name: app, newName: reg/app, newTag: "2"}]
                patches:
                  - path: deploy.yaml
                    target: {kind: Deployment, labelSelector: tier=api}
                  - path: pdb.yaml
                  - path: pool.yaml
                """);
        write("overlay/deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: ignored-with-a-target}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env: [{name: B, value: "two"}, {name: C, value: "3"}]
                """);
        write("overlay/pdb.yaml", """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: app}
                spec: {minAvailable: null, maxUnavailable: 1}
                """);
        write("overlay/pool.yaml", """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata: {name: pool}
                spec: {roles: [broker]}
                """);

        List<ObjectNode> out = Kustomize.build(dir.resolve("overlay"));

        ObjectNode deploy = ManifestCheck.find(out, "Deployment", "app");
        assertThat(deploy.path("metadata").path("namespace").asText()).isEqualTo("ns");
        assertThat(deploy.path("spec").path("replicas").asInt()).isEqualTo(2);
        var containers = deploy.path("spec").path("template").path("spec").path("containers");
        assertThat(containers).hasSize(2);
        assertThat(containers.get(0).path("image").asText()).isEqualTo("reg/app:2");
        assertThat(containers.get(1).path("image").asText()).isEqualTo("side:1");
        assertThat(containers.get(0).path("env").toString())
                .isEqualTo("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"two\"},{\"name\":\"C\",\"value\":\"3\"}]");
        var pdb = ManifestCheck.find(out, "PodDisruptionBudget", "app").path("spec");
        assertThat(pdb.has("minAvailable")).isFalse();
        assertThat(pdb.path("maxUnavailable").asInt()).isEqualTo(1);
        // A custom resource gets JSON-merge semantics: its lists are replaced.
        assertThat(ManifestCheck.find(out, "KafkaNodePool", "pool").path("spec").path("roles").toString()).isEqualTo("[\"broker\"]");
    }

    @Test
    void duplicatesCyclesAndUnknownFieldsAreErrors() throws IOException {
        write("a/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [x.yaml, y.yaml]
                """);
        write("a/x.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: same}\n");
        write("a/y.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: same}\n");
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("a"))).hasMessageContaining("defined twice");

        write("b/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../c]
                """);
        write("c/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../b]
                """);
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("b"))).hasMessageContaining("cycle");

        write("d/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resourcez: [x.yaml]
                """);
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("d"))).hasMessageContaining("resourcez");

        write("e/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                configMapGenerator: [{name: x, literals: [a=b]}]
                """);
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("e"))).hasMessageContaining("configMapGenerator");
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
