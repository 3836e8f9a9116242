package cn.gov.xinxiang.agri.evaluation.rebuild;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.evaluation.TestEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Event history outlives any retention: an admitted project whose record is five years old (by its
 * Kafka timestamp) is still on agri.project after the broker enforced retention, and a rebuild from
 * the topics reproduces it. A topic with the finite retention the suite used to have (90 days) loses
 * the same record within seconds on the same broker, which checks retention every second.
 */
@QuarkusTest
class OldEventsRebuildTest {

    static final String CITY = "410700000000";
    static final long NINETY_DAYS_MS = 7_776_000_000L;

    @Test
    void aRebuildReproducesAnEventOlderThanAnyFiniteRetention() throws Exception {
        String projectId = UUID.randomUUID().toString();
        String village = "410782901201";
        ProjectAdmittedV1 data = new ProjectAdmittedV1(projectId, "XM2021-" + projectId.substring(0, 8), "辉县市五年前入库的核桃加工项目", 2021,
                village, "410782000000", "GREEN_FOOD", false, null, new BigDecimal("600000.00"), new BigDecimal("500000.00"),
                List.of(new ProjectAdmittedV1.Mechanism("EMPLOYMENT", 10, 5, 3, new BigDecimal("2000.00"))), Instant.parse("2021-04-01T00:00:00Z"));
        String value = new CloudEvent(UUID.randomUUID().toString(), "/project-service", ProjectEvents.ADMITTED_V1, projectId,
                Instant.parse("2021-04-01T00:00:00Z"), TestEvents.MAPPER.valueToTree(data)).toJson(TestEvents.MAPPER).toString();
        long fiveYearsAgo = Instant.now().minus(5 * 365, ChronoUnit.DAYS).toEpochMilli();
        String control = "retention-control-" + UUID.randomUUID();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrap()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.bootstrap(),
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            admin.createTopics(List.of(new NewTopic(control, 1, (short) 1).configs(Map.of("retention.ms", String.valueOf(NINETY_DAYS_MS)))))
                    .all().get();

            // the same five-year-old record on the domain topic, then on the control topic
            RecordMetadata kept = producer.send(new ProducerRecord<>("agri.project", null, fiveYearsAgo, projectId, value)).get();
            producer.send(new ProducerRecord<>(control, null, fiveYearsAgo, projectId, value)).get();
            TopicPartition controlPartition = new TopicPartition(control, 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> earliest(admin, controlPartition) == 1);
            // once more, so a whole retention pass has run after the domain record was written
            producer.send(new ProducerRecord<>(control, null, fiveYearsAgo, projectId, value)).get();
            await().atMost(Duration.ofSeconds(30)).until(() -> earliest(admin, controlPartition) == 2);

            TopicPartition domainPartition = new TopicPartition(kept.topic(), kept.partition());
            assertThat(earliest(admin, domainPartition)).as("the old record is still on agri.project").isLessThanOrEqualTo(kept.offset());
            // ... because the domain topics the rebuild reads keep everything. (Retention deletes whole segments, so on a
            // busy topic an old record may survive a while in a segment with newer ones: the settings make it certain.)
            for (String topic : RebuildService.TOPICS) {
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(config.get("retention.ms").value()).as(topic + " retention.ms").isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).as(topic + " retention.bytes").isEqualTo("-1");
                assertThat(config.get("cleanup.policy").value()).as(topic + " cleanup.policy").isEqualTo("delete");
            }
            admin.deleteTopics(List.of(control)).all().get();
        }

        // the live consumer applied it; the rebuild clears the read models and reproduces it from the topic
        String path = "/api/v1/observed-projects/" + projectId;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", bearer("city", CITY)).get(path).then().statusCode(200));
        String before = given().header("Authorization", bearer("city", CITY)).get(path).then().extract().asString();
        given().header("Authorization", bearer("city", CITY)).post("/api/v1/operations/rebuild").then().statusCode(200);
        given().header("Authorization", bearer("city", CITY)).get(path).then().statusCode(200)
                .body("name", equalTo("辉县市五年前入库的核桃加工项目")).body("status", equalTo("IN_LIBRARY")).body("eventsApplied", equalTo(1));
        assertThat(given().header("Authorization", bearer("city", CITY)).get(path).then().extract().asString()).isEqualTo(before);
    }

    static long earliest(Admin admin, TopicPartition tp) throws Exception {
        return admin.listOffsets(Map.of(tp, OffsetSpec.earliest())).all().get().get(tp).offset();
    }
}
