package cn.gov.xinxiang.agri.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/events.md is generated from the code: every versioned type of every {@code *Events} class, its topic,
 * key, payload record and schema; producers are the modules whose code writes it to the outbox, consumers the
 * modules that subscribe to its topic and read it. The test fails when the checked-in page differs, so the
 * catalogue cannot drift; regenerate with
 * {@code ./mvnw -pl contracts verify -Dtest=EventCatalogueTest -Dcatalogue.write=true}.
 */
class EventCatalogueTest {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final Path PAGE = ROOT.resolve("docs/events.md");
    static final List<String> MODULES = List.of("project-service", "asset-service", "funding-service", "evaluation-service", "platform");
    static final Pattern TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([\\w-]+)\\.topics?");

    record Type(String type, String constant, Class<?> events, String aggregate, Class<?> payload, String title) {
        String topic() {
            return EventTypes.topicOf(aggregate);
        }
    }

    @Test
    void theCheckedInCatalogueIsWhatTheCodeSays() throws Exception {
        String generated = render(types());
        if (Boolean.getBoolean("catalogue.write")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        String checkedIn = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        assertThat(checkedIn).as("docs/events.md is out of date; regenerate it: ./mvnw -pl contracts verify -Dtest=EventCatalogueTest -Dcatalogue.write=true")
                .isEqualTo(generated);
    }

    static List<Type> types() throws Exception {
        Path classes = Path.of(EventTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Type> out = new ArrayList<>();
        List<Class<?>> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                all.add(Class.forName(classes.relativize(p).toString().replace('/', '.').replace(".class", "")));
            }
        }
        for (Class<?> events : all) {
            if (!events.getSimpleName().endsWith("Events") || events == EventTypes.class) {
                continue;
            }
            String aggregate = (String) events.getField("AGGREGATE").get(null);
            for (Field f : events.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !f.getName().matches(".*_V\\d+$")) {
                    continue;
                }
                String type = (String) f.get(null);
                String camel = camel(f.getName());
                String own = camel(aggregate) + camel;
                Class<?> payload = all.stream().filter(c -> c.getPackage().equals(events.getPackage()) && c.getSimpleName().equals(own)).findFirst()
                        .or(() -> all.stream().filter(c -> c.getPackage().equals(events.getPackage()) && c.getSimpleName().equals(camel)).findFirst())
                        .orElse(null);
                out.add(new Type(type, f.getName(), events, aggregate, payload, title(type)));
            }
        }
        out.sort(Comparator.comparing(Type::type));
        return out;
    }

    /** REGISTERED_V1 → RegisteredV1, APPRAISAL_PUBLISHED_V1 → AppraisalPublishedV1 */
    static String camel(String constant) {
        StringBuilder sb = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    static String title(String type) {
        try (InputStream in = EventTypes.class.getResourceAsStream("/schemas/" + type + ".json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            return schema.path("title").asText("").replace(" (v1)", "").replace("|", "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Main Java sources of a module, path → text. */
    static Map<String, String> sources(String module) {
        Path dir = ROOT.resolve(module).resolve("src/main/java");
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // comments are not code: a Javadoc example names types it neither produces nor reads
                String code = Files.readString(p, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                out.put(p.getFileName().toString(), code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** topic → the modules (and channels) that subscribe to it in their application.properties. */
    static Map<String, List<String>> subscriptions() throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (String module : MODULES) {
            Path props = ROOT.resolve(module).resolve("src/main/resources/application.properties");
            if (!Files.exists(props)) {
                continue;
            }
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                Matcher m = TOPIC.matcher(key);
                if (m.matches()) {
                    // "topics" subscribes one channel to a comma-separated list
                    for (String topic : p.getProperty(key).split(",")) {
                        out.computeIfAbsent(topic.trim(), t -> new ArrayList<>()).add(module + " (`" + m.group(1) + "`)");
                    }
                }
            }
        }
        return out;
    }

    static boolean appends(String source, Type t) {
        return source.contains(t.events().getSimpleName() + "." + t.constant()) && source.toLowerCase(Locale.ROOT).contains("outbox");
    }

    static boolean mentions(String source, Type t) {
        return source.contains(t.events().getSimpleName() + "." + t.constant())
                || (t.payload() != null && Pattern.compile("\\b" + t.payload().getSimpleName() + "\\b").matcher(source).find());
    }

    static String render(List<Type> types) throws IOException {
        Map<String, Map<String, String>> code = new LinkedHashMap<>();
        MODULES.forEach(m -> code.put(m, sources(m)));
        Map<String, List<String>> subscribed = subscriptions();
        StringBuilder md = new StringBuilder();
        md.append("# Event catalogue\n\n")
                .append("Generated from `contracts` and the services' code by `contracts/src/test/java/.../EventCatalogueTest.java`; ")
                .append("`./mvnw verify` fails when this page differs from what the code says. Regenerate with\n")
                .append("`./mvnw -pl contracts verify -Dtest=EventCatalogueTest -Dcatalogue.write=true`.\n\n")
                .append("Every event is a CloudEvents 1.0 structured JSON envelope (`contracts/src/main/resources/schemas/cloudevent-envelope.json`) ")
                .append("whose `data` follows the type's JSON Schema. Topics are `agri.<aggregate>`; the Kafka key is the aggregate's id ")
                .append("(for `agri.policy` the parameter key, for `agri.region` the 12-digit region code), so one aggregate's events stay in order. ")
                .append("A producer is a module whose code appends the type to its outbox in the transaction of the change; a consumer is a ")
                .append("module that subscribes to the topic and reads the type. `platform` code runs inside every service that uses it.\n\n")
                .append("| type | what happened | topic | payload | producer | consumers |\n|---|---|---|---|---|---|\n");
        for (Type t : types) {
            List<String> producers = new ArrayList<>();
            List<String> consumers = new ArrayList<>();
            for (var module : code.entrySet()) {
                boolean produces = false;
                boolean reads = false;
                for (String src : module.getValue().values()) {
                    if (appends(src, t)) {
                        produces = true;
                    } else if (mentions(src, t)) {
                        reads = true;
                    }
                }
                boolean subscribes = subscribed.getOrDefault(t.topic(), List.of()).stream().anyMatch(s -> s.startsWith(module.getKey() + " "));
                if (produces) {
                    producers.add(module.getKey());
                }
                if (reads && (subscribes || module.getKey().equals("platform"))) {
                    consumers.add(module.getKey());
                }
            }
            String schema = "[schema](../contracts/src/main/resources/schemas/" + t.type() + ".json)";
            md.append("| `").append(t.type().substring(EventTypes.PREFIX.length())).append("` | ").append(t.title())
                    .append(" | `").append(t.topic()).append("` | ")
                    .append(t.payload() == null ? "" : "`" + t.payload().getSimpleName() + "` ").append(schema).append(" | ")
                    .append(producers.isEmpty() ? "—" : String.join(", ", producers)).append(" | ")
                    .append(consumers.isEmpty() ? "—" : String.join(", ", consumers)).append(" |\n");
        }
        md.append("\n## Subscriptions\n\nWho reads each topic (module and channel, from its `application.properties`):\n\n| topic | subscribed by |\n|---|---|\n");
        for (var e : subscribed.entrySet()) {
            md.append("| `").append(e.getKey()).append("` | ").append(String.join(", ", e.getValue())).append(" |\n");
        }
        md.append("\nEvery service also mirrors what it parks as a dead letter to `agri.dlq.<service>` (operations only, not a domain topic).\n");
        return md.toString();
    }
}
