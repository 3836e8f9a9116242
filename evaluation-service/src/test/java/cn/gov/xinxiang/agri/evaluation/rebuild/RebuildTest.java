package cn.gov.xinxiang.agri.evaluation.rebuild;

import cn.gov.xinxiang.agri.evaluation.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Clearing the read models and replaying every topic from the start gives the same read models and the same results. */
@QuarkusTest
class RebuildTest {

    static final String CITY = "410700000000";
    static final String HUIXIAN = "410782000000"; // 辉县市

    @Test
    void aRebuildFromTheTopicsGivesIdenticalReadModelsAndResults() {
        cn.gov.xinxiang.agri.evaluation.TestEvents.seededPolicy();
        int year = 2044;
        given().header("Authorization", bearer("city", CITY)).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/" + year + "/copy").then().statusCode(201);
        String village = "410782901201";
        String p1 = TestEvents.admitted(year, village, "辉县市乡村康养民宿", true, "EMPLOYMENT", "ASSET_LEASE");
        String p2 = TestEvents.admitted(year, village, "辉县市山楂深加工", false, "ORDER_PURCHASING", "LAND_TRANSFER", "EMPLOYMENT");
        TestEvents.accepted(p1, year, village, "辉县市乡村康养民宿", "A-1", "880000.00");
        TestEvents.allocation(year, p1, HUIXIAN, "INDUSTRY_DEVELOPMENT", "420000.00", true);
        TestEvents.allocation(year, p2, HUIXIAN, "INDUSTRY_DEVELOPMENT", "180000.50", false);
        TestEvents.allocation(year, p2, HUIXIAN, "EMPLOYMENT", "99999.99", false);
        String revoked = TestEvents.allocation(year, p2, HUIXIAN, "INDUSTRY_DEVELOPMENT", "50000.00", false);
        TestEvents.revoked(revoked, year, p2, HUIXIAN, "50000.00");
        String lastHousehold = null;
        for (int i = 0; i < 3; i++) {
            lastHousehold = TestEvents.household(village, i == 0 ? "MONITORED" : "POVERTY_ALLEVIATED");
        }
        String preview = "/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + HUIXIAN + "&fiscalYear=" + year;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().header("Authorization", bearer("city", CITY)).get(preview).then().statusCode(200)
                    .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.recordCount", equalTo(3))
                    .body("indicators.find { it.code == 'CONFIRMATION_COMPLETION' }.recordCount", equalTo(1));
            given().header("Authorization", bearer("city", CITY)).get("/api/v1/observed-projects/" + p1).then().statusCode(200)
                    .body("status", equalTo("ACCEPTED"));
        });
        final String household = lastHousehold;
        await().atMost(Duration.ofSeconds(60)).until(() -> rows("observed_household") >= 3 && fingerprintsStable());

        Map<String, Object> before = fingerprints();
        String evidenceBefore = given().header("Authorization", bearer("city", CITY)).get(preview).then().statusCode(200).extract().asString();
        // a published evaluation of the county, to recompute after the rebuild
        String published = given().header("Authorization", bearer("city", CITY)).contentType(ContentType.JSON)
                .body("{\"subjectType\":\"COUNTY\",\"subjectId\":\"" + HUIXIAN + "\",\"fiscalYear\":" + year + "}").post("/api/v1/evaluations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", bearer("city", CITY)).header("If-Match", "*").post("/api/v1/evaluations/" + published + "/publish")
                .then().statusCode(200);

        given().header("Authorization", bearer("county", HUIXIAN)).post("/api/v1/operations/rebuild").then().statusCode(403);
        given().header("Authorization", bearer("auditor", CITY)).post("/api/v1/operations/rebuild").then().statusCode(403);
        var result = given().header("Authorization", bearer("city", CITY)).post("/api/v1/operations/rebuild").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getLong("applied")).isGreaterThanOrEqualTo(12);
        assertThat(result.getMap("readModels")).isEqualTo(before);
        assertThat(result.getMap("readModels")).containsKey("observed_policy_parameter");
        // recomputed from the replayed events it equals the published one
        assertThat(result.getList("evaluations.unchanged", String.class)).contains(published);
        assertThat(result.getList("evaluations.changed", String.class)).doesNotContain(published);
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/evaluations/" + published).then().statusCode(200)
                .body("staleSince", org.hamcrest.Matchers.nullValue()).body("status", equalTo("PUBLISHED"));

        assertThat(fingerprints()).isEqualTo(before);
        assertThat(given().header("Authorization", bearer("city", CITY)).get(preview).then().statusCode(200).extract().asString())
                .isEqualTo(evidenceBefore);
        assertThat(household).isNotNull();

        // the live consumers carry on after the rebuild
        String p3 = TestEvents.admitted(year, village, "辉县市红薯粉条作坊", false, "EMPLOYMENT", "TECHNICAL_SERVICE");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().header("Authorization", bearer("city", CITY)).get("/api/v1/observed-projects/" + p3).then().statusCode(200));
    }

    static Map<String, Object> fingerprints() {
        return given().header("Authorization", bearer("auditor", CITY)).get("/api/v1/operations/read-models").then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    static long rows(String table) {
        return given().header("Authorization", bearer("city", CITY)).get("/api/v1/operations/read-models").then().statusCode(200)
                .extract().jsonPath().getLong(table + ".rows");
    }

    static boolean fingerprintsStable() throws InterruptedException {
        Map<String, Object> a = fingerprints();
        Thread.sleep(1000);
        return a.equals(fingerprints());
    }
}
