package cn.gov.xinxiang.agri.project.results;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.TestClock;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ResultsTest {

    @Inject
    TestClock clock;

    static String result(String type, int pa, String income) {
        return "{\"type\": \"%s\", \"linkedPovertyAlleviated\": %d, \"linkedMonitored\": 2, \"linkedOther\": 3, \"incomeReceived\": %s}"
                .formatted(type, pa, income);
    }

    static io.restassured.response.ValidatableResponse put(String role, String region, String id, int year, String body) {
        return given().header("Authorization", bearer(role, region)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/projects/" + id + "/results/" + year).then();
    }

    @Test
    void resultsPerYearAndMechanismAreRecordedCorrectedAsVersionsAndAnnounced() throws Exception {
        String draft = toStatus("未实施项目结果", "DRAFT");
        put("village", VILLAGE, draft, 2025, "{\"mechanisms\": [" + result("EMPLOYMENT", 1, "1.00") + "]}").statusCode(409);

        String id = toLibrary("结果填报项目", clock, true);
        String both = "{\"mechanisms\": [" + result("EMPLOYMENT", 28, "246000.00") + "," + result("EQUITY_DIVIDEND", 30, "90000.00") + "]}";
        // bad input: a mechanism the project does not have, one missing, a year before the project, negative income
        put("village", VILLAGE, id, 2025, "{\"mechanisms\": [" + result("EMPLOYMENT", 28, "1.00") + "," + result("LAND_TRANSFER", 1, "1.00") + "]}")
                .statusCode(400).body("errors[0].field", equalTo("mechanisms[1].type"));
        put("village", VILLAGE, id, 2025, "{\"mechanisms\": [" + result("EMPLOYMENT", 28, "1.00") + "]}")
                .statusCode(400).body("detail", containsString("EQUITY_DIVIDEND"));
        put("village", VILLAGE, id, 2024, both).statusCode(400).body("errors[0].field", equalTo("year"));
        put("village", VILLAGE, id, 2025, "{\"mechanisms\": [" + result("EMPLOYMENT", 28, "-1.00") + "]}").statusCode(400);
        // wrong role, wrong region
        put("auditor", CITY, id, 2025, both).statusCode(403);
        put("village", OTHER_VILLAGE, id, 2025, both).statusCode(404);
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/projects/" + id + "/results").then().statusCode(200)
                .body("size()", equalTo(0));

        put("village", VILLAGE, id, 2025, both).statusCode(200).body("year", equalTo(2025)).body("mechanisms.size()", equalTo(2))
                .body("versionNo", equalTo(1)).header("ETag", "\"1\"");
        // a reported year is not replaced silently: a second report is refused, a correction states its reason
        String corrected = both.replace("246000.00", "250000.00");
        put("county", COUNTY, id, 2025, corrected).statusCode(409).body("type", equalTo("urn:agri:problem:results-exist"));
        String correction = corrected.replace("]}", "], \"reason\": \"务工收入按工资发放台账更正\"}");
        String base = "/api/v1/projects/" + id + "/results/2025";
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(correction).post(base + "/corrections")
                .then().statusCode(428);
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(corrected).post(base + "/corrections").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", bearer("auditor", CITY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction).post(base + "/corrections").then().statusCode(403);
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction).post("/api/v1/projects/" + id + "/results/2026/corrections").then().statusCode(404);
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction).post(base + "/corrections").then().statusCode(200).body("versionNo", equalTo(2)).header("ETag", "\"2\"");
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction).post(base + "/corrections").then().statusCode(412);
        given().header("Authorization", bearer("auditor", CITY)).get(base + "/versions").then().statusCode(200)
                .body("versionNo", org.hamcrest.Matchers.contains(1, 2))
                .body("[0].content.mechanisms.find { it.type == 'EMPLOYMENT' }.incomeReceived", equalTo(246000.00f))
                .body("[0].reason", org.hamcrest.Matchers.nullValue()).body("[0].current", equalTo(false))
                .body("[1].content.mechanisms.find { it.type == 'EMPLOYMENT' }.incomeReceived", equalTo(250000.00f))
                .body("[1].reason", equalTo("务工收入按工资发放台账更正")).body("[1].recordedTier", equalTo("COUNTY")).body("[1].current", equalTo(true));
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).get(base + "/versions").then().statusCode(404);
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects/" + id + "/results?year=2025").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].versionNo", equalTo(2))
                .body("[0].mechanisms.find { it.type == 'EMPLOYMENT' }.incomeReceived", equalTo(250000.00f))
                .body("[0].mechanisms.find { it.type == 'EMPLOYMENT' }.typeLabel", equalTo("就业务工"));

        ObjectMapper mapper = new ObjectMapper();
        // wait for the correction's own event (version 2), not a substring that an earlier event might also hold
        java.util.function.Function<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>, CloudEvent> parse = r -> CloudEvent.parse(mapper, r.value());
        java.util.function.Predicate<CloudEvent> correctionEvent = e -> e.type().equals(ProjectEvents.RESULTS_REPORTED_V1)
                && e.data().path("version").asInt() == 2;
        var records = KafkaTestClient.readUntil("agri.project", rs -> rs.stream().filter(r -> id.equals(r.key())).map(parse)
                .anyMatch(correctionEvent), Duration.ofSeconds(60));
        var reported = records.stream().filter(r -> id.equals(r.key())).map(parse)
                .filter(e -> e.type().equals(ProjectEvents.RESULTS_REPORTED_V1)).toList();
        // the report comes before its correction on the project's partition
        assertThat(reported).extracting(e -> e.data().get("version").asInt()).containsSubsequence(1, 2);
        CloudEvent event = reported.stream().filter(correctionEvent).findFirst().orElseThrow();
        assertThat(ContractSchemas.violations(event.type(), event.data())).isEmpty();
        assertThat(event.data().get("countyCode").asText()).isEqualTo(COUNTY);
        assertThat(event.data().get("mechanisms").size()).isEqualTo(2);
        assertThat(event.data().get("version").asInt()).isEqualTo(2);
        assertThat(event.data().get("correction").get("correctsVersion").asInt()).isEqualTo(1);
        assertThat(event.data().get("correction").get("reason").asText()).isEqualTo("务工收入按工资发放台账更正");
        assertThat(event.data().get("correction").get("byTier").asText()).isEqualTo("COUNTY");
    }
}
