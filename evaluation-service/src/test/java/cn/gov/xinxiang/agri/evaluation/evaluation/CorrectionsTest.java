package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Corrections from the producers: a corrected income inventory (income-recorded.v1, version 2 with its correction block)
 * replaces the copy, marks the county's published evaluation stale with the correction's reason, and its verification gives
 * the next version with the changed asset-return indicator; an older version replayed later changes nothing. A distribution
 * counts once published, and its corrected version when that is published. Counties 平原示范区 and 辉县市, fiscal year 2038 (no other
 * test; the asset is a stock counted in later years too, so its county is one no other test evaluates).
 */
@QuarkusTest
class CorrectionsTest {

    static final String CITY = "410700000000";
    static final String PINGYUAN = "410773000000"; // 平原示范区 (a county-level unit no other test evaluates)
    static final String VILLAGE = "410773903201";
    static final int YEAR = 2038;
    static final String RETURN = "indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }";
    static final String SHARE = "indicators.find { it.code == 'DISTRIBUTION_SHARE' }";

    static String city() {
        return bearer("city", CITY);
    }

    /** The year's framework, copied from 2025 by whichever test runs first. */
    static void framework() {
        TestEvents.seededPolicy();
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/" + YEAR + "/copy").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    static String preview() {
        return preview(PINGYUAN);
    }

    static String preview(String county) {
        return "/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + county + "&fiscalYear=" + YEAR;
    }

    @Test
    void aCorrectedInventoryChangesTheCountysEvaluationAfterRecompute() {
        framework();
        String asset = TestEvents.assetRegistered("OPERATING", "500000.00", VILLAGE, null, "2038-01-10T02:00:00Z");
        TestEvents.income(asset, VILLAGE, "2038H1", true, "2038-07-10T02:00:00Z"); // 2500 in a half-year: 1% a year, below 1.5%
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview()).then().statusCode(200)
                .body(RETURN + ".numerator", TestEvents.num("0")).body(RETURN + ".denominator", TestEvents.num("1")));
        String v1 = given().header("Authorization", city()).contentType(ContentType.JSON)
                .body("{\"subjectType\":\"COUNTY\",\"subjectId\":\"" + PINGYUAN + "\",\"fiscalYear\":" + YEAR + "}").post("/api/v1/evaluations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + v1 + "/publish").then().statusCode(200);
        BigDecimal before = new BigDecimal(given().header("Authorization", city()).get("/api/v1/evaluations/" + v1).then().statusCode(200)
                .extract().path("evidence.indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.score").toString());

        // The village corrects the inventory at asset-service: 6000, not 2500 (2.4% a year)
        TestEvents.incomeCorrected(asset, VILLAGE, "2038H1", "6000.00", "500000.00", false, 2, "漏记第二季度租金3500元，按银行回单更正",
                "2038-07-20T02:00:00Z");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().header("Authorization", city()).get(preview()).then().statusCode(200).body(RETURN + ".numerator", TestEvents.num("1"));
            given().header("Authorization", city()).get("/api/v1/evaluations/" + v1).then().statusCode(200)
                    .body("status", equalTo("PUBLISHED")).body("staleSince", notNullValue())
                    .body("staleReason", containsString("observed_asset_income"))
                    .body("staleReason", containsString("corrected (version 1 → 2 by VILLAGE"))
                    .body("staleReason", containsString("漏记第二季度租金"));
        });
        // the published result itself is as it was
        given().header("Authorization", city()).get("/api/v1/evaluations/" + v1).then()
                .body("evidence.indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.numerator", TestEvents.num("0"));

        // Recompute on request: the next version, with the difference; its publication supersedes the first.
        String v2 = given().header("Authorization", city()).post("/api/v1/evaluations/" + v1 + "/verification").then().statusCode(200)
                .body("unchanged", equalTo(false)).body("newVersionNo", equalTo(2))
                .body("differences.item", hasItem("ASSET_RETURN_BENCHMARK.numerator")).extract().path("newVersionId");
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + v2 + "/publish").then().statusCode(200);
        BigDecimal after = new BigDecimal(given().header("Authorization", city()).get("/api/v1/evaluations/" + v2).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("evidence.indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.numerator", TestEvents.num("1"))
                .extract().path("evidence.indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.score").toString());
        assertThat(after).isGreaterThan(before);
        given().header("Authorization", city()).get("/api/v1/evaluations/" + v1).then().body("status", equalTo("SUPERSEDED"));

        // Version 1 replayed late (a redelivery from before the correction) does not undo it: the confirmation sent after it on the
        // same key (same partition, so applied after) shows it was processed.
        TestEvents.income(asset, VILLAGE, "2038H1", true, "2038-07-10T02:00:00Z");
        TestEvents.assetConfirmed(asset, "OPERATING", "500000.00", VILLAGE, "2038-08-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview()).then().statusCode(200)
                .body("indicators.find { it.code == 'CONFIRMATION_COMPLETION' }.numerator", TestEvents.num("1")));
        given().header("Authorization", city()).get(preview()).then().body(RETURN + ".numerator", TestEvents.num("1"))
                .body(RETURN + ".recordCount", equalTo(1));
        // the record the published version 2 counted is the corrected inventory
        assertThat(cn.gov.xinxiang.agri.evaluation.CountedRecordsClient.records(v2, "ASSET_RETURN_BENCHMARK").get(0).get("income").decimalValue())
                .isEqualByComparingTo("6000.00");
        // the confirmation is a change of its own (observed_asset); had the replay applied, it would have marked v2 stale first
        given().header("Authorization", city()).get("/api/v1/evaluations/" + v2).then()
                .body("staleReason", org.hamcrest.Matchers.startsWith("observed_asset changed: "));
    }

    @Test
    void aDistributionCountsOncePublishedAndItsCorrectedVersionWhenThatIsPublished() {
        framework();
        String village = "410782903201"; // 辉县市: this test leaves 平原示范区's evaluation to the other one
        String id = UUID.randomUUID().toString();
        // proposed and reviewed: nothing counts yet (were they counted, the share would first read 90%; the final check is the 75%)
        TestEvents.distributionStep(id, village, "2038H2", "PROPOSED", "PROPOSED", 1, "10000.00", "9000.00", null);
        TestEvents.distributionStep(id, village, "2038H2", "TOWNSHIP_REVIEWED", "TOWNSHIP_REVIEWED", 1, "10000.00", "9000.00", null);
        TestEvents.distributionStep(id, village, "2038H2", "PUBLISHED", "PUBLISHED", 1, "10000.00", "7500.00", null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview("410782000000")).then().statusCode(200)
                .body(SHARE + ".actual", TestEvents.num("75.00")));
        // a correction in progress changes nothing; its publication does
        TestEvents.distributionStep(id, village, "2038H2", "CORRECTED", "PROPOSED", 2, "10000.00", "9900.00", "补记务工报酬");
        TestEvents.distributionStep(id, village, "2038H2", "PUBLISHED", "PUBLISHED", 2, "10000.00", "8000.00", null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview("410782000000")).then().statusCode(200)
                .body(SHARE + ".actual", TestEvents.num("80.00")));
    }
}
