package cn.gov.xinxiang.agri.funding.regions;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.region.RegionChangedV1;
import cn.gov.xinxiang.agri.contracts.region.RegionEvents;
import cn.gov.xinxiang.agri.funding.Fixtures;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static cn.gov.xinxiang.agri.funding.Fixtures.city;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * funding-service keeps its own copy of the directory from project-service's agri.region events:
 * a retired county-level unit refuses new plan shares, a rename shows in views. Uses the functional
 * zones 410772/410773, which no other test names.
 */
@QuarkusTest
class RegionEventsTest {

    static final String TOPIC = EventTypes.topicOf(RegionEvents.AGGREGATE);
    static final String KAIFAQU = "410772000000";
    static final String PINGYUAN = "410773000000";

    static String event(String id, String code, String change, String name, String previousName, LocalDate retiredOn, long revision) {
        var data = new RegionChangedV1(code, change, name, previousName, "410700000000", "COUNTY", true, "x", "x", retiredOn == null, retiredOn, null,
                revision, UUID.randomUUID().toString(), Instant.now());
        return new CloudEvent(id, "/project-service", RegionEvents.CHANGED_V1, code, Instant.now(), Fixtures.MAPPER.valueToTree(data))
                .toJson(Fixtures.MAPPER).toString();
    }

    static String plan(int year, String county) {
        return """
                {"fiscalYear": %d,
                 "sources": {"central": 1000000.00, "provincial": 0, "city": 0, "county": 0},
                 "uses": {"industryDevelopment": 1000000.00, "leadingIndustry": 600000.00, "infrastructure": 0, "employment": 0, "other": 0},
                 "countyShares": [{"countyCode": "%s", "amount": 1000000.00}]}""".formatted(year, county);
    }

    @Test
    void retirementsAndRenamesFromProjectServiceReachThisServicesDirectory() {
        int year = Fixtures.freshYear();
        Fixtures.policy(year);
        // Before: both zones are ordinary county-level units here.
        String old = given().header("Authorization", city()).contentType(ContentType.JSON).body(plan(year, PINGYUAN)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        int other = Fixtures.freshYear();
        Fixtures.policy(other);
        String zone = given().header("Authorization", city()).contentType(ContentType.JSON).body(plan(other, KAIFAQU)).post("/api/v1/plans")
                .then().statusCode(201).body("countyShares[0].countyName", equalTo("新乡经济技术开发区")).extract().path("id");

        // A poison record (tier does not fit the code) is parked; the good events behind it still apply.
        KafkaTestClient.send(TOPIC, PINGYUAN, event(UUID.randomUUID().toString(), PINGYUAN, "RETIRED", "x", null, null, 5)
                .replace("\"COUNTY\"", "\"VILLAGE\""));
        String retire = event(UUID.randomUUID().toString(), PINGYUAN, "RETIRED", "新乡市平原城乡一体化示范区", null, LocalDate.of(2026, 1, 1), 2);
        KafkaTestClient.send(TOPIC, PINGYUAN, retire);
        KafkaTestClient.send(TOPIC, PINGYUAN, retire);
        KafkaTestClient.send(TOPIC, KAIFAQU, event(UUID.randomUUID().toString(), KAIFAQU, "RENAMED", "新乡经开区", "新乡经济技术开发区", null, 2));
        // An older change arriving late does not undo the newer one.
        KafkaTestClient.send(TOPIC, KAIFAQU, event(UUID.randomUUID().toString(), KAIFAQU, "RENAMED", "旧名称", "新乡经济技术开发区", null, 1));
        // A poison record behind it on the same key: once it is parked, the late event has been handled.
        KafkaTestClient.send(TOPIC, KAIFAQU, "{not a cloud event");

        int next = Fixtures.freshYear();
        Fixtures.policy(next);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", city()).contentType(ContentType.JSON).body(plan(next, PINGYUAN)).post("/api/v1/plans").then()
                        .statusCode(422).contentType("application/problem+json")
                        .body("type", equalTo("urn:agri:problem:region-retired"))
                        .body("errors[0].field", equalTo("countyShares[0].countyCode"))
                        .body("errors[0].message", containsString("已于 2026-01-01 撤销")));
        KafkaTestClient.readUntil("agri.dlq.funding-service", rs -> rs.stream().anyMatch(r -> KAIFAQU.equals(r.key())), Duration.ofSeconds(30));
        given().header("Authorization", city()).get("/api/v1/plans/" + zone).then().statusCode(200)
                .body("countyShares[0].countyName", equalTo("新乡经开区"));
        // The plan made before the retirement still reads, with the zone's name.
        given().header("Authorization", city()).get("/api/v1/plans/" + old).then().statusCode(200)
                .body("countyShares[0].countyName", equalTo("新乡市平原城乡一体化示范区"));

        KafkaTestClient.readUntil("agri.dlq.funding-service", rs -> rs.stream().anyMatch(r -> PINGYUAN.equals(r.key())), Duration.ofSeconds(30));
    }
}
