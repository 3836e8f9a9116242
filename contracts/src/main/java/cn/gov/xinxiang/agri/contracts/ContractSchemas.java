package cn.gov.xinxiang.agri.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schema of every event payload, by event type. Producers validate before writing to the
 * outbox, so a payload that drifts from its contract fails the producer's own tests.
 */
public final class ContractSchemas {

    /** Blocks shared by several payloads ({@code $ref} to {@code urn:agri:schema:<name>}) are files {@code schemas/<name>.json}. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mappings(
                    iri -> iri.startsWith("urn:agri:schema:") && !iri.startsWith("urn:agri:schema:cn.gov."),
                    iri -> "classpath:schemas/" + iri.substring("urn:agri:schema:".length()) + ".json")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /** Whether the contracts module declares a schema for this type. */
    public static boolean isKnown(String eventType) {
        return ContractSchemas.class.getResource(resourceOf(eventType)) != null;
    }

    /** The violations of the payload against its type's schema; empty when valid. */
    public static List<String> violations(String eventType, JsonNode payload) {
        JsonSchema schema = CACHE.computeIfAbsent(eventType, ContractSchemas::load);
        return schema.validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Violations of a whole CloudEvents envelope (attributes only; the data is checked per type). */
    public static List<String> envelopeViolations(JsonNode envelope) {
        return violations("cloudevent-envelope", envelope);
    }

    private static JsonSchema load(String eventType) {
        String resource = resourceOf(eventType);
        try (InputStream in = ContractSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no JSON Schema for event type " + eventType + " (expected " + resource + ")");
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resourceOf(String eventType) {
        return "/schemas/" + eventType + ".json";
    }
}
