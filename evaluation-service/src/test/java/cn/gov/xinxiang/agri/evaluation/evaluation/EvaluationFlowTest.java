package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.CountedRecordsClient;

import cn.gov.xinxiang.agri.evaluation.TestEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Framework maintenance, county/project/city evaluations from events, evidence recomputation by hand,
 * publication and immutability, re-evaluation with differences, rankings and the city overview.
 * Each test uses its own fiscal year so the suite's shared database does not couple them.
 */
@QuarkusTest
class EvaluationFlowTest {

    static final String CITY = "410700000000";
    static final String FENGQIU = "410727000000";   // 封丘县
    static final String WEIHUI = "410781000000";    // 卫辉市

    static String city() {
        return bearer("city", CITY);
    }

    static JsonNode json(Response r) {
        try {
            return TestEvents.MAPPER.readTree(r.asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void policyKnown() {
        TestEvents.seededPolicy();
    }

    @Test
    void everySeededYearsSourcesNameDocumentsNotFiles() {
        // V2 seeded sources that named a working note outside the product; V5 rewrote them for every seeded year.
        for (int year = 2024; year <= 2026; year++) {
            JsonNode framework = json(given().header("Authorization", city()).get("/api/v1/indicator-frameworks/" + year)
                    .then().statusCode(200).extract().response());
            // from 2025 also the programmes' two (V9)
            assertThat(framework.path("indicators")).as("indicators of " + year).hasSize(year >= 2025 ? 12 : 10);
            assertThat(framework.path("gradeBounds")).as("grade bounds of " + year).hasSize(4);
            for (JsonNode row : framework.path("indicators")) {
                assertThat(row.path("sourceDocument").asText()).as(year + " " + row.path("code").asText())
                        .isNotBlank().doesNotContain("DOMAIN").doesNotContain(".md");
            }
            for (JsonNode row : framework.path("gradeBounds")) {
                assertThat(row.path("sourceDocument").asText()).as(year + " " + row.path("grade").asText())
                        .isNotBlank().doesNotContain("DOMAIN").doesNotContain(".md");
            }
        }
    }

    @Test
    void theFrameworkIsSeededAsDataAndMaintainedByCityUsers() {
        given().header("Authorization", bearer("county", FENGQIU)).get("/api/v1/indicator-frameworks/2025").then().statusCode(200)
                // targets that are policy numbers come from their owner through agri.policy, not from a copy kept by hand
                .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.targetPolicyKey", equalTo("funding.industry-share-floor"))
                .body("indicators.find { it.code == 'DISTRIBUTION_SHARE' }.targetPolicyKey", equalTo("asset.target-share-min"))
                .body("indicators.find { it.code == 'DISTRIBUTION_SHARE' }.targetSource", org.hamcrest.Matchers.containsString("asset-service"))
                // the farmer-linking indicators are required, the asset ones optional
                .body("indicators.findAll { it.required }.code", org.hamcrest.Matchers.containsInAnyOrder("INDUSTRY_FUND_SHARE",
                        "LEADING_INDUSTRY_SHARE", "WORKING_MECHANISMS_SHARE", "LINKED_HOUSEHOLDS", "INCOME_INCREASE", "FUND_EXECUTION_RATE"))
                .body("indicators.find { it.code == 'WORKING_MECHANISMS_SHARE' }.sourceDocument", org.hamcrest.Matchers.containsString("市政协十三届二次会议第095号提案"))
                .body("indicators.sourceDocument", org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.containsString(".md"))))
                .body("gradeBounds.sourceDocument", org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.containsString(".md"))))
                // ten scored indicators and the programmes' two, reported with weight 0 until the city weighs them
                .body("indicators.size()", equalTo(12))
                .body("indicators.findAll { it.weight == 0 }.code", org.hamcrest.Matchers.containsInAnyOrder("CERTIFIED_LABOUR_HOUSEHOLDS",
                        "ENVOY_PROJECT_COVERAGE"))
                .body("weightTotal", cn.gov.xinxiang.agri.evaluation.TestEvents.num("100.0"))
                .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.target", cn.gov.xinxiang.agri.evaluation.TestEvents.num("65.0"))
                .body("indicators.find { it.code == 'LEADING_INDUSTRY_SHARE' }.target", cn.gov.xinxiang.agri.evaluation.TestEvents.num("50.0"))
                .body("indicators.find { it.code == 'DISTRIBUTION_SHARE' }.target", cn.gov.xinxiang.agri.evaluation.TestEvents.num("70.0"))
                .body("gradeBounds.find { it.label == '优' }.minScore", cn.gov.xinxiang.agri.evaluation.TestEvents.num("90.0"))
                .body("gradeBounds.find { it.label == '差' }.minScore", cn.gov.xinxiang.agri.evaluation.TestEvents.num("0.0"));
        given().header("Authorization", city()).get("/api/v1/indicator-frameworks/2039").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", city()).get("/api/v1/indicator-frameworks/1999").then().statusCode(400);

