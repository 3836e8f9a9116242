package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import cn.gov.xinxiang.agri.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The transactional outbox across a broker outage: changes keep working, and every event arrives. */
@QuarkusTest
class OutboxOutageTest {

    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveWhenItReturns() {
        List<String> ids = new ArrayList<>();
        TestTokens.kafka("stop");
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(given().header("Authorization", bearer("village", "410725901203")).contentType(ContentType.JSON)
                        .body(ProjectDraftTest.draft("停机期间项目" + i, "410725901203"))
                        .post("/api/v1/projects").then().statusCode(201).extract().path("id"));
            }
        } finally {
            TestTokens.kafka("restart");
        }
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(EventTypes.topicOf(ProjectEvents.AGGREGATE),
                rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids), Duration.ofSeconds(90));
        List<ConsumerRecord<String, String>> ours = records.stream().filter(r -> ids.contains(r.key())).toList();
        Set<String> keys = ours.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        assertThat(keys).containsExactlyInAnyOrderElementsOf(ids);
        // The relay may deliver a record twice (a lost ack); what matters is one event id per change.
        Set<String> eventIds = ours.stream().map(r -> CloudEvent.parse(mapper, r.value()).id()).collect(Collectors.toSet());
        assertThat(eventIds).hasSize(ids.size());
    }
}
