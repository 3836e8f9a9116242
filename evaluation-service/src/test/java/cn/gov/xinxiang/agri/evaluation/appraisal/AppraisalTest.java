package cn.gov.xinxiang.agri.evaluation.appraisal;

import cn.gov.xinxiang.agri.evaluation.TestEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AppraisalTest {

    static final String CITY = "410700000000";

    static String city() {
        return bearer("city", CITY);
    }

    static String sheet(String judge, String project, String linkage, String operation) {
        return "{\"judgeId\":\"" + judge + "\",\"projectId\":\"" + project + "\",\"scores\":{\"LINKAGE\":" + linkage + ",\"OPERATION\":" + operation + "}}";
    }

    @Test
    void judgesScoreProjectsOnceEachAndTheRankingIsPublished() {
        String a = TestEvents.admitted(2045, "410725901201", "原阳县预制菜中央厨房", true, "EMPLOYMENT", "ORDER_PURCHASING");
        String b = TestEvents.admitted(2045, "410726901201", "延津县高油酸花生订单", true, "ORDER_PURCHASING", "PRODUCTION_TRUSTEESHIP");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().header("Authorization", city()).get("/api/v1/observed-projects/" + a).then().statusCode(200);
            given().header("Authorization", city()).get("/api/v1/observed-projects/" + b).then().statusCode(200);
        });

        String round = "{\"fiscalYear\":2045,\"name\":\"2045年度帮扶产业项目观摩评比\",\"criteria\":[{\"code\":\"LINKAGE\",\"name\":\"联农带农成效\",\"maxScore\":60},"
                + "{\"code\":\"OPERATION\",\"name\":\"后续运营\",\"maxScore\":40}],\"judges\":[{\"judgeId\":\"judge-li\",\"name\":\"李评委\"},"
                + "{\"judgeId\":\"judge-zhao\",\"name\":\"赵评委\"}]}";
        given().header("Authorization", bearer("county", "410725000000")).contentType(ContentType.JSON).body(round).post("/api/v1/appraisals").then().statusCode(403);
        given().header("Authorization", city()).contentType(ContentType.JSON).body(round.replace("\"maxScore\":60", "\"maxScore\":-1").replace("\"name\":\"2045年度帮扶产业项目观摩评比\",", ""))
                .post("/api/v1/appraisals").then().statusCode(400).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("maxScore")));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(round.replace("OPERATION", "LINKAGE"))
                .post("/api/v1/appraisals").then().statusCode(400).body("errors[0].field", equalTo("criteria[1].code"));
        String key = UUID.randomUUID().toString();
        String id = given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(round)
                .post("/api/v1/appraisals").then().statusCode(201).body("status", equalTo("OPEN")).body("judges.size()", equalTo(2))
                .extract().path("id");
        given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(round)
                .post("/api/v1/appraisals").then().statusCode(201).body("id", equalTo(id));

        String scores = "/api/v1/appraisals/" + id + "/scores";
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-li", a, "55", "30")).post(scores).then().statusCode(201)
                .body("total", cn.gov.xinxiang.agri.evaluation.TestEvents.num("85.0")).body("regionCode", equalTo("410725901201"));
        // the same judge, the same project, the same round: refused, by the database's unique constraint
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-li", a, "50", "30")).post(scores).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:already-scored"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-wang", a, "50", "30")).post(scores).then().statusCode(422)
                .body("errors[0].field", equalTo("judgeId"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-zhao", UUID.randomUUID().toString(), "50", "30")).post(scores)
                .then().statusCode(422).body("errors[0].field", equalTo("projectId"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-zhao", a, "61", "30.555")).post(scores).then().statusCode(400)
                .body("errors.field", hasItem("scores.LINKAGE")).body("errors.field", hasItem("scores.OPERATION"));
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body("{\"judgeId\":\"judge-zhao\",\"projectId\":\"" + a + "\",\"scores\":{\"LINKAGE\":50,\"BEAUTY\":3}}").post(scores).then().statusCode(400)
                .body("errors.field", hasItem("scores.OPERATION")).body("errors.field", hasItem("scores.BEAUTY"));
        given().header("Authorization", bearer("auditor", CITY)).contentType(ContentType.JSON).body(sheet("judge-zhao", a, "50", "30")).post(scores).then().statusCode(403);
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-zhao", a, "56", "30")).post(scores).then().statusCode(201);
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-li", b, "59", "35")).post(scores).then().statusCode(201);

        // a: (85 + 86) / 2 = 85.50; b: 94 → b first
        given().header("Authorization", city()).get("/api/v1/appraisals/" + id + "/ranking").then().statusCode(200)
                .body("projectsRanked", equalTo(2)).body("rows[0].projectId", equalTo(b)).body("rows[0].averageScore", cn.gov.xinxiang.agri.evaluation.TestEvents.num("94.0"))
                .body("rows[1].projectId", equalTo(a)).body("rows[1].averageScore", cn.gov.xinxiang.agri.evaluation.TestEvents.num("85.5")).body("rows[1].judges", equalTo(2));
        given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/appraisals/" + id + "/ranking").then().statusCode(200)
                .body("rows.size()", equalTo(1)).body("rows[0].rank", equalTo(2));

        given().header("Authorization", city()).post("/api/v1/appraisals/" + id + "/publish").then().statusCode(428);
        given().header("Authorization", city()).header("If-Match", "\"9\"").post("/api/v1/appraisals/" + id + "/publish").then().statusCode(412);
        String etag = given().header("Authorization", city()).get("/api/v1/appraisals/" + id).header("ETag");
        given().header("Authorization", city()).header("If-Match", etag).post("/api/v1/appraisals/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/appraisals/" + id + "/publish").then().statusCode(409);
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-zhao", b, "50", "30")).post(scores).then().statusCode(409)
                .body("type", equalTo("urn:agri:problem:appraisal-published"));
        var records = KafkaTestClient.readUntil("agri.evaluation", rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        String event = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
        assertThat(event).contains("cn.gov.xinxiang.agri.evaluation.appraisal-published.v1").contains(a).contains(b);

        given().header("Authorization", city()).get("/api/v1/appraisals/" + UUID.randomUUID()).then().statusCode(404);
    }
}
