package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProjectEventsConsumerTest {

    static final String TOPIC = EventTypes.topicOf(ProjectEvents.AGGREGATE);
    static final String CITY = "410700000000";

    final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    String drafted(String projectId, String name) {
        var data = new ProjectDraftedV1(projectId, "XM2025-410725-00001", name, 2025, "410725901201", "GREEN_FOOD", "village-1",
                Instant.parse("2025-03-01T02:00:00Z"));
        return new CloudEvent(UUID.randomUUID().toString(), "/project-service", ProjectEvents.DRAFTED_V1, projectId,
                Instant.now(), mapper.valueToTree(data)).toJson(mapper).toString();
    }

    int eventsApplied(String projectId) {
        return given().header("Authorization", bearer("city", CITY)).get("/api/v1/observed-projects/" + projectId)
                .then().statusCode(200).extract().path("eventsApplied");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String projectId = UUID.randomUUID().toString();
        String event = drafted(projectId, "获嘉县食用菌大棚");
        KafkaTestClient.send(TOPIC, projectId, event);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", bearer("city", CITY)).get("/api/v1/observed-projects/" + projectId)
                        .then().statusCode(200).body("name", equalTo("获嘉县食用菌大棚")));

        // The same event again (a relay retry, a consumer rebalance), then a marker after it on the same key.
        KafkaTestClient.send(TOPIC, projectId, event);
        String marker = drafted(projectId, "获嘉县食用菌大棚（二期）");
        KafkaTestClient.send(TOPIC, projectId, marker);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", bearer("city", CITY)).get("/api/v1/observed-projects/" + projectId)
                        .then().statusCode(200).body("name", equalTo("获嘉县食用菌大棚（二期）")));
        // two distinct events applied; the duplicate counted for nothing
        assertThat(eventsApplied(projectId)).isEqualTo(2);
    }

    @Test
    void aMalformedEventIsDeadLetteredWithItsReasonAndDoesNotBlockThePartition() {
        String projectId = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, projectId, "{this is not a cloud event");
        KafkaTestClient.send(TOPIC, projectId, drafted(projectId, "延津县优质小麦订单收购"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", bearer("city", CITY)).get("/api/v1/observed-projects/" + projectId)
                        .then().statusCode(200).body("name", equalTo("延津县优质小麦订单收购")));

        var dead = KafkaTestClient.readUntil("agri.dlq.evaluation-service",
                rs -> rs.stream().anyMatch(r -> projectId.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, String> parked = dead.stream().filter(r -> projectId.equals(r.key())).findFirst().orElseThrow();
        assertThat(parked.value()).isEqualTo("{this is not a cloud event");
        var reason = parked.headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("not JSON");

        // the dead letter itself, as operators read it (beside /api/v1/operations/rebuild)
        java.util.List<java.util.Map<String, Object>> items = given().header("Authorization", bearer("city", CITY))
                .get("/api/v1/operations/dead-letters?topic=" + TOPIC + "&kind=POISON&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
        var dl = items.stream().filter(m -> projectId.equals(m.get("key"))).findFirst().orElseThrow();
        assertThat(dl).containsEntry("consumer", ReadModelProjector.PROJECTS).containsEntry("status", "PARKED").containsEntry("attempts", 1);
        assertThat((String) dl.get("reason")).contains("not JSON");
        given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/operations/dead-letters").then().statusCode(403);
    }

    @Test
    void theReadModelIsRegionScoped() {
        String projectId = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, projectId, drafted(projectId, "原阳县预制菜"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/observed-projects/" + projectId)
                        .then().statusCode(200));
        given().header("Authorization", bearer("county", "410726000000")).get("/api/v1/observed-projects/" + projectId)
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/observed-projects/" + projectId).then().statusCode(401);
    }
}
