package cn.gov.xinxiang.agri.funding.library;

import cn.gov.xinxiang.agri.funding.Fixtures;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import cn.gov.xinxiang.agri.testing.SuiteInfrastructureResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gov.xinxiang.agri.funding.Fixtures.PROJECT_TOPIC;
import static cn.gov.xinxiang.agri.funding.Fixtures.YUANYANG;
import static cn.gov.xinxiang.agri.funding.Fixtures.YY_VILLAGE;
import static cn.gov.xinxiang.agri.funding.Fixtures.city;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static cn.gov.xinxiang.agri.testing.TestTokens.serviceBearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The platform's ReliableConsumer and dead letters, through funding-service's library-project consumer:
 * a transient failure (a row lock the test holds, so the consumer hits lock_timeout) is retried, and
 * one that outlasts the tries is parked with later events of its key held behind it, then replayed
 * in order. Test profile: 6 tries, 100-400 ms pauses, 500 ms lock timeout.
 */
@QuarkusTest
class ReliableConsumptionTest {

    static final String DEAD_LETTERS = "/api/v1/operations/dead-letters";
    static final String CONSUMER = ProjectEventsConsumer.CONSUMER;

    @Test
    void aPassingFailureIsRetriedAndAppliedOnceAfterItsCauseIsGoneAndTheKeysNextEventOnlyAfterIt() throws Exception {
        String project = Fixtures.admitted(YY_VILLAGE, false);
        double retriesBefore = counter("agri_consumer_retries_total", "consumer", CONSUMER);
        String e1 = UUID.randomUUID().toString();
        String e2 = UUID.randomUUID().toString();
        try (Connection lock = db()) {
            lock.setAutoCommit(false);
            lockRow(lock, project);
            KafkaTestClient.send(PROJECT_TOPIC, project, Fixtures.admittedEvent(project, YY_VILLAGE, YUANYANG, true, e1));
            KafkaTestClient.send(PROJECT_TOPIC, project, Fixtures.admittedEvent(project, YY_VILLAGE, YUANYANG, false, e2));
            // the consumer runs into the lock and retries; neither event is applied meanwhile
            await().atMost(Duration.ofSeconds(20)).until(() -> counter("agri_consumer_retries_total", "consumer", CONSUMER) >= retriesBefore + 2);
            assertThat(inboxed(e1)).isZero();
            lock.rollback();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> e2.equals(lastEventId(project)));
        // each applied exactly once, in order (inbox rows carry their transaction's start time)
        assertThat(inboxed(e1)).isEqualTo(1);
        assertThat(inboxed(e2)).isEqualTo(1);
        assertThat(appliedOrder(e1, e2)).containsExactly(e1, e2);
        assertThat(deadLettersOf(project)).isEmpty();
    }

    @Test
    void aPoisonEventIsParkedAtOnceWithItsReasonAndTheNextRecordIsApplied() {
        String key = UUID.randomUUID().toString();
        KafkaTestClient.send(PROJECT_TOPIC, key, "{not a cloud event");
        String good = UUID.randomUUID().toString();
        KafkaTestClient.send(PROJECT_TOPIC, key, Fixtures.admittedEvent(key, YY_VILLAGE, YUANYANG, false, good));
        await().atMost(Duration.ofSeconds(20)).until(() -> good.equals(lastEventId(key)));

        List<Map<String, Object>> parked = deadLettersOf(key);
        assertThat(parked).hasSize(1);
        Map<String, Object> dl = parked.get(0);
        assertThat(dl).containsEntry("kind", "POISON").containsEntry("status", "PARKED").containsEntry("attempts", 1)
                .containsEntry("consumer", CONSUMER).containsEntry("topic", PROJECT_TOPIC).doesNotContainKey("value");
        assertThat((String) dl.get("reason")).contains("not JSON");
        given().header("Authorization", city()).get(DEAD_LETTERS + "/" + dl.get("id")).then().statusCode(200)
                .body("value", equalTo("{not a cloud event")).body("firstFailedAt", org.hamcrest.Matchers.notNullValue());
        // copied to the dead-letter topic after commit, with the reason and kind
        var mirrored = KafkaTestClient.readUntil("agri.dlq.funding-service", rs -> rs.stream().anyMatch(r -> key.equals(r.key())),
                Duration.ofSeconds(20)).stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(mirrored.headers().lastHeader("dead-letter-kind").value(), StandardCharsets.UTF_8)).isEqualTo("POISON");
        assertThat(new String(mirrored.headers().lastHeader("dead-letter-id").value(), StandardCharsets.UTF_8)).isEqualTo(dl.get("id").toString());

