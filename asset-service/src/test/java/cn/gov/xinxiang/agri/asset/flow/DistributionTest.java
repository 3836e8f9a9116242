package cn.gov.xinxiang.agri.asset.flow;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Distribution of a village's collective income: the roster from events, the 70% floor, work pay, forbidden uses, exact sums. */
@QuarkusTest
class DistributionTest {

    static final String V = "410725902201";
    static final String TOPIC = EventTypes.topicOf(HouseholdEvents.AGGREGATE);

    static String household(String id, String head, String category, boolean able, boolean onRoster, String at) {
        return event(HouseholdEvents.CHANGED_V1, id, new HouseholdChangedV1(id, "NO-" + id.substring(0, 8), V, head, category, able, onRoster,
                Instant.parse(at)));
    }

    static long roster() {
        return ((Number) as("village", V).get("/api/v1/households?size=200").then().statusCode(200).extract().path("total")).longValue();
    }

    static long distributions() {
        return ((Number) as("village", V).get("/api/v1/distributions").then().statusCode(200).extract().path("total")).longValue();
    }

    static String body(String lines) {
        return """
                {"villageCode": "%s", "period": "2025H2", "income": 10000.00, "lines": [%s]}""".formatted(V, lines);
    }

    static String work(String h, String amount) {
        return "{\"kind\": \"WORK_PAY\", \"householdId\": \"%s\", \"amount\": %s, \"workDescription\": \"村内道路保洁公益岗\", \"workDays\": 40}"
                .formatted(h, amount);
    }

    static String guarantee(String h, String amount) {
        return "{\"kind\": \"BASIC_GUARANTEE\", \"householdId\": \"%s\", \"amount\": %s}".formatted(h, amount);
    }

    static String use(String use, String amount) {
        return "{\"kind\": \"PERMITTED_USE\", \"use\": \"%s\", \"amount\": %s}".formatted(use, amount);
    }

    @Test
    void aDistributionIsRecordedOnlyWhenEveryRuleHolds() {
        String able = UUID.randomUUID().toString();
        String unable = UUID.randomUUID().toString();
        String monitoredAble = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String leaver = UUID.randomUUID().toString();
        long before = roster();
        String ableEvent = household(able, "张建国", "POVERTY_ALLEVIATED", true, true, "2025-01-05T00:00:00Z");
        KafkaTestClient.send(TOPIC, able, ableEvent);
        KafkaTestClient.send(TOPIC, unable, household(unable, "李秀兰", "POVERTY_ALLEVIATED", false, true, "2025-01-05T00:00:00Z"));
        KafkaTestClient.send(TOPIC, monitoredAble, household(monitoredAble, "王富贵", "MONITORED", true, true, "2025-01-05T00:00:00Z"));
        KafkaTestClient.send(TOPIC, other, household(other, "赵大勇", "OTHER", true, true, "2025-01-05T00:00:00Z"));
        KafkaTestClient.send(TOPIC, leaver, household(leaver, "孙桂芝", "MONITORED", false, true, "2025-01-05T00:00:00Z"));
        // left the roster before 2025H2: no payments from then on; a stale, older event must not bring it back
        KafkaTestClient.send(TOPIC, leaver, household(leaver, "孙桂芝", "MONITORED", false, false, "2025-03-01T00:00:00Z"));
        KafkaTestClient.send(TOPIC, leaver, household(leaver, "孙桂芝", "MONITORED", false, true, "2025-02-01T00:00:00Z"));
        KafkaTestClient.send(TOPIC, able, ableEvent);
        // A household event without the fields the contract requires is parked, not applied.
        String poison = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, poison, event(HouseholdEvents.CHANGED_V1, poison, java.util.Map.of("householdId", poison)));
        String marker = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, marker, household(marker, "标记户", "OTHER", true, true, "2025-01-06T00:00:00Z"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(roster()).isEqualTo(before + 6));
        as("village", V).get("/api/v1/households?size=200").then()
                .body("items.find { it.id == '%s' }.onRoster".formatted(leaver), equalTo(false))
                .body("items.find { it.id == '%s' }.leftRosterAt".formatted(leaver), equalTo("2025-03-01T00:00:00Z"));
        as("village", OTHER_VILLAGE).get("/api/v1/households?size=200").then().body("items.id", org.hamcrest.Matchers.not(hasItem(able)));

        var parked = KafkaTestClient.readUntil("agri.dlq.asset-service", rs -> rs.stream().anyMatch(r -> poison.equals(r.key())),
                Duration.ofSeconds(30));
        assertThat(parked).anyMatch(r -> poison.equals(r.key()));

