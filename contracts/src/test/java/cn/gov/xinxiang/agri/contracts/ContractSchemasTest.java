package cn.gov.xinxiang.agri.contracts;

import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractSchemasTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ObjectNode drafted() {
        return mapper.valueToTree(new ProjectDraftedV1(UUID.randomUUID().toString(), "P-2025-0001", "原阳县肉羊养殖扶贫车间",
                2025, "410725901201", "SPECIALTY_FARMING", "village-user", Instant.parse("2025-03-01T02:00:00Z")));
    }

    @Test
    void aWellFormedPayloadValidates() {
        assertThat(ContractSchemas.violations(ProjectEvents.DRAFTED_V1, drafted())).isEmpty();
    }

    @Test
    void aPayloadThatDriftsFromItsSchemaIsReported() {
        ObjectNode payload = drafted();
        payload.put("regionCode", "4107");
        payload.remove("name");
        payload.put("unexpected", true);
        assertThat(ContractSchemas.violations(ProjectEvents.DRAFTED_V1, payload))
                .hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("regionCode"))
                .anySatisfy(m -> assertThat(m).contains("name"))
                .anySatisfy(m -> assertThat(m).contains("unexpected"));
    }

    /** Every {@code *Events} class's versioned constants, found on disk so a new class is not forgotten. */
    @Test
    void everyDeclaredEventTypeHasASchema() throws Exception {
        Path root = Path.of(EventTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> types;
        try (var files = Files.walk(root)) {
            types = files.map(p -> root.relativize(p).toString())
                    .filter(n -> n.endsWith("Events.class"))
                    .map(n -> n.replace('/', '.').replace(".class", ""))
                    .map(ContractSchemasTest::load)
                    .flatMap(c -> Arrays.stream(c.getFields()))
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().matches(".*_V\\d+$"))
                    .map(ContractSchemasTest::value).toList();
        }
        assertThat(types).isNotEmpty();
        assertThat(types).allSatisfy(t -> assertThat(ContractSchemas.isKnown(t)).as(t).isTrue());
    }

    @Test
    void unknownTypesAreRejectedLoudly() {
        assertThatThrownBy(() -> ContractSchemas.violations("cn.gov.xinxiang.agri.nothing.v1", drafted()))
                .hasMessageContaining("no JSON Schema");
    }

    @Test
    void envelopeRoundTripsAndIsValid() {
        CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), "/project-service", ProjectEvents.DRAFTED_V1,
                "p-1", Instant.parse("2025-03-01T02:00:00Z"), drafted());
        JsonNode json = event.toJson(mapper);
        assertThat(ContractSchemas.envelopeViolations(json)).isEmpty();
        assertThat(CloudEvent.parse(mapper, json.toString())).isEqualTo(event);
    }

    @Test
    void malformedEnvelopesAreNamed() {
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "not json")).isInstanceOf(CloudEvent.MalformedEventException.class);
        assertThatThrownBy(() -> CloudEvent.parse(mapper, "{\"specversion\":\"1.0\",\"id\":\"1\"}"))
                .hasMessageContaining("time");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
