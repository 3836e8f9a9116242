package cn.gov.xinxiang.agri.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.schema.validator.ValidationMessage.Level;
import io.fabric8.kubernetes.schema.validator.Validator;
import io.strimzi.api.kafka.model.common.UnknownPropertyPreserving;
import io.strimzi.api.kafka.model.connect.KafkaConnect;
import io.strimzi.api.kafka.model.connector.KafkaConnector;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates one manifest against the schema of its kind:
 * <ul>
 * <li>Kubernetes kinds (and Prometheus Operator kinds) against the OpenAPI schemas shipped in
 * fabric8's kubernetes-model-validator: types, required fields, no unknown fields;</li>
 * <li>Strimzi kinds by binding them to the Strimzi API model (io.strimzi:api) and reporting every
 * property the model does not know and every property it declares required but is missing;</li>
 * <li>CloudNativePG kinds against the JSON Schemas in src/test/resources/schemas (a subset of the
 * operator's CRDs, strict about unknown fields: no Java model of them is published).</li>
 * </ul>
 * A kind none of these knows is itself a problem: nothing is waved through unchecked.
 */
final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Validator K8S = Validator.newInstance();
    private static final JsonNode K8S_DEFINITIONS_JSON = loadDefinitions();
    private static final Set<String> K8S_DEFINITIONS = definitionNames();
    private static final Map<String, Class<?>> STRIMZI = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class,
            "KafkaUser", KafkaUser.class, "KafkaConnect", KafkaConnect.class, "KafkaConnector", KafkaConnector.class);
    private static final Map<String, String> CNPG = Map.of(
            "Cluster", "schemas/cnpg-cluster.json", "ScheduledBackup", "schemas/cnpg-scheduledbackup.json");

    private Schemas() {
    }

    /** Problems of {@code doc}, each prefixed with {@code where}; empty when it is valid. */
    static List<String> validate(ObjectNode doc, String where) {
        List<String> problems = new ArrayList<>();
        String group = Kustomize.group(doc);
        String kind = doc.path("kind").asText();
        String at = where + " " + kind + "/" + doc.path("metadata").path("name").asText("<no name>") + ": ";
        if (doc.path("metadata").path("name").asText().isEmpty()) {
            problems.add(at + "metadata.name is missing");
        }
        try {
            if (group.equals("kafka.strimzi.io")) {
                strimzi(doc, kind, at, problems);
            } else if (group.equals("postgresql.cnpg.io")) {
                cnpg(doc, kind, at, problems);
            } else {
                kubernetes(doc, group, kind, at, problems);
            }
        } catch (IllegalArgumentException e) {
            problems.add(at + e.getMessage());
        }
        return problems;
    }

    private static void kubernetes(ObjectNode doc, String group, String kind, String at, List<String> problems) {
        String apiVersion = doc.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String definition = group.equals("monitoring.coreos.com")
                ? "com.coreos.monitoring." + version + "." + kind
                : "io.k8s.api." + (group.isEmpty() ? "core" : group.split("\\.")[0]) + "." + version + "." + kind;
        if (!K8S_DEFINITIONS.contains(definition)) {
            problems.add(at + "no schema for " + apiVersion + " " + kind + " (unknown kind or API version)");
            return;
        }
        for (var m : K8S.validate(doc).getMessages()) {
            if (m.getLevel() == Level.ERROR && !intOrStringGivenAnInteger(m)) {
                problems.add(at + m.getMessage());
            }
        }
    }

    /**
     * The shipped schema types IntOrString (maxSurge, minAvailable, ports) as a string only, but
     * Kubernetes takes an integer there, and needs one where a percentage is not meant.
     */
    private static boolean intOrStringGivenAnInteger(io.fabric8.kubernetes.schema.validator.ValidationMessage m) {
        return m.getSchema() != null && m.getSchema().endsWith("/io.k8s.apimachinery.pkg.util.intstr.IntOrString")
                && m.getMessage().contains("Instance type (integer) does not match");
    }

    private static void strimzi(ObjectNode doc, String kind, String at, List<String> problems) {
        Class<?> type = STRIMZI.get(kind);
        if (type == null) {
            problems.add(at + "no Strimzi model for kind " + kind);
            return;
        }
        String version = doc.path("apiVersion").asText().substring("kafka.strimzi.io/".length());
        List<?> versions = (List<?>) staticField(type, "VERSIONS");
        if (!versions.contains(version)) {
            problems.add(at + "apiVersion kafka.strimzi.io/" + version + " is not one of " + versions);
        }
        Object model;
        try {
            model = JSON.convertValue(doc, type);
        } catch (IllegalArgumentException e) {
            problems.add(at + "does not bind to the Strimzi model: " + firstLine(e.getMessage()));
            return;
        }
        walk(model, "", at, problems, new IdentityHashMap<>());
    }

    /** Reports unknown properties and missing required ones, depth first through the model. */
    private static void walk(Object obj, String path, String at, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
        if (obj == null || seen.put(obj, Boolean.TRUE) != null) {
            return;
        }
        if (obj instanceof Collection<?> c) {
            int i = 0;
            for (Object o : c) {
                walk(o, path + "[" + i++ + "]", at, problems, seen);
            }
            return;
        }
        if (obj instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), at, problems, seen);
            }
            return;
        }
        String pkg = obj.getClass().getPackageName();
        if (!pkg.startsWith("io.strimzi.") && !pkg.startsWith("io.fabric8.")) {
            return;
        }
        Map<String, Object> unknown = obj instanceof UnknownPropertyPreserving u ? u.getAdditionalProperties() : additional(obj);
        if (unknown != null && !unknown.isEmpty()) {
            problems.add(at + "unknown field(s) " + unknown.keySet() + " at " + (path.isEmpty() ? "." : path));
        }
        BeanDescription bean = JSON.getSerializationConfig().introspect(JSON.constructType(obj.getClass()));
        for (BeanPropertyDefinition p : bean.findProperties()) {
            AnnotatedMember getter = p.getAccessor();
            if (getter == null || p.getName().equals("additionalProperties")) {
                continue;
            }
            Object value;
            try {
                value = getter.getValue(obj);
            } catch (RuntimeException e) {
                continue;
            }
            if (value == null && p.isRequired()) {
                problems.add(at + "required field " + path + "." + p.getName() + " is missing");
            }
            walk(value, path + "." + p.getName(), at, problems, seen);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> additional(Object obj) {
        try {
            Method m = obj.getClass().getMethod("getAdditionalProperties");
            return (Map<String, Object>) m.invoke(obj);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    private static void cnpg(ObjectNode doc, String kind, String at, List<String> problems) {
        String resource = CNPG.get(kind);
        if (resource == null) {
            problems.add(at + "no CloudNativePG schema for kind " + kind);
            return;
        }
        JsonSchema schema;
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ValidationMessage m : schema.validate(JSON.valueToTree(doc))) {
            problems.add(at + m.getMessage());
        }
    }

    private static JsonNode loadDefinitions() {
        try (InputStream in = Validator.class.getClassLoader().getResourceAsStream("openshift-generated.json")) {
            return JSON.readTree(in).path("definitions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> definitionNames() {
        Set<String> names = new java.util.HashSet<>();
        for (Iterator<String> it = K8S_DEFINITIONS_JSON.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Object staticField(Class<?> type, String name) {
        try {
            return type.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