        long stored = distributions();
        // 69% to target households: refused with the reason.
        as("village", V).body(body(String.join(",", work(able, "4900.00"), work(monitoredAble, "1000.00"), guarantee(unable, "1000.00"),
                        use("COLLECTIVE_REINVESTMENT", "3100.00")))).post("/api/v1/distributions")
                .then().statusCode(422).contentType("application/problem+json").body("type", equalTo("urn:agri:problem:distribution-rule"))
                .body("detail", containsString("only 69%")).body("detail", containsString("at least 70%"));
        // An able household paid without work: refused.
        as("village", V).body(body(String.join(",", guarantee(able, "5000.00"), guarantee(unable, "2500.00"), use("RISK_RESERVE", "2500.00"))))
                .post("/api/v1/distributions").then().statusCode(422).body("detail", containsString("has labour capacity"))
                .body("errors.field", hasItem("lines[0].kind"));
        as("village", V).body(body(String.join(",", "{\"kind\": \"WORK_PAY\", \"householdId\": \"%s\", \"amount\": 7500.00}".formatted(able),
                use("RISK_RESERVE", "2500.00")))).post("/api/v1/distributions").then().statusCode(422).body("detail", containsString("work recorded"));
        // Forbidden uses, other households, leavers, sums off by a fen.
        as("village", V).body(body(String.join(",", work(able, "7500.00"), use("BONUSES", "2500.00")))).post("/api/v1/distributions")
                .then().statusCode(422).body("detail", containsString("BONUSES"));
        as("village", V).body(body(String.join(",", work(able, "7000.00"), work(other, "500.00"), use("RISK_RESERVE", "2500.00"))))
                .post("/api/v1/distributions").then().statusCode(422).body("detail", containsString("neither poverty-alleviated nor monitored"));
        as("village", V).body(body(String.join(",", work(able, "7000.00"), guarantee(leaver, "500.00"), use("RISK_RESERVE", "2500.00"))))
                .post("/api/v1/distributions").then().statusCode(422).body("detail", containsString("left the roster"));
        as("village", V).body(body(String.join(",", work(able, "7500.00"), use("RISK_RESERVE", "2499.99")))).post("/api/v1/distributions")
                .then().statusCode(422).body("detail", containsString("difference 0.01"));
        // Malformed input: 400 with the field.
        as("village", V).body(body(use("PARTY_FUNDS", "10000.00"))).post("/api/v1/distributions").then().statusCode(400);
        as("village", V).body(body(work(able, "0.001"))).post("/api/v1/distributions").then().statusCode(400)
                .body("errors[0].field", containsString("amount"));
        as("village", V).body(body("")).post("/api/v1/distributions").then().statusCode(400).body("errors[0].field", equalTo("lines"));
        as("village", V).body(body(work(able, "10000.00")).replace("2025H2", "2099H1")).post("/api/v1/distributions").then().statusCode(400)
                .body("detail", containsString("has not ended"));
        // Wrong role or village.
        String lawful = body(String.join(",", work(able, "4000.00"), work(monitoredAble, "1500.00"), guarantee(unable, "2000.00"),
                use("COLLECTIVE_REINVESTMENT", "2500.00")));
        as("village", OTHER_VILLAGE).body(lawful).post("/api/v1/distributions").then().statusCode(403);
        as("county", COUNTY).body(lawful).post("/api/v1/distributions").then().statusCode(403);
        assertThat(distributions()).isEqualTo(stored);

        String key = UUID.randomUUID().toString();
        String id = as("village", V).header("Idempotency-Key", key).body(lawful).post("/api/v1/distributions").then().statusCode(201)
                .body("targetAmount", equalTo(7500.00f)).body("targetShare", equalTo(0.75f)).body("minTargetShare", equalTo(0.7f))
                .body("workPayAmount", equalTo(5500.00f)).body("guaranteeAmount", equalTo(2000.00f)).body("permittedUseAmount", equalTo(2500.00f))
                .body("lines.size()", equalTo(4)).body("lines[0].householdHead", equalTo("张建国")).extract().path("id");
        as("village", V).header("Idempotency-Key", key).body(lawful).post("/api/v1/distributions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as("village", V).body(lawful).post("/api/v1/distributions").then().statusCode(409);
        assertThat(distributions()).isEqualTo(stored + 1);
        as("township", "410725902000").get("/api/v1/distributions/" + id).then().statusCode(200).body("villageName", equalTo("师寨一村（样例）"));
        as("village", OTHER_VILLAGE).get("/api/v1/distributions/" + id).then().statusCode(404);

        var records = KafkaTestClient.readUntil(EventTypes.topicOf(AssetEvents.AGGREGATE), rs -> rs.stream().anyMatch(r -> id.equals(r.key())),
                Duration.ofSeconds(30));
        CloudEvent e = CloudEvent.parse(MAPPER, records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value());
        assertThat(e.type()).isEqualTo(AssetEvents.DISTRIBUTION_RECORDED_V1);
        assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty();
        assertThat(e.data().get("householdsPaid").asInt()).isEqualTo(3);
        assertThat(e.data().get("income").decimalValue()).isEqualByComparingTo("10000.00");
    }
}