        // replaying a poison event fails again, clearly, and counts the try
        given().header("Authorization", city()).post(DEAD_LETTERS + "/" + dl.get("id") + "/replay").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:replay-failed"))
                .body("detail", containsString("POISON"));
        given().header("Authorization", city()).get(DEAD_LETTERS + "/" + dl.get("id")).then().body("attempts", equalTo(2));
        // an operator discards it, with a note; without one it is refused
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{}").post(DEAD_LETTERS + "/" + dl.get("id") + "/discard")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        given().header("Authorization", serviceBearer(Fixtures.CITY, "funding:dead-letters:replay")).contentType(ContentType.JSON)
                .body("{\"note\": \"不是事件：生产方测试数据误发\"}").post(DEAD_LETTERS + "/" + dl.get("id") + "/discard")
                .then().statusCode(200).body("status", equalTo("DISCARDED")).body("resolution", equalTo("不是事件：生产方测试数据误发"));
    }

    @Test
    void aFailureThatOutlastsTheTriesIsParkedItsKeysLaterEventsAreHeldAndReplayAppliesThemInOrder() throws Exception {
        String project = Fixtures.admitted(YY_VILLAGE, false);
        String other = UUID.randomUUID().toString();
        List<String> events = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        long e1;
        try (Connection lock = db()) {
            lock.setAutoCommit(false);
            lockRow(lock, project);
            for (int i = 0; i < events.size(); i++) {
                KafkaTestClient.send(PROJECT_TOPIC, project, Fixtures.admittedEvent(project, YY_VILLAGE, YUANYANG, i % 2 == 0, events.get(i)));
            }
            // another aggregate is not held up for good
            KafkaTestClient.send(PROJECT_TOPIC, other, Fixtures.admittedEvent(other, YY_VILLAGE, YUANYANG, false, UUID.randomUUID().toString()));
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLettersOf(project).size() == 3);
            await().atMost(Duration.ofSeconds(20)).until(() -> lastEventId(other) != null);

            List<Map<String, Object>> parked = deadLettersOf(project);
            Map<String, Object> first = parked.get(0);
            e1 = ((Number) first.get("id")).longValue();
            assertThat(first).containsEntry("kind", "TRANSIENT").containsEntry("attempts", 6).containsEntry("eventId", events.get(0))
                    .containsEntry("status", "PARKED");
            assertThat((String) first.get("reason")).contains("lock timeout");
            for (Map<String, Object> held : parked.subList(1, 3)) {
                assertThat(held).containsEntry("kind", "HELD").containsEntry("attempts", 0).containsEntry("status", "PARKED");
                assertThat(((Number) held.get("heldBehind")).longValue()).isEqualTo(e1);
                assertThat((String) held.get("reason")).isEqualTo("held behind dead letter " + e1);
            }
            assertThat(parked).extracting(m -> m.get("eventId")).containsExactlyElementsOf(events);
            assertThat(inboxed(events.get(0))).isZero();

            // a held one cannot overtake; the first fails again while the lock is still there
            given().header("Authorization", city()).post(DEAD_LETTERS + "/" + parked.get(1).get("id") + "/replay").then().statusCode(409)
                    .body("type", equalTo("urn:agri:problem:dead-letter-held")).body("detail", containsString("排在同一键的死信 " + e1 + " 之后"));
            given().header("Authorization", city()).post(DEAD_LETTERS + "/" + e1 + "/replay").then().statusCode(409)
                    .body("type", equalTo("urn:agri:problem:replay-failed")).body("detail", containsString("仍处于搁置状态"));
            given().header("Authorization", city()).get(DEAD_LETTERS + "/" + e1).then().statusCode(200)
                    .body("attempts", equalTo(7)).body("status", equalTo("PARKED")).body("reason", containsString("lock timeout"));
            lock.rollback();
        }
        // the cause is gone, but the key is still held: a new live event waits behind the parked ones
        String e4 = UUID.randomUUID().toString();
        KafkaTestClient.send(PROJECT_TOPIC, project, Fixtures.admittedEvent(project, YY_VILLAGE, YUANYANG, false, e4));
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLettersOf(project).size() == 4);
        assertThat(deadLettersOf(project).get(3)).containsEntry("kind", "HELD").containsEntry("eventId", e4);
        assertThat(inboxed(e4)).isZero();

        JsonPath result = given().header("Authorization", city()).post(DEAD_LETTERS + "/replay?topic=" + PROJECT_TOPIC).then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getInt("replayed")).isGreaterThanOrEqualTo(4);
        List<Object> failedIds = result.getList("failures.id");
        List<Long> ours = deadLettersOf(project).stream().map(m -> ((Number) m.get("id")).longValue()).toList();
        assertThat(failedIds.stream().map(o -> ((Number) o).longValue()).toList()).doesNotContainAnyElementsOf(ours);
        List<String> all = new ArrayList<>(events);
        all.add(e4);
        assertThat(appliedOrder(all.toArray(String[]::new))).containsExactlyElementsOf(all);
        assertThat(lastEventId(project)).isEqualTo(e4);
        assertThat(deadLettersOf(project)).allSatisfy(m -> assertThat(m).containsEntry("status", "REPLAYED").containsEntry("resolution", "applied"));

        // replaying twice changes nothing: the topic has none of them parked, a single replay returns it as it is
        JsonPath again = given().header("Authorization", city()).post(DEAD_LETTERS + "/replay?topic=" + PROJECT_TOPIC).then().statusCode(200)
                .extract().jsonPath();
        assertThat(again.getInt("replayed")).isZero();
        given().header("Authorization", city()).post(DEAD_LETTERS + "/" + e1 + "/replay").then().statusCode(200)
                .body("status", equalTo("REPLAYED")).body("attempts", equalTo(7));
        for (String e : all) {
            assertThat(inboxed(e)).as(e).isEqualTo(1);
        }
        assertThat(lastEventId(project)).isEqualTo(e4);
        // the live consumer applies the key's events directly again
        String e5 = UUID.randomUUID().toString();
        KafkaTestClient.send(PROJECT_TOPIC, project, Fixtures.admittedEvent(project, YY_VILLAGE, YUANYANG, true, e5));
        await().atMost(Duration.ofSeconds(20)).until(() -> e5.equals(lastEventId(project)));
        assertThat(deadLettersOf(project)).hasSize(4);
    }

    @Test
    void onlyCityAndServiceUsersSeeDeadLettersAndPagesAreBounded() {
        for (String[] who : new String[][]{{"county", YUANYANG}, {"township", Fixtures.YY_TOWNSHIP}, {"village", YY_VILLAGE}, {"auditor", Fixtures.CITY}}) {
            given().header("Authorization", bearer(who[0], who[1])).get(DEAD_LETTERS).then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", bearer(who[0], who[1])).post(DEAD_LETTERS + "/replay?topic=" + PROJECT_TOPIC).then().statusCode(403);
            given().header("Authorization", bearer(who[0], who[1])).post(DEAD_LETTERS + "/1/replay").then().statusCode(403);
        }
        given().get(DEAD_LETTERS).then().statusCode(401);
        given().header("Authorization", serviceBearer(Fixtures.CITY, "funding:dead-letters:read")).get(DEAD_LETTERS).then().statusCode(200);
        // a service token without that scope is refused, naming it
        given().header("Authorization", serviceBearer(Fixtures.CITY, "funding:read")).get(DEAD_LETTERS).then().statusCode(403)
                .body("type", equalTo("urn:agri:problem:missing-scope")).body("errors[0].message", equalTo("缺少 funding:dead-letters:read"));

        // at least two rows, whatever ran before
        KafkaTestClient.send(PROJECT_TOPIC, "paging-1", "not json 1");
        KafkaTestClient.send(PROJECT_TOPIC, "paging-2", "not json 2");
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLettersOf("paging-2").size() == 1);
        long total = given().header("Authorization", city()).get(DEAD_LETTERS + "?size=1&kind=POISON").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("size", equalTo(1)).extract().jsonPath().getLong("total");
        assertThat(total).isGreaterThanOrEqualTo(2);
        given().header("Authorization", city()).get(DEAD_LETTERS + "?size=1&page=" + total + "&kind=POISON").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo((int) total));
        given().header("Authorization", city()).get(DEAD_LETTERS + "?kind=TRANSIENT&topic=no.such.topic").then().statusCode(200)
                .body("total", equalTo(0));
        given().header("Authorization", city()).get(DEAD_LETTERS + "?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().header("Authorization", city()).get(DEAD_LETTERS + "?size=201").then().statusCode(400);
        given().header("Authorization", city()).get(DEAD_LETTERS + "?page=-1").then().statusCode(400);
        given().header("Authorization", city()).get(DEAD_LETTERS + "?status=LOST").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().header("Authorization", city()).get(DEAD_LETTERS + "?kind=FATAL").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().header("Authorization", city()).get(DEAD_LETTERS + "/999999999").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", city()).post(DEAD_LETTERS + "/999999999/replay").then().statusCode(404);
        given().header("Authorization", city()).post(DEAD_LETTERS + "/replay").then().statusCode(400).body("errors[0].field", equalTo("topic"));
        given().header("Authorization", city()).post(DEAD_LETTERS + "/replay?topic=" + PROJECT_TOPIC + "&limit=0").then().statusCode(400);
    }

    @Test
    void metricsShowParkedDeadLettersConsumerLagAndRetries() {
        String key = UUID.randomUUID().toString();
        KafkaTestClient.send(PROJECT_TOPIC, key, "{\"specversion\": \"0.3\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLettersOf(key).size() == 1);
        long parked = given().header("Authorization", city()).get(DEAD_LETTERS + "?topic=" + PROJECT_TOPIC + "&status=PARKED&size=1").then()
                .extract().jsonPath().getLong("total");
        await().atMost(Duration.ofSeconds(20)).until(() -> metric("agri_dead_letters_parked", "topic", PROJECT_TOPIC) == parked);
        // all consumed and committed: the measured lag comes down to zero
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("agri_consumer_lag", "topic", PROJECT_TOPIC) == 0.0);
        assertThat(metrics()).contains("agri_consumer_lag{group=\"funding-service\",topic=\"agri.project\"}")
                .contains("agri_consumer_records_total{consumer=\"funding-service.projects\",outcome=\"applied\"}");
    }

    // --- helpers --------------------------------------------------------------------------------

    static List<Map<String, Object>> deadLettersOf(String key) {
        List<Map<String, Object>> items = given().header("Authorization", city()).get(DEAD_LETTERS + "?topic=" + PROJECT_TOPIC + "&size=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(m -> key.equals(m.get("key"))).toList();
    }

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample of {@code name} whose label has the value; NaN when there is none. */
    static double metric(String name, String label, String value) {
        Pattern p = Pattern.compile("^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label + "=\"" + value + "\"") + "[^}]*} (\\S+)$",
                Pattern.MULTILINE);
        Matcher m = p.matcher(metrics());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** A counter's value; 0 before its first increment (Micrometer registers it then). */
    static double counter(String name, String label, String value) {
        double v = metric(name, label, value);
        return Double.isNaN(v) ? 0 : v;
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty(SuiteInfrastructureResource.JDBC_URL), "postgres", "postgres");
    }

    static void lockRow(Connection c, String projectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from library_project where project_id = ?::uuid for update")) {
            s.setString(1, projectId);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("the project row exists").isTrue();
            }
        }
    }

    static String lastEventId(String projectId) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("select last_event_id from library_project where project_id = ?::uuid")) {
            s.setString(1, projectId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static int inboxed(String eventId) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("select count(*) from inbox_event where consumer = ? and event_id = ?")) {
            s.setString(1, CONSUMER);
            s.setString(2, eventId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The events in the order their effects committed. */
    static List<String> appliedOrder(String... eventIds) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "select event_id from inbox_event where consumer = ? and event_id = any(?) order by received_at, event_id")) {
            s.setString(1, CONSUMER);
            s.setArray(2, c.createArrayOf("varchar", eventIds));
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }
}
