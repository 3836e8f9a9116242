package cn.gov.xinxiang.agri.evaluation.appraisal;

import cn.gov.xinxiang.agri.evaluation.TestEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static cn.gov.xinxiang.agri.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AppraisalTest {

    static final String CITY = "410700000000";

    static String city() {
        return bearer("city", CITY);
    }

    /** A judge: a user with role judge; region = where they work (any tier). */
    static RequestSpecification judge(String subject, String region) {
        return given().header("Authorization", "Bearer " + token(subject, "judge", region)).contentType(ContentType.JSON);
    }

    static String sheet(String judge, String project, String linkage, String operation) {
        return "{" + (judge == null ? "" : "\"judgeId\":\"" + judge + "\",") + "\"projectId\":\"" + project + "\",\"scores\":{\"LINKAGE\":" + linkage
                + ",\"OPERATION\":" + operation + "}}";
    }

    static String round(int year, List<String> judges, String... projects) {
        return "{\"fiscalYear\":" + year + ",\"name\":\"" + year + "年度帮扶产业项目观摩评比\",\"criteria\":[{\"code\":\"LINKAGE\",\"name\":\"联农带农成效\",\"maxScore\":60},"
                + "{\"code\":\"OPERATION\",\"name\":\"后续运营\",\"maxScore\":40}],\"judges\":["
                + String.join(",", judges.stream().map(j -> "{\"judgeId\":\"" + j + "\",\"name\":\"" + j + "评委\"}").toList())
                + "],\"projects\":[" + String.join(",", Stream.of(projects).map(p -> "\"" + p + "\"").toList()) + "]}";
    }

    static void observed(String... projects) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String p : projects) {
                given().header("Authorization", city()).get("/api/v1/observed-projects/" + p).then().statusCode(200);
            }
        });
    }

    static String open(String body) {
        return given().header("Authorization", city()).contentType(ContentType.JSON).body(body).post("/api/v1/appraisals").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void judgesScoreProjectsOnceEachAndTheRankingIsPublished() {
        String a = TestEvents.admitted(2045, "410725901201", "原阳县预制菜中央厨房", true, "EMPLOYMENT", "ORDER_PURCHASING");
        String b = TestEvents.admitted(2045, "410726901201", "延津县高油酸花生订单", true, "ORDER_PURCHASING", "PRODUCTION_TRUSTEESHIP");
        String outside = TestEvents.admitted(2045, "410726901202", "延津县未参评项目", false, "EMPLOYMENT", "ORDER_PURCHASING");
        observed(a, b, outside);

        String round = round(2045, List.of("judge-li", "judge-zhao"), a, b);
        given().header("Authorization", bearer("county", "410725000000")).contentType(ContentType.JSON).body(round).post("/api/v1/appraisals").then().statusCode(403);
        given().header("Authorization", city()).contentType(ContentType.JSON).body(round.replace("\"maxScore\":60", "\"maxScore\":-1").replace("\"name\":\"2045年度帮扶产业项目观摩评比\",", ""))
                .post("/api/v1/appraisals").then().statusCode(400).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("maxScore")));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(round.replace("OPERATION", "LINKAGE"))
                .post("/api/v1/appraisals").then().statusCode(400).body("errors[0].field", equalTo("criteria[1].code"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(round.replace("\"projects\":[", "\"projects\":[\"" + UUID.randomUUID() + "\","))
                .post("/api/v1/appraisals").then().statusCode(422).body("errors[0].field", equalTo("projects[0]"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(round.replace(",\"projects\":[\"" + a + "\",\"" + b + "\"]", ""))
                .post("/api/v1/appraisals").then().statusCode(400).body("errors.field", hasItem("projects"));
        String key = UUID.randomUUID().toString();
        String id = given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(round)
                .post("/api/v1/appraisals").then().statusCode(201).body("status", equalTo("OPEN")).body("judges.size()", equalTo(2))
                .body("projects.projectId", org.hamcrest.Matchers.containsInAnyOrder(a, b))
                .extract().path("id");
        given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(round)
                .post("/api/v1/appraisals").then().statusCode(201).body("id", equalTo(id));

        String scores = "/api/v1/appraisals/" + id + "/scores";
        // a city user enters a judge's paper sheet, naming the judge
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-li", a, "55", "30")).post(scores).then().statusCode(201)
                .body("total", TestEvents.num("85.0")).body("regionCode", equalTo("410725901201")).body("versionNo", equalTo(1));
        // the same judge, the same project, the same round: refused, by the database's unique constraint
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-li", a, "50", "30")).post(scores).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:already-scored"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet(null, a, "50", "30")).post(scores).then().statusCode(400)
                .body("errors[0].field", equalTo("judgeId"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-wang", a, "50", "30")).post(scores).then().statusCode(422)
                .body("errors[0].field", equalTo("judgeId"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-zhao", UUID.randomUUID().toString(), "50", "30")).post(scores)
                .then().statusCode(422).body("errors[0].field", equalTo("projectId"));
        // a known project that is not one of this round's
        given().header("Authorization", city()).contentType(ContentType.JSON).body(sheet("judge-zhao", outside, "50", "30")).post(scores)
                .then().statusCode(422).body("type", equalTo("urn:agri:problem:not-in-round"));
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
                .body("projectsRanked", equalTo(2)).body("rows[0].projectId", equalTo(b)).body("rows[0].averageScore", TestEvents.num("94.0"))
                .body("rows[1].projectId", equalTo(a)).body("rows[1].averageScore", TestEvents.num("85.5")).body("rows[1].judges", equalTo(2))
                .body("rows[1].cityRank", equalTo(2)).body("rows[1].countyRank", equalTo(1));
        given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/appraisals/" + id + "/ranking").then().statusCode(200)
                .body("rows.size()", equalTo(1)).body("rows[0].cityRank", equalTo(2)).body("rows[0].countyRank", equalTo(1));

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

    @Test
    void aJudgeLogsInSeesAndScoresOnlyTheirRoundAndCorrectsTheirSheetUntilItCloses() {
        String p = TestEvents.admitted(2048, "410783901201", "长垣市起重装备配套车间", false, "EMPLOYMENT", "ORDER_PURCHASING");
        String q = TestEvents.admitted(2048, "410783901202", "长垣市蔬菜分拣中心", false, "EMPLOYMENT", "LAND_TRANSFER");
        String r2only = TestEvents.admitted(2048, "410783901203", "长垣市厨师技能培训基地", false, "EMPLOYMENT", "TECHNICAL_SERVICE");
        observed(p, q, r2only);
        // 李 works at the city bureau, 王 at a county: both are judges, each assigned to one round
        String mine = open(round(2048, List.of("judge-2048-li", "judge-2048-zhao"), p, q));
        String theirs = open(round(2048, List.of("judge-2048-wang"), r2only));
        RequestSpecification li = judge("judge-2048-li", CITY);

        li.get("/api/v1/appraisals/" + mine).then().statusCode(200).body("projects.size()", equalTo(2));
        judge("judge-2048-li", CITY).get("/api/v1/appraisals/" + theirs).then().statusCode(404);
        judge("judge-2048-li", CITY).get("/api/v1/appraisals?size=200").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(mine));
        judge("judge-2048-wang", "410783000000").get("/api/v1/appraisals/" + theirs).then().statusCode(200);
        // nothing else of the service is a judge's
        judge("judge-2048-li", CITY).get("/api/v1/evaluations").then().statusCode(403);
        judge("judge-2048-li", CITY).get("/api/v1/observed-projects/" + p).then().statusCode(403);
        judge("judge-2048-li", CITY).get("/api/v1/appraisals/" + mine + "/ranking").then().statusCode(403);

        String scores = "/api/v1/appraisals/" + mine + "/scores";
        String sheetId = judge("judge-2048-li", CITY).body(sheet(null, p, "50", "30")).post(scores).then().statusCode(201)
                .body("judgeId", equalTo("judge-2048-li")).body("recordedBy", equalTo("judge-2048-li")).extract().path("id");
        // not for another judge, not outside the round's projects, not in another round
        judge("judge-2048-li", CITY).body(sheet("judge-2048-zhao", q, "50", "30")).post(scores).then().statusCode(403);
        judge("judge-2048-li", CITY).body(sheet(null, r2only, "50", "30")).post(scores).then().statusCode(422)
                .body("errors[0].field", equalTo("projectId"));
        judge("judge-2048-li", CITY).body(sheet(null, r2only, "50", "30")).post("/api/v1/appraisals/" + theirs + "/scores").then().statusCode(404);
        judge("judge-2048-zhao", CITY).body(sheet(null, p, "40", "30")).post(scores).then().statusCode(201);
        // a judge sees their own sheets only
        judge("judge-2048-li", CITY).get(scores).then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(sheetId));
        given().header("Authorization", city()).get(scores).then().statusCode(200).body("total", equalTo(2));
        String sheet = scores + "/" + sheetId;
        judge("judge-2048-zhao", CITY).get(sheet).then().statusCode(404);

        // a correction before the round closes: a new version with its reason; the first stays readable
        String correction = "{\"scores\":{\"LINKAGE\":56,\"OPERATION\":30},\"reason\":\"现场复核后更正联农带农得分\"}";
        judge("judge-2048-li", CITY).body(correction).put(sheet).then().statusCode(428);
        String tag = judge("judge-2048-li", CITY).get(sheet).then().statusCode(200).extract().header("ETag");
        judge("judge-2048-li", CITY).header("If-Match", tag).body(correction.replace(",\"reason\":\"现场复核后更正联农带农得分\"", "")).put(sheet)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        judge("judge-2048-zhao", CITY).header("If-Match", tag).body(correction).put(sheet).then().statusCode(404);
        given().header("Authorization", bearer("county", "410783000000")).header("If-Match", tag).contentType(ContentType.JSON).body(correction)
                .put(sheet).then().statusCode(403);
        judge("judge-2048-li", CITY).header("If-Match", tag).body(correction).put(sheet).then().statusCode(200)
                .body("versionNo", equalTo(2)).body("total", TestEvents.num("86")).body("reason", equalTo("现场复核后更正联农带农得分"));
        judge("judge-2048-li", CITY).header("If-Match", tag).body(correction).put(sheet).then().statusCode(412);
        judge("judge-2048-li", CITY).get(sheet + "/versions").then().statusCode(200)
                .body("versionNo", contains(1, 2)).body("total", contains(80.0f, 86.0f)).body("[0].reason", org.hamcrest.Matchers.nullValue())
                .body("[1].reason", equalTo("现场复核后更正联农带农得分"));
        // the ranking uses the current version: p (86 + 70) / 2 = 78.00
        given().header("Authorization", city()).get("/api/v1/appraisals/" + mine + "/ranking").then().statusCode(200)
                .body("rows[0].projectId", equalTo(p)).body("rows[0].averageScore", TestEvents.num("78.00"));

        // closed: no more corrections
        String etag = given().header("Authorization", city()).get("/api/v1/appraisals/" + mine).header("ETag");
        given().header("Authorization", city()).header("If-Match", etag).post("/api/v1/appraisals/" + mine + "/publish").then().statusCode(200);
        String now = judge("judge-2048-li", CITY).get(sheet).then().statusCode(200).extract().header("ETag");
        judge("judge-2048-li", CITY).header("If-Match", now).body(correction.replace("56", "57")).put(sheet).then().statusCode(409)
                .body("type", equalTo("urn:agri:problem:appraisal-published"));
    }

    @Test
    void theCityRankingAcrossThreeCountiesFollowsTheStatedTieBreakAndEachCountyHasItsOwn() {
        String a = TestEvents.admitted(2046, "410725902201", "原阳县甲项目", false, "EMPLOYMENT", "ORDER_PURCHASING");
        String e = TestEvents.admitted(2046, "410725902202", "原阳县戊项目", false, "EMPLOYMENT", "ORDER_PURCHASING");
        String b = TestEvents.admitted(2046, "410726902201", "延津县乙项目", false, "EMPLOYMENT", "ORDER_PURCHASING");
        String d = TestEvents.admitted(2046, "410726902202", "延津县丁项目", false, "EMPLOYMENT", "ORDER_PURCHASING");
        String c = TestEvents.admitted(2046, "410724902201", "获嘉县丙项目", false, "EMPLOYMENT", "ORDER_PURCHASING");
        observed(a, b, c, d, e);
        String id = open(round(2046, List.of("judge-2046-1", "judge-2046-2"), a, b, c, d, e));
        String scores = "/api/v1/appraisals/" + id + "/scores";
        // A and E: 85 from both judges, LINKAGE 50; B: 85 from both, LINKAGE 55; D: 85 from one judge, LINKAGE 50; C: 90 from one
        for (String j : List.of("judge-2046-1", "judge-2046-2")) {
            judge(j, CITY).body(sheet(null, a, "50", "35")).post(scores).then().statusCode(201);
            judge(j, CITY).body(sheet(null, e, "50", "35")).post(scores).then().statusCode(201);
            judge(j, CITY).body(sheet(null, b, "55", "30")).post(scores).then().statusCode(201);
        }
        judge("judge-2046-1", CITY).body(sheet(null, d, "50", "35")).post(scores).then().statusCode(201);
        judge("judge-2046-2", CITY).body(sheet(null, c, "60", "30")).post(scores).then().statusCode(201);

        String codeA = given().header("Authorization", city()).get("/api/v1/observed-projects/" + a).then().extract().path("code");
        String codeE = given().header("Authorization", city()).get("/api/v1/observed-projects/" + e).then().extract().path("code");
        String first = codeA.compareTo(codeE) < 0 ? a : e;
        String second = first.equals(a) ? e : a;
        // C 90; B 85 ahead on LINKAGE; A and E tie on everything but the code; D 85 with fewer judges
        given().header("Authorization", bearer("auditor", CITY)).get("/api/v1/appraisals/" + id + "/ranking").then().statusCode(200)
                .body("rule", org.hamcrest.Matchers.containsString("first criterion"))
                .body("projectsRanked", equalTo(5))
                .body("rows.projectId", contains(c, b, first, second, d))
                .body("rows.cityRank", contains(1, 2, 3, 4, 5))
                .body("rows.countyRank", contains(1, 1, 1, 2, 2))
                .body("rows.countyCode", contains("410724000000", "410726000000", "410725000000", "410725000000", "410726000000"));
        given().header("Authorization", city()).get("/api/v1/appraisals/" + id + "/ranking?countyCode=410726000000").then().statusCode(200)
                .body("countyCode", equalTo("410726000000")).body("projectsRanked", equalTo(2))
                .body("rows.projectId", contains(b, d)).body("rows.countyRank", contains(1, 2)).body("rows.cityRank", contains(2, 5));
        given().header("Authorization", city()).get("/api/v1/appraisals/" + id + "/ranking?countyCode=410726901000").then().statusCode(400)
                .body("errors[0].field", equalTo("countyCode"));
    }
}
