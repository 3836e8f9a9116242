package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.funding.Fixtures;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static cn.gov.xinxiang.agri.funding.Fixtures.PROJECT_TOPIC;
import static cn.gov.xinxiang.agri.funding.Fixtures.city;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LibraryProjectsConsumerTest {

    @Test
    void admittedProjectsAreLearnedOnceOtherTypesIgnoredPoisonDeadLettered() {
        // A drafted (not admitted) project is ignored: it is not in the library.
        String drafted = UUID.randomUUID().toString();
        var draftedData = new ProjectDraftedV1(drafted, "XM2024-410725-09999", "草稿项目", 2024, Fixtures.YY_VILLAGE, "GREEN_FOOD",
                "village-1", Instant.parse("2024-03-01T02:00:00Z"));
        KafkaTestClient.send(PROJECT_TOPIC, drafted, new CloudEvent(UUID.randomUUID().toString(), "/project-service",
                ProjectEvents.DRAFTED_V1, drafted, Instant.now(), Fixtures.MAPPER.valueToTree(draftedData)).toJson(Fixtures.MAPPER).toString());
        // Poison, then a good event on the same key: the partition moves on.
        String projectId = UUID.randomUUID().toString();
        KafkaTestClient.send(PROJECT_TOPIC, projectId, "{not a cloud event");
        String eventId = UUID.randomUUID().toString();
        String admitted = Fixtures.admittedEvent(projectId, Fixtures.YY_VILLAGE, Fixtures.YUANYANG, true, eventId);
        KafkaTestClient.send(PROJECT_TOPIC, projectId, admitted);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", city()).get("/api/v1/library-projects/" + projectId).then().statusCode(200)
                        .body("leadingIndustry", equalTo(true)).body("countyCode", equalTo(Fixtures.YUANYANG))
                        .body("leadingIndustryCode", equalTo("PREPARED_MEALS")));
        given().header("Authorization", city()).get("/api/v1/library-projects/" + drafted).then().statusCode(404);

        var dead = KafkaTestClient.readUntil("agri.dlq.funding-service", rs -> rs.stream().anyMatch(r -> projectId.equals(r.key())),
                Duration.ofSeconds(30));
        var parked = dead.stream().filter(r -> projectId.equals(r.key())).findFirst().orElseThrow();
        assertThat(parked.value()).isEqualTo("{not a cloud event");
        assertThat(new String(parked.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).contains("not JSON");

        // A county code that is not the project's county is a contract breach: dead-lettered, not stored.
        String wrongCounty = UUID.randomUUID().toString();
        KafkaTestClient.send(PROJECT_TOPIC, wrongCounty, Fixtures.admittedEvent(wrongCounty, Fixtures.YY_VILLAGE, Fixtures.YANJIN, false,
                UUID.randomUUID().toString()));
        KafkaTestClient.readUntil("agri.dlq.funding-service", rs -> rs.stream().anyMatch(r -> wrongCounty.equals(r.key())),
                Duration.ofSeconds(30));
        given().header("Authorization", city()).get("/api/v1/library-projects/" + wrongCounty).then().statusCode(404);

        // Redelivery of the same event id changes nothing, even if its content were different.
        String replay = Fixtures.admittedEvent(projectId, Fixtures.YY_VILLAGE, Fixtures.YUANYANG, false, eventId);
        KafkaTestClient.send(PROJECT_TOPIC, projectId, replay);
        String marker = UUID.randomUUID().toString();
        KafkaTestClient.send(PROJECT_TOPIC, projectId, Fixtures.admittedEvent(marker, Fixtures.YY_VILLAGE, Fixtures.YUANYANG, false,
                UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", city()).get("/api/v1/library-projects/" + marker).then().statusCode(200));
        given().header("Authorization", city()).get("/api/v1/library-projects/" + projectId).then().body("leadingIndustry", equalTo(true));

        // Region scope: 延津 cannot see a 原阳 project, not even by id; the village sees its own.
        given().header("Authorization", bearer("county", Fixtures.YANJIN)).get("/api/v1/library-projects/" + projectId)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer("village", Fixtures.YY_VILLAGE)).get("/api/v1/library-projects/" + projectId)
                .then().statusCode(200);
        given().header("Authorization", bearer("county", Fixtures.YANJIN)).get("/api/v1/library-projects?size=200")
                .then().statusCode(200).body("items.projectId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(projectId)));
    }
}
