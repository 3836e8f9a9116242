package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.project.Fixtures;
import cn.gov.xinxiang.agri.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static cn.gov.xinxiang.agri.project.Fixtures.ALL_CHECKS;
import static cn.gov.xinxiang.agri.project.Fixtures.post;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * As in production: sample data off. A village of the real list (延津县东屯镇东屯村, not sample data)
 * takes a project through the whole library intake; the invented sample villages do not exist.
 */
@QuarkusTest
@TestProfile(RealVillageWithoutSampleDataTest.SampleDataOff.class)
class RealVillageWithoutSampleDataTest {

    public static class SampleDataOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("agri.regions.sample-data.enabled", "false");
        }
    }

    static final String VILLAGE = "410726101201";
    static final String TOWNSHIP = "410726101000";
    static final String COUNTY = "410726000000";

    @Inject
    TestClock clock;

    @Test
    void aRealYanjinVillageRegistersAProjectThatReachesTheLibrary() {
        String id = given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body(Fixtures.fullDraft("东屯村优质小麦订单种植基地", VILLAGE)).post("/api/v1/projects").then().statusCode(201)
                .body("regionName", equalTo("东屯村村民委员会")).body("countyCode", equalTo(COUNTY))
                .body("code", containsString("410726")).extract().path("id");
        String base = "/api/v1/projects/" + id;
        post("village", VILLAGE, base + "/submission", null).statusCode(200).body("status", equalTo("SUBMITTED"));
        post("township", TOWNSHIP, base + "/township-review", "{\"note\": \"同意上报\"}").statusCode(200).body("status", equalTo("TOWNSHIP_REVIEWED"));
        post("county", COUNTY, base + "/county-review", ALL_CHECKS).statusCode(200).body("status", equalTo("COUNTY_APPROVED"));
        post("county", COUNTY, base + "/notice", null).statusCode(200).body("status", equalTo("IN_NOTICE"));
        clock.advance(Duration.ofDays(10));
        post("county", COUNTY, base + "/admission", null).statusCode(200).body("status", equalTo("IN_LIBRARY"));
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/projects?regionCode=" + TOWNSHIP).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.regionName", equalTo("东屯村村民委员会"));
    }

    @Test
    void sampleVillagesAreRefusedAndInvisible() {
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).contentType(ContentType.JSON)
                .body(Fixtures.fullDraft("城关一村项目", Fixtures.VILLAGE)).post("/api/v1/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode")).body("errors[0].message", containsString("未知区划"));
        given().header("Authorization", bearer("city", Fixtures.CITY)).get("/api/v1/regions/" + Fixtures.VILLAGE).then().statusCode(404);
        given().header("Authorization", bearer("city", Fixtures.CITY)).get("/api/v1/regions?q=样例").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", bearer("city", Fixtures.CITY)).get("/api/v1/regions/410726000000/children?size=50").then().statusCode(200)
                .body("total", equalTo(17));
    }
}
