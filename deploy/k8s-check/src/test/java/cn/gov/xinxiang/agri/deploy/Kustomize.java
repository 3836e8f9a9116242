package cn.gov.xinxiang.agri.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kustomize build} does, for the subset this repository uses:
 * {@code resources} (files and directories), {@code patches} (strategic merge, by the patch's own
 * kind and name or by a {@code target} with kind / name / labelSelector), {@code namespace} and
 * {@code images}. Anything else in a kustomization is an error, so the renderer can never silently
 * ignore a feature someone adds later (use a real kustomize then, or extend this class).
 *
 * <p>Strategic merge follows kustomize: maps merge recursively, {@code null} deletes a key, lists of
 * named objects merge by {@code name} on built-in Kubernetes kinds (containers, env, volumes,
 * volumeMounts); every other list, and every list in a custom resource, is replaced.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "patches", "images");
    private static final Set<String> PATCH_FIELDS = Set.of("path", "target");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name", "labelSelector", "group", "version");
    private static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag");
    /** Kinds the namespace transformer leaves alone. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");
    /** API groups whose kinds are custom resources (JSON merge semantics for lists). */
    private static final Set<String> CUSTOM_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io", "monitoring.coreos.com");

    private Kustomize() {
    }

    /** The rendered resources of the kustomization in {@code dir}, in kustomize's resource order. */
    static List<ObjectNode> build(Path dir) {
        return build(dir, new LinkedHashSet<>());
    }

    /** Every file a kustomization in {@code dir} (transitively) reads: resources and patches. */
    static Set<Path> filesUsed(Path dir) {
        Set<Path> used = new HashSet<>();
        collect(dir.toAbsolutePath().normalize(), used);
        return used;
    }

    private static void collect(Path dir, Set<Path> used) {
        Path file = dir.resolve("kustomization.yaml");
        used.add(file);
        JsonNode k = Yaml.readOne(file);
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                collect(p, used);
            } else {
                used.add(p);
            }
        }
        for (JsonNode patch : k.path("patches")) {
            used.add(dir.resolve(patch.path("path").asText()).normalize());
        }
    }

    private static List<ObjectNode> build(Path dir, Set<Path> visiting) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!visiting.add(abs)) {
            throw new IllegalArgumentException("kustomization cycle through " + abs);
        }
        Path file = abs.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + abs);
        }
        JsonNode k = Yaml.readOne(file);
        checkFields(file, k);

        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = abs.resolve(r.asText()).normalize();
            List<ObjectNode> loaded = Files.isDirectory(p) ? build(p, visiting) : Yaml.readAll(p);
            for (ObjectNode res : loaded) {
                String id = id(res);
                if (resources.stream().anyMatch(o -> id(o).equals(id))) {
                    throw new IllegalArgumentException(file + ": resource " + id + " defined twice (from " + p + ")");
                }
                resources.add(res);
            }
        }
        // kustomize's order of built-in transformers: patches, then namespace, then images.
        for (JsonNode patch : k.path("patches")) {
            applyPatch(file, abs, patch, resources);
        }
        if (k.hasNonNull("namespace")) {
            String ns = k.get("namespace").asText();
            for (ObjectNode r : resources) {
                if (!CLUSTER_SCOPED.contains(r.path("kind").asText())) {
                    ((ObjectNode) r.with("metadata")).put("namespace", ns);
                }
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode r : resources) {
                for (ObjectNode container : containers(r)) {
                    String ref = container.path("image").asText();
                    if (imageName(ref).equals(image.path("name").asText())) {
                        String name = image.hasNonNull("newName") ? image.get("newName").asText() : imageName(ref);
                        String tag = image.hasNonNull("newTag") ? image.get("newTag").asText() : imageTag(ref);
                        container.put("image", tag == null ? name : name + ":" + tag);
                    }
                }
            }
        }
        visiting.remove(abs);
        return resources;
    }

    private static void checkFields(Path file, JsonNode k) {
        Kustomization model = Yaml.MAPPER.convertValue(k, Kustomization.class);
        if (model.getAdditionalProperties() != null && !model.getAdditionalProperties().isEmpty()) {
            throw new IllegalArgumentException(file + ": not kustomization fields: " + model.getAdditionalProperties().keySet());
        }
        if (!"Kustomization".equals(model.getKind()) || !"kustomize.config.k8s.io/v1beta1".equals(model.getApiVersion())) {
            throw new IllegalArgumentException(file + ": expected kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        onlyFields(file, "kustomization", k, SUPPORTED);
        for (JsonNode p : k.path("patches")) {
            onlyFields(file, "patch", p, PATCH_FIELDS);
            onlyFields(file, "patch target", p.path("target"), TARGET_FIELDS);
        }
        for (JsonNode i : k.path("images")) {
            onlyFields(file, "image", i, IMAGE_FIELDS);
        }
    }

    private static void onlyFields(Path file, String what, JsonNode node, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(file + ": " + what + " field '" + f + "' is not supported by this renderer");
            }
        }
    }

    private static void applyPatch(Path file, Path dir, JsonNode spec, List<ObjectNode> resources) {
        Path patchFile = dir.resolve(spec.path("path").asText()).normalize();
        ObjectNode patch = Yaml.readOne(patchFile);
        JsonNode target = spec.path("target");
        List<ObjectNode> matched = new ArrayList<>();
        for (ObjectNode r : resources) {
            boolean matches = target.isMissingNode()
                    ? r.path("kind").asText().equals(patch.path("kind").asText())
                    && group(r).equals(group(patch))
                    && r.path("metadata").path("name").asText().equals(patch.path("metadata").path("name").asText())
                    : selects(target, r);
            if (matches) {
                matched.add(r);
            }
        }
        // kustomize fails for an unmatched patch without target; we also fail for an empty target:
        // a patch that changes nothing is a mistake here.
        if (matched.isEmpty()) {
            throw new IllegalArgumentException(file + ": patch " + patchFile.getFileName() + " matches no resource");
        }
        ObjectNode body = patch.deepCopy();
        body.remove("apiVersion");
        body.remove("kind");
        if (body.get("metadata") instanceof ObjectNode m) {
            m.remove("name");
            m.remove("namespace");
            if (m.isEmpty()) {
                body.remove("metadata");
            }
        }
        for (ObjectNode r : matched) {
            merge(r, body, !CUSTOM_GROUPS.contains(group(r)));
        }
    }

    private static boolean selects(JsonNode target, ObjectNode r) {
        if (target.hasNonNull("kind") && !target.get("kind").asText().equals(r.path("kind").asText())) {
            return false;
        }
        if (target.hasNonNull("name") && !target.get("name").asText().equals(r.path("metadata").path("name").asText())) {
            return false;
        }
        if (target.hasNonNull("group") && !target.get("group").asText().equals(group(r))) {
            return false;
        }
        if (target.hasNonNull("version") && !r.path("apiVersion").asText().endsWith("/" + target.get("version").asText())
                && !r.path("apiVersion").asText().equals(target.get("version").asText())) {
            return false;
        }
        if (target.hasNonNull("labelSelector")) {
            JsonNode labels = r.path("metadata").path("labels");
            for (String term : target.get("labelSelector").asText().split(",")) {
                String[] kv = term.trim().split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("only key=value label selectors are supported: " + term);
                }
                if (!kv[1].equals(labels.path(kv[0]).asText(null))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Strategic merge of {@code patch} into {@code target} (see the class comment). */
    static void merge(ObjectNode target, JsonNode patch, boolean builtin) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            JsonNode existing = target.get(e.getKey());
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && existing instanceof ObjectNode obj) {
                merge(obj, value, builtin);
            } else if (builtin && value.isArray() && existing instanceof ArrayNode arr && namedObjects(value) && namedObjects(arr)) {
                for (JsonNode item : value) {
                    ObjectNode same = null;
                    for (JsonNode old : arr) {
                        if (old.path("name").asText().equals(item.path("name").asText())) {
                            same = (ObjectNode) old;
                        }
                    }
                    if (same == null) {
                        arr.add(item.deepCopy());
                    } else {
                        merge(same, item, true);
                    }
                }
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean namedObjects(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isObject() || !n.hasNonNull("name")) {
                return false;
            }
        }
        return array.size() > 0;
    }

    static String group(JsonNode r) {
        String apiVersion = r.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    static String id(JsonNode r) {
        return group(r) + "/" + r.path("kind").asText() + "/" + r.path("metadata").path("namespace").asText("")
                + "/" + r.path("metadata").path("name").asText();
    }

    /** Containers and init containers of a workload's pod template (or of a bare Pod). */
    static List<ObjectNode> containers(JsonNode r) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNode spec = r.path("spec");
        for (JsonNode podSpec : List.of(spec, spec.path("template").path("spec"),
                spec.path("jobTemplate").path("spec").path("template").path("spec"))) {
            for (String field : List.of("containers", "initContainers")) {
                for (JsonNode c : podSpec.path(field)) {
                    out.add((ObjectNode) c);
                }
            }
        }
        return out;
    }

    private static String imageName(String ref) {
        String noDigest = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        int colon = noDigest.lastIndexOf(':');
        return colon > noDigest.lastIndexOf('/') ? noDigest.substring(0, colon) : noDigest;
    }

    private static String imageTag(String ref) {
        String name = imageName(ref);
        return ref.length() > name.length() + 1 && ref.charAt(name.length()) == ':' ? ref.substring(name.length() + 1) : null;
    }

    static void requireFile(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            throw new IOException("missing " + p);
        }
    }
}
