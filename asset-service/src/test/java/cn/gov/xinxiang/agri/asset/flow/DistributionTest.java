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

/**
 * Distribution of a village's collective income: the roster from events, the 70% floor, work pay, forbidden uses, exact sums,
 * reconciliation with the income inventories, and the procedure (propose, return, correct, review, approve, publish) with its
 * versions and the masked public list.
 */
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

    /** An operating asset of village V with the period's income inventory recorded, so a proposal has income to reconcile with. */
    static String inventory(String period, String income) {
        String asset = as("village", V).body("""
                {"name": "师寨一村光伏电站%s", "assetClass": "OPERATING", "value": 1000000.00, "regionCode": "%s", "inServiceOn": "2024-01-01",
                 "funding": {"linkage": 1000000.00, "otherFiscal": 0, "selfRaised": 0, "credit": 0}, "operatingMode": "SELF_RUN"}
                """.formatted(period, V)).post("/api/v1/assets").then().statusCode(201).extract().path("id");
        as("village", V).body("{\"period\": \"%s\", \"income\": %s}".formatted(period, income)).post("/api/v1/assets/" + asset + "/income")
                .then().statusCode(201);
        return asset;
    }

    @Test
    void aDistributionIsProposedOnlyWhenEveryRuleHolds() {
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
        // Nothing recorded in the period's inventories yet: a proposal of 10 000 must explain where the income comes from.
        String lawfulLines = String.join(",", work(able, "4000.00"), work(monitoredAble, "1500.00"), guarantee(unable, "2000.00"),
                use("COLLECTIVE_REINVESTMENT", "2500.00"));
        as("village", V).body(body(lawfulLines)).post("/api/v1/distributions").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:income-not-reconciled"))
                .body("errors[0].field", equalTo("income")).body("detail", containsString("2025H2 收益清查记录的 0.00"))
                .body("detail", containsString("相差 10000.00"));
        inventory("2025H2", "6000.00");
        inventory("2025H2", "4000.00");
        // 69% to target households: refused with the reason.
        as("village", V).body(body(String.join(",", work(able, "4900.00"), work(monitoredAble, "1000.00"), guarantee(unable, "1000.00"),
                        use("COLLECTIVE_REINVESTMENT", "3100.00")))).post("/api/v1/distributions")
                .then().statusCode(422).contentType("application/problem+json").body("type", equalTo("urn:agri:problem:distribution-rule"))
                .body("detail", containsString("仅占 69%")).body("detail", containsString("至少须占 70%"));
        // An able household paid without work: refused.
        as("village", V).body(body(String.join(",", guarantee(able, "5000.00"), guarantee(unable, "2500.00"), use("RISK_RESERVE", "2500.00"))))
                .post("/api/v1/distributions").then().statusCode(422).body("detail", containsString("有劳动能力"))
                .body("errors.field", hasItem("lines[0].kind"));
        as("village", V).body(body(String.join(",", "{\"kind\": \"WORK_PAY\", \"householdId\": \"%s\", \"amount\": 7500.00}".formatted(able),
                use("RISK_RESERVE", "2500.00")))).post("/api/v1/distributions").then().statusCode(422).body("detail", containsString("须记录所做工作"));
        // Forbidden uses, other households, leavers, sums off by a fen.
        as("village", V).body(body(String.join(",", work(able, "7500.00"), use("BONUSES", "2500.00")))).post("/api/v1/distributions")
                .then().statusCode(422).body("detail", containsString("BONUSES"));
        as("village", V).body(body(String.join(",", work(able, "7000.00"), work(other, "500.00"), use("RISK_RESERVE", "2500.00"))))
                .post("/api/v1/distributions").then().statusCode(422).body("detail", containsString("既非脱贫户也非监测户"));
        as("village", V).body(body(String.join(",", work(able, "7000.00"), guarantee(leaver, "500.00"), use("RISK_RESERVE", "2500.00"))))
                .post("/api/v1/distributions").then().statusCode(422).body("detail", containsString("已退出花名册"));
        as("village", V).body(body(String.join(",", work(able, "7500.00"), use("RISK_RESERVE", "2499.99")))).post("/api/v1/distributions")
                .then().statusCode(422).body("detail", containsString("相差 0.01"));
        // Malformed input: 400 with the field.
        as("village", V).body(body(use("PARTY_FUNDS", "10000.00"))).post("/api/v1/distributions").then().statusCode(400);
        as("village", V).body(body(work(able, "0.001"))).post("/api/v1/distributions").then().statusCode(400)
                .body("errors[0].field", containsString("amount"));
        as("village", V).body(body("")).post("/api/v1/distributions").then().statusCode(400).body("errors[0].field", equalTo("lines"));
        as("village", V).body(body(work(able, "10000.00")).replace("2025H2", "2099H1")).post("/api/v1/distributions").then().statusCode(400)
                .body("detail", containsString("尚未结束"));
        // Wrong role or village.
        String lawful = body(lawfulLines);
        as("village", OTHER_VILLAGE).body(lawful).post("/api/v1/distributions").then().statusCode(403);
        as("county", COUNTY).body(lawful).post("/api/v1/distributions").then().statusCode(403);
        assertThat(distributions()).isEqualTo(stored);

        String key = UUID.randomUUID().toString();
        String id = as("village", V).header("Idempotency-Key", key).body(lawful).post("/api/v1/distributions").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("versionNo", equalTo(1)).body("recordedIncome", equalTo(10000.00f))
                .body("incomeDifference", equalTo(0.00f))
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
        assertThat(e.type()).isEqualTo(AssetEvents.DISTRIBUTION_STATUS_CHANGED_V1);
        assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty();
        assertThat(e.data().get("step").asText()).isEqualTo("PROPOSED");
        assertThat(e.data().has("correction")).isFalse();
        assertThat(e.data().get("householdsPaid").asInt()).isEqualTo(3);
        assertThat(e.data().get("income").decimalValue()).isEqualByComparingTo("10000.00");
    }

    /** Households on V's roster, from events; returns their ids in the order given. */
    static java.util.List<String> households(String... heads) {
        long before = roster();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            String id = UUID.randomUUID().toString();
            String[] h = heads[i].split(":");
            KafkaTestClient.send(TOPIC, id, household(id, h[0], h[1], Boolean.parseBoolean(h[2]), true, "2025-01-05T00:00:00Z"));
            ids.add(id);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(roster()).isGreaterThanOrEqualTo(before + heads.length));
        return ids;
    }

    static String tag(String role, String region, String path) {
        return etag(role, region, path);
    }

    @Test
    void aDistributionIsProposedReturnedCorrectedReviewedApprovedAndPublishedMasked() {
        var hs = households("张建明:POVERTY_ALLEVIATED:true", "李秀:MONITORED:false", "欧阳富贵:MONITORED:true");
        String able = hs.get(0), unable = hs.get(1), other = hs.get(2);
        inventory("2025H1", "8000.00");
        String path;
        // v1: 9 000 although the inventories hold 8 000, the difference explained
        String v1 = """
                {"villageCode": "%s", "period": "2025H1", "income": 9000.00, "incomeDifferenceNote": "另有村集体闲置房屋出租收入1000元",
                 "lines": [%s]}""".formatted(V, String.join(",", work(able, "4300.00"), guarantee(unable, "2000.00"), use("RISK_RESERVE", "2700.00")));
        String id = as("village", V).body(v1).post("/api/v1/distributions").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("versionNo", equalTo(1)).body("recordedIncome", equalTo(8000.00f))
                .body("incomeDifference", equalTo(1000.00f)).body("incomeDifferenceNote", containsString("出租收入")).extract().path("id");
        path = "/api/v1/distributions/" + id;

        // Steps out of order or by the wrong tier; If-Match required.
        as("county", COUNTY).header("If-Match", tag("county", COUNTY, path)).post(path + "/approval").then().statusCode(409)
                .body("type", equalTo("urn:agri:problem:wrong-status"));
        as("village", V).header("If-Match", tag("village", V, path)).post(path + "/township-review").then().statusCode(403);
        as("township", "410725902000").post(path + "/township-review").then().statusCode(428);
        as("township", TOWNSHIP).header("If-Match", "*").post(path + "/township-review").then().statusCode(404); // another township
        as("village", V).header("If-Match", tag("village", V, path)).post(path + "/publication").then().statusCode(409);

        // The township returns it with the reason; a return needs one.
        String t = tag("township", "410725902000", path);
        as("township", "410725902000").header("If-Match", t).body("{\"reason\": \" \"}").post(path + "/return").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("township", "410725902000").header("If-Match", t).body("{\"reason\": \"张建明务工天数与考勤不符，欧阳富贵漏报\"}")
                .post(path + "/return").then().statusCode(200).body("status", equalTo("RETURNED")).body("returnedTier", equalTo("TOWNSHIP"))
                .body("returnedReason", containsString("漏报"));
        as("township", "410725902000").header("If-Match", "*").post(path + "/township-review").then().statusCode(409);

        // The village corrects it: a new version with the reason; the rules and the reconciliation hold for it too.
        String c = tag("village", V, path);
        String v2lines = String.join(",", work(able, "3300.00"), work(other, "1000.00"), guarantee(unable, "2000.00"), use("RISK_RESERVE", "1700.00"));
        as("village", V).header("If-Match", c).body("{\"income\": 8000.00, \"lines\": [%s]}".formatted(v2lines)).post(path + "/corrections")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("village", V).header("If-Match", c).body("{\"reason\": \"r\", \"income\": 9000.00, \"lines\": [%s]}".formatted(
                        v2lines.replace("1700.00", "2700.00")))
                .post(path + "/corrections").then().statusCode(422).body("type", equalTo("urn:agri:problem:income-not-reconciled"))
                .body("errors[0].field", equalTo("income"));
        as("village", V).header("If-Match", c).body("{\"reason\": \"按乡镇意见核实考勤，补记欧阳富贵务工报酬；房屋租金改入下期\", \"income\": 8000.00, \"lines\": [%s]}"
                        .formatted(v2lines)).post(path + "/corrections").then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("versionNo", equalTo(2)).body("incomeDifference", equalTo(0.00f))
                .body("incomeDifferenceNote", org.hamcrest.Matchers.nullValue()).body("returnedReason", org.hamcrest.Matchers.nullValue())
                .body("lines.size()", equalTo(4)).body("workPayAmount", equalTo(4300.00f));
        as("village", V).header("If-Match", c).body("{\"reason\": \"again\", \"income\": 8000.00, \"lines\": [%s]}".formatted(v2lines))
                .post(path + "/corrections").then().statusCode(412);

        // Township review, county approval, publication.
        as("township", "410725902000").header("If-Match", tag("township", "410725902000", path)).body("{\"comment\": \"已核实考勤\"}")
                .post(path + "/township-review").then().statusCode(200).body("status", equalTo("TOWNSHIP_REVIEWED"))
                .body("reviewComment", equalTo("已核实考勤"));
        as("village", V).header("If-Match", "*").body("{\"reason\": \"x\", \"income\": 8000.00, \"lines\": [%s]}".formatted(v2lines))
                .post(path + "/corrections").then().statusCode(409);
        as("county", OTHER_COUNTY).header("If-Match", "*").post(path + "/approval").then().statusCode(404);
        as("county", COUNTY).header("If-Match", tag("county", COUNTY, path)).post(path + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", org.hamcrest.Matchers.notNullValue());
        // not yet published: the public list is empty
        as("village", V).get("/api/v1/distributions/public?village=%s&period=2025H1".formatted(V)).then().statusCode(200).body("total", equalTo(0));
        as("village", V).header("If-Match", tag("village", V, path)).post(path + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedVersionNo", equalTo(2));

        // The public list: names masked, no identifiers.
        String pub = "/api/v1/distributions/public?village=%s&period=2025H1".formatted(V);
        String json = as("village", V).get(pub).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].versionNo", equalTo(2)).body("items[0].villageName", equalTo("师寨一村（样例）"))
                .body("items[0].lines.householdHead", org.hamcrest.Matchers.contains("张*明", "欧**贵", "李*", null))
                .body("items[0].lines[0].householdId", org.hamcrest.Matchers.nullValue())
                .body("items[0].targetAmount", equalTo(6300.00f)).extract().asString();
        assertThat(json).doesNotContain("张建明").doesNotContain("欧阳富贵").doesNotContain(able).doesNotContain("NO-");
        as("township", "410725902000").get("/api/v1/distributions/public?village=410725902000&period=2025H1").then().statusCode(200)
                .body("items.id", hasItem(id));
        as("village", OTHER_VILLAGE).get(pub).then().statusCode(404);
        as("village", V).get("/api/v1/distributions/public?village=%s".formatted(V)).then().statusCode(400);

        // Versions: both readable, the correction with its reason and the township's return reason.
        as("auditor", CITY).get(path + "/versions").then().statusCode(200).body("currentVersion", equalTo(2))
                .body("versions.versionNo", org.hamcrest.Matchers.contains(1, 2))
                .body("versions[0].content.income", equalTo(9000.00f)).body("versions[0].content.lines.size()", equalTo(3))
                .body("versions[0].reason", org.hamcrest.Matchers.nullValue())
                .body("versions[1].reason", containsString("补记欧阳富贵")).body("versions[1].returnReason", containsString("漏报"))
                .body("versions[1].content.income", equalTo(8000.00f)).body("versions[1].current", equalTo(true));
        as("village", OTHER_VILLAGE).get(path + "/versions").then().statusCode(404);

        // The county returns the published one: it stays posted as published until a corrected version is published.
        as("county", COUNTY).header("If-Match", tag("county", COUNTY, path)).body("{\"reason\": \"李秀基础保障标准需复核\"}").post(path + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnedTier", equalTo("COUNTY"));
        as("village", V).get(pub).then().statusCode(200).body("items[0].versionNo", equalTo(2));
        as("county", COUNTY).get("/api/v1/distributions?status=RETURNED&period=2025H1").then().statusCode(200).body("items.id", hasItem(id));

        // One event per step, in order, each valid; the correction carries its block.
        var records = KafkaTestClient.readUntil(EventTypes.topicOf(AssetEvents.AGGREGATE),
                rs -> rs.stream().filter(r -> id.equals(r.key())).count() >= 7, Duration.ofSeconds(30));
        var events = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(MAPPER, r.value())).toList();
        assertThat(events).extracting(ev -> ev.data().get("step").asText())
                .containsExactly("PROPOSED", "RETURNED", "CORRECTED", "TOWNSHIP_REVIEWED", "APPROVED", "PUBLISHED", "RETURNED");
        assertThat(events).allSatisfy(ev -> assertThat(ContractSchemas.violations(ev.type(), ev.data())).isEmpty());
        var corrected = events.get(2).data();
        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        assertThat(corrected.get("correction").get("correctsVersion").asInt()).isEqualTo(1);
        assertThat(corrected.get("correction").get("reason").asText()).contains("补记");
        assertThat(corrected.get("correction").get("returnReason").asText()).contains("漏报");
        assertThat(corrected.get("correction").get("byTier").asText()).isEqualTo("VILLAGE");
        assertThat(events.get(1).data().get("reason").asText()).contains("漏报");
        assertThat(events.get(5).data().get("status").asText()).isEqualTo("PUBLISHED");
    }
}
