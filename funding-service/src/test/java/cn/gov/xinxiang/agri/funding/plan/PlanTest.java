package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.funding.Fixtures;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static cn.gov.xinxiang.agri.funding.Fixtures.city;
import static cn.gov.xinxiang.agri.funding.Fixtures.planJson;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PlanTest {

    static final String SAMPLE_2023 = "5a3b1e00-0000-4000-8000-000000002023";
    static final String SAMPLE_2024 = "5a3b1e00-0000-4000-8000-000000002024";

    @Test
    void theSample2023CityFiguresShow67point4PercentInTheComplianceView() throws Exception {
        given().header("Authorization", city()).get("/api/v1/compliance/2023")
                .then().statusCode(200)
                .body("planId", equalTo(SAMPLE_2023))
                .body("status", equalTo("PUBLISHED"))
                .body("planTotal", equalTo(1013350000.00f))
                .body("planned.industryShare.part", equalTo(683000000.00f))
                .body("planned.industryShare.display", equalTo("67.4%"))
                .body("planned.industryShare.floorDisplay", equalTo("65%"))
                .body("planned.industryShare.meetsFloor", equalTo(true))
                .body("planned.leadingShare.display", equalTo("52.7%"))
                .body("belowFloor", equalTo(false))
                .body("counties", hasSize(12))
                .body("counties.find { it.countyCode == '410725000000' }.countyName", equalTo("原阳县"));
        // The exact ratio is sent alongside the display: 683000000 / 1013350000 = 0.67400207233...
        String json = given().header("Authorization", city()).get("/api/v1/compliance/2023").then().extract().asString();
        java.math.BigDecimal ratio = Fixtures.MAPPER.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(json).at("/planned/industryShare/ratio").decimalValue();
        assertThat(ratio.toPlainString()).startsWith("0.674002072");
        // A county user sees the plan's shares and only its own county's headroom.
        given().header("Authorization", bearer("county", Fixtures.YUANYANG)).get("/api/v1/compliance/2023")
                .then().statusCode(200).body("planned.industryShare.display", equalTo("67.4%"))
                .body("counties", hasSize(1)).body("counties[0].headroom", equalTo(150000000.00f));
        given().header("Authorization", bearer("village", Fixtures.YY_VILLAGE)).get("/api/v1/plans/" + SAMPLE_2023)
                .then().statusCode(200).body("countyShares", hasSize(1)).body("countyShares[0].countyCode", equalTo(Fixtures.YUANYANG));
        given().header("Authorization", city()).get("/api/v1/compliance/2099").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", city()).get("/api/v1/compliance/99").then().statusCode(400);
    }

    @Test
    void theSample2024PlanAt64point9PercentCannotBePublishedWithoutJustification() {
        Response plan = given().header("Authorization", city()).get("/api/v1/plans/" + SAMPLE_2024);
        plan.then().statusCode(200).body("status", equalTo("DRAFT")).body("industryShare", equalTo("64.9%")).body("belowFloor", equalTo(true));
        given().header("Authorization", city()).header("If-Match", plan.header("ETag")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + SAMPLE_2024 + "/publication")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:below-floor-needs-justification"))
                .body("detail", containsString("64.9%"))
                .body("errors[0].field", equalTo("justification"));
        given().header("Authorization", city()).header("If-Match", plan.header("ETag")).contentType(ContentType.JSON)
                .body("{\"justification\": \"   \"}")
                .post("/api/v1/plans/" + SAMPLE_2024 + "/publication").then().statusCode(422);
        given().header("Authorization", city()).get("/api/v1/plans/" + SAMPLE_2024).then().body("status", equalTo("DRAFT"))
                .body("justification", nullValue());
        given().header("Authorization", city()).get("/api/v1/compliance/2024").then().statusCode(200)
                .body("planned.industryShare.display", equalTo("64.9%")).body("planned.industryShare.meetsFloor", equalTo(false))
                .body("belowFloor", equalTo(true));
    }

    @Test
    void aPlanBelowAFloorIsPublishedOnlyWithTheCitysRecordedJustification() {
        int year = Fixtures.freshYear();
        Fixtures.policy(year);
        // 60% industry, half of it leading: below the 65% floor.
        Response created = given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "600.00", "300.00", "400.00", "700.00", "300.00"))
                .post("/api/v1/plans");
        created.then().statusCode(201).header("Location", containsString("/api/v1/plans/"))
                .body("total", equalTo(1000.00f)).body("industryShare", equalTo("60.0%")).body("belowFloor", equalTo(true))
                .body("unsplit", equalTo(0.0f));
        String id = created.path("id");
        String etag = created.header("ETag");
        if (etag == null) {
            etag = given().header("Authorization", city()).get("/api/v1/plans/" + id).header("ETag");
        }
        // A county user cannot publish, not even with a justification.
        given().header("Authorization", bearer("county", Fixtures.YUANYANG)).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"justification\": \"县里同意\"}").post("/api/v1/plans/" + id + "/publication").then().statusCode(403);
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"justification\": \"x\"}")
                .post("/api/v1/plans/" + id + "/publication").then().statusCode(428);
        given().header("Authorization", city()).header("If-Match", "\"999\"").contentType(ContentType.JSON).body("{\"justification\": \"x\"}")
                .post("/api/v1/plans/" + id + "/publication").then().statusCode(412);

        String published = given().header("Authorization", "Bearer " + cn.gov.xinxiang.agri.testing.TestTokens.token("city-director", "city", Fixtures.CITY)).header("If-Match", etag)
                .contentType(ContentType.JSON).body("{\"justification\": \"灾后重建，基础设施占比临时提高，经市政府常务会议同意\"}")
                .post("/api/v1/plans/" + id + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("justification", equalTo("灾后重建，基础设施占比临时提高，经市政府常务会议同意"))
                .body("justifiedBy", equalTo("city-director")).extract().header("ETag");
        // Published plans no longer change.
        given().header("Authorization", city()).header("If-Match", published).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "700.00", "400.00", "300.00", "700.00", "300.00"))
                .put("/api/v1/plans/" + id).then().statusCode(409).body("type", equalTo("urn:agri:problem:plan-published"));
        given().header("Authorization", city()).get("/api/v1/compliance/" + year).then().statusCode(200)
                .body("belowFloor", equalTo(true)).body("justifiedBy", equalTo("city-director"));

        var records = KafkaTestClient.readUntil(EventTypes.topicOf(FundingEvents.AGGREGATE),
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        CloudEvent event = CloudEvent.parse(Fixtures.MAPPER, records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value());
        assertThat(event.type()).isEqualTo(FundingEvents.PLAN_PUBLISHED_V1);
        assertThat(ContractSchemas.violations(event.type(), event.data())).isEmpty();
        assertThat(event.data().get("belowFloor").asBoolean()).isTrue();
        assertThat(event.data().get("total").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(event.data().get("countyShares")).hasSize(2);
    }

    @Test
    void aDraftIsChangedWithIfMatchAndPublishedOnlyWhenFullySplit() {
        int year = Fixtures.freshYear();
        Fixtures.policy(year);
        Response created = given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "500.00", "300.00"))
                .post("/api/v1/plans");
        created.then().statusCode(201).body("unsplit", equalTo(200.00f)).body("belowFloor", equalTo(false));
        String id = created.path("id");
        String etag = given().header("Authorization", city()).get("/api/v1/plans/" + id).header("ETag");
        given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + id + "/publication").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:plan-not-fully-split")).body("detail", containsString("200.00"));
        String etag2 = given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00"))
                .put("/api/v1/plans/" + id).then().statusCode(200).body("unsplit", equalTo(0.0f)).extract().header("ETag");
        assertThat(etag2).isNotEqualTo(etag);
        given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00"))
                .put("/api/v1/plans/" + id).then().statusCode(412);
        given().header("Authorization", city()).header("If-Match", etag2).contentType(ContentType.JSON)
                .body(planJson(year + 1, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00"))
                .put("/api/v1/plans/" + id).then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        // Above both floors: no justification needed.
        given().header("Authorization", city()).header("If-Match", etag2).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + id + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("justification", nullValue());
        // One plan per year.
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00"))
                .post("/api/v1/plans").then().statusCode(409).body("type", equalTo("urn:agri:problem:plan-exists"));
    }

    @Test
    void badPlansAreAPreciseProblemAndStoreNothing() {
        int year = Fixtures.freshYear();
        // no parameters for the year yet
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00"))
                .post("/api/v1/plans").then().statusCode(422).body("type", equalTo("urn:agri:problem:no-policy-parameters"));
        Fixtures.policy(year);
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body("{\"fiscalYear\": 1999, \"sources\": {\"central\": -1, \"provincial\": 0.001}, \"countyShares\": []}")
                .post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("fiscalYear", "sources.central", "sources.provincial",
                        "sources.city", "uses", "countyShares"));
        // uses do not add up to the sources; leading exceeds industry; too much split
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "900.00", "100.00", "900.00", "300.00"))
                .post("/api/v1/plans").then().statusCode(422).body("type", equalTo("urn:agri:problem:plan-inconsistent"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("uses", "uses.leadingIndustry", "countyShares"));
        // a township code, or a county outside the city, is not a county of the plan
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00").replace("410726000000", "410726901000"))
                .post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("countyShares[1].countyCode"));
        given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00").replace("410726000000", "410826000000"))
                .post("/api/v1/plans").then().statusCode(400);
        given().header("Authorization", bearer("county", Fixtures.YUANYANG)).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00"))
                .post("/api/v1/plans").then().statusCode(403);
        given().header("Authorization", bearer("auditor", Fixtures.CITY)).contentType(ContentType.JSON)
                .body(planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00"))
                .post("/api/v1/plans").then().statusCode(403);
        given().header("Authorization", city()).get("/api/v1/compliance/" + year).then().statusCode(404);
        given().header("Authorization", city()).get("/api/v1/plans/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aReplayedPlanPostCreatesOnePlan() {
        int year = Fixtures.freshYear();
        Fixtures.policy(year);
        String key = UUID.randomUUID().toString();
        String body = planJson(year, "1000.00", "800.00", "500.00", "200.00", "700.00", "300.00");
        String first = given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String second = given().header("Authorization", city()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(second).isEqualTo(first);
    }
}