        // set up 2040 as a copy of 2025, idempotently
        String key = UUID.randomUUID().toString();
        given().header("Authorization", bearer("county", FENGQIU)).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/2040/copy").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/indicator-frameworks/2040/copy").then().statusCode(400).body("errors.field", hasItem("fromYear"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"fromYear\":2039}")
                .post("/api/v1/indicator-frameworks/2041/copy").then().statusCode(422).body("type", equalTo("urn:agri:problem:no-framework"));
        given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/2040/copy").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/indicator-frameworks/2040")).body("indicators.size()", equalTo(12));
        given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/2040/copy").then().statusCode(201).header("Idempotent-Replayed", "true");
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/2040/copy").then().statusCode(409);

        // change a target and weight: city only, with If-Match, validated
        String path = "/api/v1/indicator-frameworks/2040/indicators/INDUSTRY_FUND_SHARE";
        long version = given().header("Authorization", city()).get("/api/v1/indicator-frameworks/2040").then().statusCode(200)
                .extract().jsonPath().getLong("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.version");
        String change = "{\"name\":\"产业发展资金占比\",\"definition\":\"d\",\"dataSource\":\"observed_allocation\",\"target\":60.00,\"weight\":12.5,"
                + "\"direction\":\"HIGHER_IS_BETTER\",\"sourceDocument\":\"新乡市2040年绩效评价办法\"}";
        given().header("Authorization", bearer("auditor", CITY)).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(change)
                .put(path).then().statusCode(403);
        given().header("Authorization", city()).contentType(ContentType.JSON).body(change).put(path).then().statusCode(428);
        given().header("Authorization", city()).header("If-Match", "\"" + (version + 7) + "\"").contentType(ContentType.JSON).body(change)
                .put(path).then().statusCode(412);
        given().header("Authorization", city()).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(change.replace("12.5", "150").replace("\"direction\":\"HIGHER_IS_BETTER\",", ""))
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("weight")).body("errors.field", hasItem("direction"));
        given().header("Authorization", city()).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(change.replace("HIGHER_IS_BETTER", "SIDEWAYS")).put(path).then().statusCode(400);
        given().header("Authorization", city()).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(change)
                .put(path).then().statusCode(200).header("ETag", "\"" + (version + 1) + "\"").body("target", cn.gov.xinxiang.agri.evaluation.TestEvents.num("60.0")).body("weight", cn.gov.xinxiang.agri.evaluation.TestEvents.num("12.5"))
                // an own target replaces the policy link; required is kept when not sent
                .body("targetPolicyKey", nullValue()).body("required", equalTo(true));
        // back to the policy parameter; an unknown one, or both a target and a key, are refused
        String linked = change.replace("\"target\":60.00,", "").replace("}", ",\"targetPolicyKey\":\"funding.industry-share-floor\",\"required\":false}");
        given().header("Authorization", city()).header("If-Match", "\"" + (version + 1) + "\"").contentType(ContentType.JSON)
                .body(linked.replace("funding.industry-share-floor", "funding.no-such-floor")).put(path).then().statusCode(422)
                .body("errors[0].field", equalTo("targetPolicyKey"));
        given().header("Authorization", city()).header("If-Match", "\"" + (version + 1) + "\"").contentType(ContentType.JSON)
                .body(change.replace("}", ",\"targetPolicyKey\":\"funding.industry-share-floor\"}")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("target"));
        given().header("Authorization", city()).header("If-Match", "\"" + (version + 1) + "\"").contentType(ContentType.JSON).body(linked).put(path)
                .then().statusCode(200).body("targetPolicyKey", equalTo("funding.industry-share-floor"))
                .body("target", cn.gov.xinxiang.agri.evaluation.TestEvents.num("65")).body("required", equalTo(false));
        // grade bounds are data too: replaced as a whole by city users, with If-Match, checked
        String boundsPath = "/api/v1/indicator-frameworks/2040/grade-bounds";
        String etag = given().header("Authorization", city()).get("/api/v1/indicator-frameworks/2040").then().statusCode(200).extract().header("ETag");
        String bounds = "{\"sourceDocument\":\"新乡市2040年绩效评价办法\",\"bounds\":[{\"grade\":\"EXCELLENT\",\"label\":\"优\",\"minScore\":85},"
                + "{\"grade\":\"GOOD\",\"label\":\"良\",\"minScore\":75},{\"grade\":\"FAIR\",\"label\":\"中\",\"minScore\":60},"
                + "{\"grade\":\"POOR\",\"label\":\"差\",\"minScore\":0}]}";
        given().header("Authorization", bearer("county", FENGQIU)).header("If-Match", etag).contentType(ContentType.JSON).body(bounds).put(boundsPath).then().statusCode(403);
        given().header("Authorization", city()).contentType(ContentType.JSON).body(bounds).put(boundsPath).then().statusCode(428);
        given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON).body(bounds.replace("\"minScore\":75", "\"minScore\":95"))
                .put(boundsPath).then().statusCode(422).body("type", equalTo("urn:agri:problem:grade-bounds"));
        given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON).body(bounds.replace("\"GOOD\"", "\"FAIR\""))
                .put(boundsPath).then().statusCode(400).body("errors[0].field", equalTo("bounds[2].grade"));
        given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON).body(bounds.replace("\"minScore\":85", "\"minScore\":101"))
                .put(boundsPath).then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("minScore"));
        given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON).body(bounds).put(boundsPath).then().statusCode(200)
                .body("gradeBounds.find { it.grade == 'EXCELLENT' }.minScore", cn.gov.xinxiang.agri.evaluation.TestEvents.num("85"))
                .body("gradeBounds.find { it.grade == 'GOOD' }.sourceDocument", equalTo("新乡市2040年绩效评价办法"));
        // the old ETag is now stale
        given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON).body(bounds).put(boundsPath).then().statusCode(412);

        // 2025 untouched
        given().header("Authorization", city()).get("/api/v1/indicator-frameworks/2025").then()
                .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.target", cn.gov.xinxiang.agri.evaluation.TestEvents.num("65.0"));
    }

    /** Redoes the score from the evidence and its records (read through GET /{id}/records), with the rules the evidence states. */
    static BigDecimal recomputeByHand(JsonNode evidence) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal hundred = BigDecimal.valueOf(100);
        for (JsonNode i : evidence.get("indicators")) {
            if (!i.get("hasData").asBoolean()) {
                assertThat(i.get("noDataReason").asText()).isNotBlank();
                if (i.get("counted").asBoolean()) {
                    // a required indicator without data: 0 with its weight, and says so
                    assertThat(i.get("required").asBoolean()).isTrue();
                    assertThat(i.get("noDataReason").asText()).startsWith("no data reported");
                    assertThat(i.get("score").decimalValue()).isEqualByComparingTo("0");
                    weights = weights.add(i.get("weight").decimalValue());
                }
                continue;
            }
            BigDecimal num = i.get("numerator").decimalValue();
            BigDecimal den = i.get("denominator").decimalValue();
            // the numerator and denominator are sums of the listed records
            BigDecimal recNum = BigDecimal.ZERO;
            BigDecimal recDen = BigDecimal.ZERO;
            for (JsonNode r : i.get("records")) {
                if (r.has("numeratorPart")) {
                    // the indicators fed after the fund shares state each record's part of numerator and denominator
                    recNum = recNum.add(r.get("numeratorPart").decimalValue());
                    recDen = recDen.add(r.get("denominatorPart").decimalValue());
                    continue;
                }
                BigDecimal amount = r.get("amount").decimalValue();
                recDen = recDen.add(amount);
                if (r.get("counted").asText().startsWith("numerator")) {
                    recNum = recNum.add(amount);
                }
            }
            assertThat(recNum).isEqualByComparingTo(num);
            assertThat(recDen).isEqualByComparingTo(den);
            BigDecimal actual = num.multiply(hundred).divide(den, 2, RoundingMode.HALF_UP);
            assertThat(i.get("actual").decimalValue()).isEqualByComparingTo(actual);
            BigDecimal target = i.get("target").decimalValue();
            BigDecimal score = "HIGHER_IS_BETTER".equals(i.get("direction").asText())
                    ? (target.signum() == 0 ? hundred : actual.multiply(hundred).divide(target, 2, RoundingMode.HALF_UP).min(hundred))
                    : (actual.compareTo(target) <= 0 ? hundred : target.signum() == 0 ? BigDecimal.ZERO : target.multiply(hundred).divide(actual, 2, RoundingMode.HALF_UP));
            assertThat(i.get("score").decimalValue()).isEqualByComparingTo(score);
            BigDecimal w = i.get("weight").decimalValue();
            weights = weights.add(w);
            sum = sum.add(w.multiply(score));
        }
        // the coverage is what the indicators say
        JsonNode coverage = evidence.get("coverage");
        int withData = 0;
        for (JsonNode i : evidence.get("indicators")) {
            withData += i.get("hasData").asBoolean() ? 1 : 0;
        }
        assertThat(coverage.get("withData").asInt()).isEqualTo(withData);
        assertThat(coverage.get("requiredWithoutData").size() + coverage.get("optionalWithoutData").size()
                + coverage.get("notApplicable").size() + withData).isEqualTo(evidence.get("indicators").size());
        return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
    }

    @Test
    void countyEvaluationFromEventsIsRecomputableImmutableOnceVersionedAndRanked() throws Exception {
        int year = 2042;
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/" + year + "/copy").then().statusCode(201);

        String village = "410727101201";
        String project = TestEvents.admitted(year, village, "封丘县树莓种植基地", true, "EMPLOYMENT", "ORDER_PURCHASING");
        String a1 = TestEvents.allocation(year, project, FENGQIU, "INDUSTRY_DEVELOPMENT", "200000.00", true);
        String a2 = TestEvents.allocation(year, project, FENGQIU, "INDUSTRY_DEVELOPMENT", "300000.00", false);
        String a3 = TestEvents.allocation(year, project, FENGQIU, "INFRASTRUCTURE", "500000.00", false);
        String revoked = TestEvents.allocation(year, project, FENGQIU, "INDUSTRY_DEVELOPMENT", "100000.00", true);
        TestEvents.revoked(revoked, year, project, FENGQIU, "100000.00");

        String preview = "/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + FENGQIU + "&fiscalYear=" + year;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview).then().statusCode(200)
                .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.denominator", cn.gov.xinxiang.agri.evaluation.TestEvents.num("1000000.0"))
                .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.recordCount", equalTo(3))
                // the library project too (agri.project, another topic than the allocations')
                .body("indicators.find { it.code == 'ENVOY_PROJECT_COVERAGE' }.recordCount", equalTo(1)));

        // bad input, wrong role, wrong region: precise problems, nothing stored
        String body = "{\"subjectType\":\"COUNTY\",\"subjectId\":\"" + FENGQIU + "\",\"fiscalYear\":" + year + "}";
        given().header("Authorization", bearer("county", FENGQIU)).contentType(ContentType.JSON).body(body).post("/api/v1/evaluations").then().statusCode(403);
        given().header("Authorization", bearer("auditor", CITY)).contentType(ContentType.JSON).body(body).post("/api/v1/evaluations").then().statusCode(403);
        given().header("Authorization", city()).contentType(ContentType.JSON).body(body.replace(FENGQIU, "4107"))
                .post("/api/v1/evaluations").then().statusCode(400).body("errors[0].field", equalTo("subjectId"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(body.replace(FENGQIU, "410725901201"))
                .post("/api/v1/evaluations").then().statusCode(400).body("errors[0].field", equalTo("subjectId"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(body.replace("COUNTY", "TOWN"))
                .post("/api/v1/evaluations").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", city()).contentType(ContentType.JSON).body(body.replace("" + year, "1999"))
                .post("/api/v1/evaluations").then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(body.replace("" + year, "2043"))
                .post("/api/v1/evaluations").then().statusCode(422).body("type", equalTo("urn:agri:problem:no-framework"));
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body("{\"subjectType\":\"PROJECT\",\"subjectId\":\"" + UUID.randomUUID() + "\",\"fiscalYear\":" + year + "}")
                .post("/api/v1/evaluations").then().statusCode(404);
        given().header("Authorization", city()).get("/api/v1/evaluations?fiscalYear=2043").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", city()).get("/api/v1/evaluations?fiscalYear=" + year).then().statusCode(200).body("total", equalTo(0));

        // the draft: industry 500000/1000000 = 50.00% of target 65 → 76.92; leading 200000/500000 = 40.00% of 50 → 80.00;
        // no farmer-linking results and no spending reported: the four required ones score 0 with their weight (15+15+10+10);
        // the four optional asset indicators are left out: (10×76.92 + 10×80.00) / 70 = 22.42 → 差.
        // (Before required indicators existed this was 78.46 from the two fund shares alone: that was the bug.)
        String key = UUID.randomUUID().toString();
        Response created = given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/evaluations");
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("versionNo", equalTo(1))
                .body("score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("22.42")).body("grade", equalTo("POOR")).body("gradeLabel", equalTo("差"))
                .body("subjectName", equalTo("封丘县")).body("differences", nullValue())
                // with data: the two fund shares, and the envoys' coverage of the library projects (none served: 0 %, weight 0)
                .body("coverage.withData", equalTo(3)).body("coverage.percent", cn.gov.xinxiang.agri.evaluation.TestEvents.num("20.00"))
                .body("coverage.requiredWithoutData", org.hamcrest.Matchers.containsInAnyOrder("WORKING_MECHANISMS_SHARE", "LINKED_HOUSEHOLDS",
                        "INCOME_INCREASE", "FUND_EXECUTION_RATE"))
                .body("inputsFingerprint", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        JsonNode v1 = json(created);
        String v1Id = v1.get("id").asText();
        assertThat(created.header("Location")).endsWith("/api/v1/evaluations/" + v1Id);
        assertThat(recomputeByHand(CountedRecordsClient.evidenceWithRecords(v1))).isEqualByComparingTo(v1.get("score").decimalValue());
        JsonNode ev = v1.get("evidence");
        assertThat(ev.get("weightCounted").decimalValue()).isEqualByComparingTo("70");
        assertThat(ev.get("noDataRule").asText()).contains("no data reported");
        for (JsonNode i : ev.get("indicators")) {
            String code = i.get("code").asText();
            // the fund shares from the allocations; the envoys' coverage from the library projects (0 % served)
            boolean fed = code.equals("INDUSTRY_FUND_SHARE") || code.equals("LEADING_INDUSTRY_SHARE") || code.equals("ENVOY_PROJECT_COVERAGE");
            assertThat(i.get("hasData").asBoolean()).as(code).isEqualTo(fed);
            if (!fed && i.get("required").asBoolean()) {
                assertThat(i.get("status").asText()).as(code).isEqualTo("MISSING_REQUIRED");
                assertThat(i.get("noDataReason").asText()).as(code).startsWith("no data reported");
            }
        }
        // the policy numbers used are named with their owner and version
        assertThat(ev.get("policies").toString()).contains("funding.industry-share-floor").contains("funding-service")
                .contains("project.min-working-mechanisms");
        // what the waiting indicators already know is shown: the library project and its planned households
        assertThat(CountedRecordsClient.evidenceWithRecords(v1).toString()).contains(project);
        given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/evaluations").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(v1Id));
        given().header("Authorization", city()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/evaluations").then().statusCode(409).body("type", equalTo("urn:agri:problem:draft-exists"));

        // region scope
        given().header("Authorization", bearer("county", FENGQIU)).get("/api/v1/evaluations/" + v1Id).then().statusCode(200);
        given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/evaluations/" + v1Id).then().statusCode(404);
        given().header("Authorization", bearer("county", "410725000000")).get(preview).then().statusCode(404);

        // publish: If-Match required and current; then immutable
        long etag = Long.parseLong(given().header("Authorization", city()).get("/api/v1/evaluations/" + v1Id).header("ETag").replace("\"", ""));
        given().header("Authorization", bearer("county", FENGQIU)).header("If-Match", "\"" + etag + "\"").post("/api/v1/evaluations/" + v1Id + "/publish").then().statusCode(403);
        given().header("Authorization", city()).post("/api/v1/evaluations/" + v1Id + "/publish").then().statusCode(428);
        given().header("Authorization", city()).header("If-Match", "\"" + (etag + 5) + "\"").post("/api/v1/evaluations/" + v1Id + "/publish").then().statusCode(412);
        given().header("Authorization", city()).header("If-Match", "\"" + etag + "\"").post("/api/v1/evaluations/" + v1Id + "/recompute").then().statusCode(200)
                .body("score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("22.42"));
        etag++;
        given().header("Authorization", city()).header("If-Match", "\"" + etag + "\"").post("/api/v1/evaluations/" + v1Id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + v1Id + "/publish").then().statusCode(409)
                .body("type", equalTo("urn:agri:problem:evaluation-published"));
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + v1Id + "/recompute").then().statusCode(409);
        var published = KafkaTestClient.readUntil("agri.evaluation", rs -> rs.stream().anyMatch(r -> v1Id.equals(r.key())), Duration.ofSeconds(30));
        String event = published.stream().filter(r -> v1Id.equals(r.key())).findFirst().orElseThrow().value();
        JsonNode envelope = TestEvents.MAPPER.readTree(event);
        assertThat(envelope.get("type").asText()).isEqualTo("cn.gov.xinxiang.agri.evaluation.published.v1");
        assertThat(envelope.get("data").get("score").decimalValue()).isEqualByComparingTo("22.42");
        assertThat(envelope.get("data").get("gradeLabel").asText()).isEqualTo("差");
        assertThat(envelope.get("data").get("versionNo").asInt()).isEqualTo(1);

        // more money arrives; re-evaluation is version 2 with the differences; version 1 stays as published
        String a4 = TestEvents.allocation(year, project, FENGQIU, "INDUSTRY_DEVELOPMENT", "500000.00", true);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview).then().statusCode(200)
                .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.denominator", cn.gov.xinxiang.agri.evaluation.TestEvents.num("1500000.0")));
        Response second = given().header("Authorization", city()).contentType(ContentType.JSON).body(body).post("/api/v1/evaluations");
        // industry 1000000/1500000 = 66.67% ≥ 65 → 100; leading 700000/1000000 = 70% ≥ 50 → 100; yet with allocations
        // and no farmer-linking results the county cannot reach 优: (10×100 + 10×100) / 70 = 28.57
        second.then().statusCode(201).body("versionNo", equalTo(2)).body("previousId", equalTo(v1Id)).body("score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("28.57"))
                .body("gradeLabel", equalTo("差"))
                .body("differences.item", hasItem("score"))
                .body("differences.item", hasItem("INDUSTRY_FUND_SHARE.denominator"));
        JsonNode v2 = json(second);
        assertThat(recomputeByHand(CountedRecordsClient.evidenceWithRecords(v2))).isEqualByComparingTo(v2.get("score").decimalValue());
        String v2Id = v2.get("id").asText();
        String v2Etag = given().header("Authorization", city()).get("/api/v1/evaluations/" + v2Id).header("ETag");
        given().header("Authorization", city()).header("If-Match", v2Etag).post("/api/v1/evaluations/" + v2Id + "/publish").then().statusCode(200);
        // version 1 stays readable as it was published, marked superseded by version 2
        given().header("Authorization", city()).get("/api/v1/evaluations/" + v1Id).then().statusCode(200).body("score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("22.42"))
                .body("versionNo", equalTo(1)).body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo(v2Id));

        // the farmer-linking results and the spending arrive: version 2 read them, so it is marked stale (not edited)
        TestEvents.results(project, year, village, "EMPLOYMENT:10:5:3:36000.00", "ORDER_PURCHASING:10:5:3:36000.00");
        for (String[] a : new String[][]{{a1, "200000.00"}, {a2, "300000.00"}, {a3, "500000.00"}, {a4, "500000.00"}}) {
            TestEvents.spent(a[0], year, project, FENGQIU, a[1]);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().header("Authorization", city()).get(preview).then().statusCode(200)
                    .body("indicators.find { it.code == 'FUND_EXECUTION_RATE' }.numerator", cn.gov.xinxiang.agri.evaluation.TestEvents.num("1500000"))
                    .body("indicators.find { it.code == 'INCOME_INCREASE' }.hasData", equalTo(true));
            given().header("Authorization", city()).get("/api/v1/evaluations/" + v2Id).then().statusCode(200)
                    .body("staleSince", org.hamcrest.Matchers.notNullValue()).body("staleReason", org.hamcrest.Matchers.containsString("observed_"))
                    .body("score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("28.57")).body("status", equalTo("PUBLISHED"));
        });
        given().header("Authorization", bearer("county", FENGQIU)).post("/api/v1/evaluations/" + v2Id + "/verification").then().statusCode(403);
        Response verified = given().header("Authorization", city()).post("/api/v1/evaluations/" + v2Id + "/verification");
        verified.then().statusCode(200).body("unchanged", equalTo(false)).body("newVersionNo", equalTo(3))
                .body("differences.item", hasItem("INCOME_INCREASE.hasData"));
        String v3Id = json(verified).get("newVersionId").asText();
        // all six required indicators at 100: 优
        JsonNode v3 = json(given().header("Authorization", city()).get("/api/v1/evaluations/" + v3Id));
        assertThat(v3.get("score").decimalValue()).isEqualByComparingTo("100");
        assertThat(v3.get("gradeLabel").asText()).isEqualTo("优");
        assertThat(v3.get("status").asText()).isEqualTo("DRAFT");
        assertThat(recomputeByHand(CountedRecordsClient.evidenceWithRecords(v3))).isEqualByComparingTo("100");
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + v3Id + "/publish").then().statusCode(200);
        given().header("Authorization", city()).get("/api/v1/evaluations/" + v2Id).then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(v3Id)).body("score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("28.57"));
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + v2Id + "/recompute").then().statusCode(409);
        // verifying the new version now finds nothing changed
        given().header("Authorization", city()).post("/api/v1/evaluations/" + v3Id + "/verification").then().statusCode(200)
                .body("unchanged", equalTo(true)).body("newVersionId", nullValue());

        // a second county with nothing reported at all: every required indicator scores 0, ranked last
        String weihuiBody = body.replace(FENGQIU, WEIHUI);
        Response w = given().header("Authorization", city()).contentType(ContentType.JSON).body(weihuiBody).post("/api/v1/evaluations");
        w.then().statusCode(201).body("score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("0")).body("gradeLabel", equalTo("差"))
                .body("coverage.withData", equalTo(0)).body("coverage.requiredWithoutData.size()", equalTo(6));
        String wId = json(w).get("id").asText();
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + wId + "/publish").then().statusCode(200);

        // a project evaluation and the city evaluation
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body("{\"subjectType\":\"PROJECT\",\"subjectId\":\"" + project + "\",\"fiscalYear\":" + year + "}")
                .post("/api/v1/evaluations").then().statusCode(201).body("subjectName", equalTo("封丘县树莓种植基地")).body("score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("100.0"));
        Response cityEval = given().header("Authorization", city()).contentType(ContentType.JSON)
                .body("{\"subjectType\":\"CITY\",\"subjectId\":\"" + CITY + "\",\"fiscalYear\":" + year + "}").post("/api/v1/evaluations");
        // the city's result depends on every county's data in this shared database: it is whatever its evidence gives
        cityEval.then().statusCode(201).body("coverage.percent", org.hamcrest.Matchers.notNullValue());
        assertThat(recomputeByHand(CountedRecordsClient.evidenceWithRecords(json(cityEval)))).isEqualByComparingTo(json(cityEval).get("score").decimalValue());
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + json(cityEval).get("id").asText() + "/publish")
                .then().statusCode(200);

        // ranking: all counties for the city; a county sees its own row with its rank
        given().header("Authorization", city()).get("/api/v1/rankings/counties?fiscalYear=" + year).then().statusCode(200)
                .body("countiesRanked", equalTo(2)).body("rows[0].countyCode", equalTo(FENGQIU)).body("rows[0].rank", equalTo(1))
                .body("rows[0].versionNo", equalTo(3)).body("rows[0].score", cn.gov.xinxiang.agri.evaluation.TestEvents.num("100.0"))
                .body("rows[1].countyCode", equalTo(WEIHUI)).body("rows[1].rank", equalTo(2))
                .body("tieBreakRule", org.hamcrest.Matchers.containsString("LINKED_HOUSEHOLDS"));
        given().header("Authorization", bearer("county", WEIHUI)).get("/api/v1/rankings/counties?fiscalYear=" + year).then().statusCode(200)
                .body("countiesRanked", equalTo(2)).body("rows.size()", equalTo(1)).body("rows[0].rank", equalTo(2));
        given().header("Authorization", city()).get("/api/v1/rankings/counties").then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().header("Authorization", city()).get("/api/v1/rankings/counties?fiscalYear=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("fiscalYear"));
        given().header("Authorization", city()).get("/api/v1/evaluations?subjectType=TOWN").then().statusCode(400).body("errors[0].field", equalTo("subjectType"));
        given().header("Authorization", city()).get("/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + FENGQIU).then().statusCode(400)
                .body("errors[0].field", equalTo("fiscalYear"));
        given().header("Authorization", city()).get("/api/v1/overview?fiscalYear=" + year).then().statusCode(200)
                .body("countiesEvaluated", equalTo(2)).body("averageCountyScore", cn.gov.xinxiang.agri.evaluation.TestEvents.num("50.0"))
                .body("city.score", org.hamcrest.Matchers.notNullValue())
                .body("countiesByGrade.'优'", equalTo(1)).body("countiesByGrade.'差'", equalTo(1));
        given().header("Authorization", bearer("auditor", CITY)).get("/api/v1/overview?fiscalYear=" + year).then().statusCode(200);
        given().header("Authorization", bearer("county", FENGQIU)).get("/api/v1/overview?fiscalYear=" + year).then().statusCode(403);
        given().get("/api/v1/overview?fiscalYear=" + year).then().statusCode(401);
    }
}
