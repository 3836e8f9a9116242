package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A policy number changes at its owner: the copy follows from agri.policy, the asset-return indicator changes with
 * no other edit, the published evaluation that used it is marked stale (not edited), a verification gives the next
 * version, whose publication supersedes it. Fiscal years 2049 (the benchmark change is bounded by a 2050 row) and 2019.
 */
@QuarkusTest
class PolicyChangeTest {

    static final String CITY = "410700000000";
    static final String YANJIN = "410726000000";
    static final int YEAR = 2049;

    static String city() {
        return bearer("city", CITY);
    }

    static String preview(int year) {
        return "/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + YANJIN + "&fiscalYear=" + year;
    }

    @Test
    void aChangedBenchmarkChangesTheIndicatorAndSupersedesThePublishedResultByANewVersion() {
        TestEvents.seededPolicy();
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/" + YEAR + "/copy").then().statusCode(201);
        String asset = TestEvents.assetRegistered("OPERATING", "500000.00", "410726903201", null, "2049-01-10T02:00:00Z");
        TestEvents.income(asset, "410726903201", "2049H1", false, "2049-07-10T02:00:00Z"); // 6000 in a half-year: 2.4% a year
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview(YEAR)).then().statusCode(200)
                .body("indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.numerator", TestEvents.num("1"))
                .body("indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.denominator", TestEvents.num("1")));
        String v1 = given().header("Authorization", city()).contentType(ContentType.JSON)
                .body("{\"subjectType\":\"COUNTY\",\"subjectId\":\"" + YANJIN + "\",\"fiscalYear\":" + YEAR + "}").post("/api/v1/evaluations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + v1 + "/publish").then().statusCode(200);
        // recomputed from the same inputs it equals the published one
        given().header("Authorization", city()).post("/api/v1/evaluations/" + v1 + "/verification").then().statusCode(200)
                .body("unchanged", equalTo(true)).body("newVersionId", org.hamcrest.Matchers.nullValue());

        // asset-service's city user raises the 2049 benchmark to 3% (asset-service publishes the row; 2050 back at 1.5%)
        TestEvents.policy("asset.benchmark-rate", 2050, "0.015", "fraction", 0, "测试：2050年基准利率");
        TestEvents.policy("asset.benchmark-rate", YEAR, "0.03", "fraction", 0, "测试：2049年基准利率");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().header("Authorization", city()).get(preview(YEAR)).then().statusCode(200)
                    .body("indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.numerator", TestEvents.num("0"))
                    .body("indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.recordCount", equalTo(1));
            given().header("Authorization", city()).get("/api/v1/evaluations/" + v1).then().statusCode(200)
                    .body("staleSince", notNullValue()).body("staleReason", containsString("policy:asset.benchmark-rate"))
                    .body("status", equalTo("PUBLISHED"));
        });
        given().header("Authorization", bearer("county", YANJIN)).get("/api/v1/observed-policy-parameters?year=" + YEAR).then().statusCode(200)
                .body("items.find { it.key == 'asset.benchmark-rate' }.value", TestEvents.num("0.03"))
                .body("items.find { it.key == 'asset.benchmark-rate' }.owner", equalTo("asset-service"));
        // earlier years keep the seeded rate
        given().header("Authorization", city()).get("/api/v1/observed-policy-parameters?year=2048").then()
                .body("items.find { it.key == 'asset.benchmark-rate' }.appliesFrom", equalTo(2020));

        String published = given().header("Authorization", city()).get("/api/v1/evaluations/" + v1).then().extract().path("score").toString();
        String v2 = given().header("Authorization", city()).post("/api/v1/evaluations/" + v1 + "/verification").then().statusCode(200)
                .body("unchanged", equalTo(false)).body("newVersionNo", equalTo(2))
                .body("differences.item", hasItem("ASSET_RETURN_BENCHMARK.numerator"))
                // the same asset counted, with another rate and part: the records' fingerprint changed, their count did not
                .body("differences.find { it.item == 'ASSET_RETURN_BENCHMARK.records' }.before.count", equalTo(1))
                .body("differences.find { it.item == 'ASSET_RETURN_BENCHMARK.records' }.after.count", equalTo(1))
                .extract().path("newVersionId");
        // the new version's record carries the new rate; the published one's keeps the rate it was computed with
        var record = cn.gov.xinxiang.agri.evaluation.CountedRecordsClient.records(v2, "ASSET_RETURN_BENCHMARK").get(0);
        assertThat(record.get("benchmarkRate").decimalValue()).isEqualByComparingTo("0.03");
        assertThat(record.get("belowBenchmarkAtRecord").asBoolean()).isFalse();
        assertThat(record.get("numeratorPart").decimalValue()).isEqualByComparingTo("0");
        assertThat(cn.gov.xinxiang.agri.evaluation.CountedRecordsClient.records(v1, "ASSET_RETURN_BENCHMARK").get(0).get("benchmarkRate").decimalValue())
                .isEqualByComparingTo("0.015");
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + v2 + "/publish").then().statusCode(200);
        given().header("Authorization", city()).get("/api/v1/evaluations/" + v1).then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(v2)).body("score", TestEvents.num(published))
                .body("evidence.indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.numerator", TestEvents.num("1"));
        given().header("Authorization", city()).get("/api/v1/evaluations?fiscalYear=" + YEAR + "&subjectType=COUNTY").then().statusCode(200)
                .body("items.find { it.id == '" + v1 + "' }.supersededBy", equalTo(v2))
                .body("items.find { it.id == '" + v2 + "' }.coveragePercent", notNullValue());

        // a redelivered event, and an older version arriving late, change nothing
        TestEvents.policy("asset.benchmark-rate", YEAR, "0.035", "fraction", 2, "测试：2049年基准利率（第二次调整）");
        TestEvents.policy("asset.benchmark-rate", YEAR, "0.03", "fraction", 0, "测试：2049年基准利率");
        TestEvents.policy("asset.benchmark-rate", YEAR, "0.032", "fraction", 1, "测试：迟到的旧版本");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().header("Authorization", city()).get("/api/v1/observed-policy-parameters?year=" + YEAR).then()
                        .body("items.find { it.key == 'asset.benchmark-rate' }.version", equalTo(2))
                        .body("items.find { it.key == 'asset.benchmark-rate' }.value", TestEvents.num("0.035")));
    }

    @Test
    void aYearNoPolicyValueCoversIsAClear422() {
        TestEvents.seededPolicy();
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/2019/copy").then().statusCode(201);
        given().header("Authorization", city()).get(preview(2019)).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:policy-unknown")).body("detail", containsString("在 2019 年的值"))
                .body("detail", containsString("agri.policy"));
        given().header("Authorization", city()).get("/api/v1/observed-policy-parameters?year=1999").then().statusCode(400);
    }
}
