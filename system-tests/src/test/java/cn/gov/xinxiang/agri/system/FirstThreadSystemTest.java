package cn.gov.xinxiang.agri.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The foundation's thread: a village's project draft in project-service becomes an event that
 * evaluation-service, another process with its own database, consumes and shows.
 */
class FirstThreadSystemTest {

    static RunningSuite suite;

    @BeforeAll
    static void start() {
        suite = RunningSuite.start("project-service", "evaluation-service");
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aDraftFollowsTheEventIntoEvaluation() {
        String village = suite.bearer("village", "410726901201");
        String id = given().baseUri(suite.url("project-service")).header("Authorization", village).contentType(ContentType.JSON)
                .body("""
                        {"name": "东屯一村高油花生订单收购", "fiscalYear": 2025, "regionCode": "410726901201", "industryCategory": "SPECIALTY_FARMING"}
                        """)
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(suite.url("evaluation-service")).header("Authorization", suite.bearer("county", "410726000000"))
                        .get("/api/v1/observed-projects/" + id)
                        .then().statusCode(200).body("name", equalTo("东屯一村高油花生订单收购")).body("eventsApplied", equalTo(1)));

        // Another village sees neither the project nor evaluation's copy of it.
        String otherVillage = suite.bearer("village", "410726901202");
        given().baseUri(suite.url("project-service")).header("Authorization", otherVillage).get("/api/v1/projects/" + id)
                .then().statusCode(404);
        given().baseUri(suite.url("evaluation-service")).header("Authorization", otherVillage).get("/api/v1/observed-projects/" + id)
                .then().statusCode(404);
    }
}
