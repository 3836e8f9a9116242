package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The city ranking of counties with ties, from events to published evaluations: four county-level units (红旗区,
 * 卫滨区, 凤泉区, 牧野区, fiscal year 2047, used by no other test) with equal funds and spending and different
 * farmer-linking results. Three tie on the score; the linked-households share breaks the tie, then the code.
 */
@QuarkusTest
class CountyRankingTest {

    static final String CITY = "410700000000";
    static final int YEAR = 2047;

    static String city() {
        return bearer("city", CITY);
    }

    static void county(String county, String... results) {
        String village = county.substring(0, 6) + "901201";
        String project = TestEvents.admitted(YEAR, village, county + "联农带农项目", true, "EMPLOYMENT", "ORDER_PURCHASING");
        String allocation = TestEvents.allocation(YEAR, project, county, "INDUSTRY_DEVELOPMENT", "100000.00", true);
        TestEvents.spent(allocation, YEAR, project, county, "100000.00");
        TestEvents.results(project, YEAR, village, results);
    }

    @Test
    void threeCountiesTiedOnTheScoreAreOrderedByTheirLinkedHouseholdsShareThenByCode() {
        TestEvents.seededPolicy();
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/" + YEAR + "/copy").then().statusCode(201);
        // 红旗区: both mechanisms work for the planned households → 100
        county("410702000000", "EMPLOYMENT:10:5:3:36000.00", "ORDER_PURCHASING:10:5:3:36000.00");
        // 卫滨区 and 牧野区: all planned households linked, one mechanism earns nothing → no project with 2 working: 78.57
        county("410703000000", "EMPLOYMENT:10:5:3:72000.00", "ORDER_PURCHASING:10:5:3:0.00");
        county("410711000000", "EMPLOYMENT:10:5:3:72000.00", "ORDER_PURCHASING:10:5:3:0.00");
        // 凤泉区: both work, but for other farmers only, none of the poverty-alleviated or monitored households: also 78.57
        county("410704000000", "EMPLOYMENT:0:0:18:36000.00", "ORDER_PURCHASING:0:0:18:36000.00");

        Map<String, String> expected = Map.of("410702000000", "100.00", "410703000000", "78.57", "410704000000", "78.57", "410711000000", "78.57");
        expected.forEach((county, score) -> await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().header("Authorization", city()).get("/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + county + "&fiscalYear=" + YEAR)
                        .then().statusCode(200).body("score", TestEvents.num(score))));
        expected.keySet().forEach(county -> {
            String id = given().header("Authorization", city()).contentType(ContentType.JSON)
                    .body("{\"subjectType\":\"COUNTY\",\"subjectId\":\"" + county + "\",\"fiscalYear\":" + YEAR + "}").post("/api/v1/evaluations")
                    .then().statusCode(201).extract().path("id");
            given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + id + "/publish").then().statusCode(200);
        });

        // (10×100 + 10×100 + 15×0 + 15×100 + 10×100 + 10×100) / 70 = 78.57 for three of them; linked-households share
        // 15 × 100 / 70 = 21.4286 for 卫滨区 and 牧野区, 0 for 凤泉区; 卫滨区 before 牧野区 by code
        given().header("Authorization", bearer("auditor", CITY)).get("/api/v1/rankings/counties?fiscalYear=" + YEAR).then().statusCode(200)
                .body("countiesRanked", equalTo(4))
                .body("rows.countyCode", contains("410702000000", "410703000000", "410711000000", "410704000000"))
                .body("rows.rank", contains(1, 2, 3, 4))
                .body("rows[1].linkedHouseholdsShare", TestEvents.num("21.4286"))
                .body("rows[2].linkedHouseholdsShare", TestEvents.num("21.4286"))
                .body("rows[3].linkedHouseholdsShare", TestEvents.num("0"))
                .body("tieBreakRule", org.hamcrest.Matchers.containsString("LINKED_HOUSEHOLDS"));
        // a county sees its own row with its rank among all
        given().header("Authorization", bearer("county", "410711000000")).get("/api/v1/rankings/counties?fiscalYear=" + YEAR).then().statusCode(200)
                .body("countiesRanked", equalTo(4)).body("rows.size()", equalTo(1)).body("rows[0].rank", equalTo(3));
    }
}
