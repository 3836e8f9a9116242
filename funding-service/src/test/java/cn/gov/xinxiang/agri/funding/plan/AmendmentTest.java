package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.funding.Fixtures;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import cn.gov.xinxiang.agri.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.gov.xinxiang.agri.funding.Fixtures.allocationJson;
import static cn.gov.xinxiang.agri.funding.Fixtures.city;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Amendments (调整) of published plans: versions, the floors again, allocations against the planned use. */
@QuarkusTest
class AmendmentTest {

    /**
     * 1000 yuan: industry 700 (leading 400), infrastructure 200, employment 100; 原阳 600 split by use
     * (industry 400, infrastructure 150, employment 50), 延津 400 not split by use.
     */
    static String plan(int year) {
        return """
                {"fiscalYear": %d,
                 "sources": {"central": 1000.00, "provincial": 0, "city": 0, "county": 0},
                 "uses": {"industryDevelopment": 700.00, "leadingIndustry": 400.00, "infrastructure": 200.00, "employment": 100.00, "other": 0},
                 "countyShares": [
                   {"countyCode": "410725000000", "amount": 600.00,
                    "uses": {"industryDevelopment": 400.00, "infrastructure": 150.00, "employment": 50.00, "other": 0}},
                   {"countyCode": "410726000000", "amount": 400.00}]}
                """.formatted(year);
    }

    static String amendment(String industry, String leading, String infrastructure, String employment,
                            String yyIndustry, String yyInfrastructure, String yyEmployment, String yjAmount,
                            String reason, String justification) {
        String yy = new java.math.BigDecimal(yyIndustry).add(new java.math.BigDecimal(yyInfrastructure)).add(new java.math.BigDecimal(yyEmployment)).toPlainString();
        return """
                {"uses": {"industryDevelopment": %s, "leadingIndustry": %s, "infrastructure": %s, "employment": %s, "other": 0},
                 "countyShares": [
                   {"countyCode": "410725000000", "amount": %s,
                    "uses": {"industryDevelopment": %s, "infrastructure": %s, "employment": %s, "other": 0}},
                   {"countyCode": "410726000000", "amount": %s}],
                 "reason": "%s"%s}
                """.formatted(industry, leading, infrastructure, employment, yy, yyIndustry, yyInfrastructure, yyEmployment, yjAmount, reason,
                justification == null ? "" : ", \"justification\": \"" + justification + "\"");
    }

    static String etag(String id) {
        return given().header("Authorization", city()).get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
    }

    static String published(int year) {
        Fixtures.policy(year);
        String id = given().header("Authorization", city()).contentType(ContentType.JSON).body(plan(year)).post("/api/v1/plans")
                .then().statusCode(201).body("countyShares[0].uses.infrastructure", equalTo(150.00f)).body("countyShares[1].uses", nullValue())
                .body("planVersion", equalTo(0)).extract().path("id");
        given().header("Authorization", city()).header("If-Match", etag(id)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + id + "/publication").then().statusCode(200).body("planVersion", equalTo(1));
        return id;
    }

    static Response amend(String id, String etag, String body) {
        return given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + id + "/amendments");
    }

    static Response allocate(String token, String plan, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan + "/allocations");
    }

    @Test
    void anAmendmentBelowAFloorNeedsAJustificationAndEveryVersionStaysReadable() throws Exception {
        int year = Fixtures.freshYear();
        String id = published(year);
        String etag = etag(id);
        // 600 of 1000 to industry: 60% < 65%
        String below = amendment("600.00", "400.00", "300.00", "100.00", "300.00", "250.00", "50.00", "400.00", "洪灾后基础设施修复", null);
        amend(id, etag, below).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:below-floor-needs-justification"))
                .body("detail", containsString("60.0%")).body("detail", containsString("industry-share-floor"))
                .body("errors[0].field", equalTo("justification"));
        // stale or missing If-Match, county users, no reason
        given().header("Authorization", city()).contentType(ContentType.JSON).body(below).post("/api/v1/plans/" + id + "/amendments")
                .then().statusCode(428);
        amend(id, "\"999\"", below).then().statusCode(412);
        given().header("Authorization", bearer("county", Fixtures.YUANYANG)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(below.replace("}\n", ", \"justification\": \"县里同意\"}\n")).post("/api/v1/plans/" + id + "/amendments").then().statusCode(403);
        amend(id, etag, below.replace("洪灾后基础设施修复", " ")).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", city()).get("/api/v1/plans/" + id).then().body("planVersion", equalTo(1)).body("industryShare", equalTo("70.0%"));

        String justified = amendment("600.00", "400.00", "300.00", "100.00", "300.00", "250.00", "50.00", "400.00", "洪灾后基础设施修复",
                "经市政府常务会议研究同意，产业发展占比临时降至60%");
        Response amended = given().header("Authorization", "Bearer " + TestTokens.token("city-director", "city", Fixtures.CITY))
                .header("If-Match", etag).contentType(ContentType.JSON).body(justified).post("/api/v1/plans/" + id + "/amendments");
        amended.then().statusCode(201).header("Location", containsString("/api/v1/plans/" + id + "/versions/2"))
                .body("planVersion", equalTo(2)).body("industryShare", equalTo("60.0%")).body("belowFloor", equalTo(true))
                .body("justification", equalTo("经市政府常务会议研究同意，产业发展占比临时降至60%")).body("justifiedBy", equalTo("city-director"))
                .body("countyShares[0].uses.infrastructure", equalTo(250.00f));
        assertThat(amended.header("ETag")).isNotEqualTo(etag);
        // the same ETag again is stale: a second amendment must read the plan first
        amend(id, etag, justified).then().statusCode(412);

        given().header("Authorization", city()).get("/api/v1/plans/" + id + "/versions").then().statusCode(200)
                .body("total", equalTo(2)).body("items.version", contains(1, 2))
                .body("items[0].kind", equalTo("PUBLICATION")).body("items[0].industryShare", equalTo("70.0%")).body("items[0].breaches", hasSize(0))
                .body("items[0].current", equalTo(false)).body("items[0].countyShares[0].uses.infrastructure", equalTo(150.00f))
                .body("items[1].kind", equalTo("AMENDMENT")).body("items[1].reason", equalTo("洪灾后基础设施修复"))
                .body("items[1].breaches", contains("industry-share-floor")).body("items[1].madeBy", equalTo("city-director"))
                .body("items[1].current", equalTo(true));
        given().header("Authorization", city()).get("/api/v1/plans/" + id + "/versions/1").then().statusCode(200)
                .body("uses.industryDevelopment", equalTo(700.00f)).body("justification", nullValue());
        // a county user reads the versions with its own county's share only
        given().header("Authorization", bearer("county", Fixtures.YANJIN)).get("/api/v1/plans/" + id + "/versions/2").then().statusCode(200)
                .body("countyShares", hasSize(1)).body("countyShares[0].countyCode", equalTo(Fixtures.YANJIN));
        given().header("Authorization", city()).get("/api/v1/plans/" + id + "/versions/3").then().statusCode(404);

        // back above the floors: the new version needs no justification and the plan's justification is cleared
        String again = amend(id, etag(id), amendment("700.00", "400.00", "200.00", "100.00", "400.00", "150.00", "50.00", "400.00",
                "灾后修复资金到位，恢复原计划", null)).then().statusCode(201).body("planVersion", equalTo(3)).body("belowFloor", equalTo(false))
                .body("justification", nullValue()).extract().header("ETag");
        // an amendment that changes nothing is refused
        amend(id, again, amendment("700.00", "400.00", "200.00", "100.00", "400.00", "150.00", "50.00", "400.00", "再次提交", null))
                .then().statusCode(422).body("type", equalTo("urn:agri:problem:amendment-changes-nothing"));

        var records = KafkaTestClient.readUntil(EventTypes.topicOf(FundingEvents.AGGREGATE),
                rs -> rs.stream().filter(r -> id.equals(r.key())).count() >= 3, Duration.ofSeconds(30));
        var events = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(Fixtures.MAPPER, r.value())).toList();
        assertThat(events).extracting(CloudEvent::type)
                .containsExactly(FundingEvents.PLAN_PUBLISHED_V1, FundingEvents.PLAN_AMENDED_V1, FundingEvents.PLAN_AMENDED_V1);
        CloudEvent second = events.get(1);
        assertThat(ContractSchemas.violations(second.type(), second.data())).isEmpty();
        assertThat(ContractSchemas.violations(events.get(2).type(), events.get(2).data())).isEmpty();
        assertThat(second.data().get("version").asInt()).isEqualTo(2);
        assertThat(second.data().get("breaches").get(0).asText()).isEqualTo("industry-share-floor");
        assertThat(second.data().get("industryDevelopment").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(second.data().get("countyShares").get(0).get("uses").get("infrastructure").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(second.data().get("countyShares").get(1).get("uses").isNull()).isTrue();
        assertThat(events.get(2).data().get("justification").isNull()).isTrue();
    }

    @Test
    void allocationsStayWithinThePlannedUseAndAnAmendmentCannotCutBelowThem() {
        int year = Fixtures.freshYear();
        String id = published(year);
        String yyProject = Fixtures.admitted(Fixtures.YY_VILLAGE, false);
        String yjProject = Fixtures.admitted(Fixtures.YJ_VILLAGE, false);
        String yy = bearer("county", Fixtures.YUANYANG);
        String yj = bearer("county", Fixtures.YANJIN);
        // 原阳 plans 150 for infrastructure: 151 is refused although its share has 600 of headroom
        allocate(yy, id, allocationJson(yyProject, "INFRASTRUCTURE", "ROADS", "151.00")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:exceeds-planned-use"))
                .body("detail", containsString("150.00")).body("errors.field", hasItem("amount"));
        String roads = allocate(yy, id, allocationJson(yyProject, "INFRASTRUCTURE", "ROADS", "150.00")).then().statusCode(201).extract().path("id");
        allocate(yy, id, allocationJson(yyProject, "INFRASTRUCTURE", "ROADS", "0.01")).then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:exceeds-planned-use"));
        // 延津 is not split by use: the plan's own 200 for infrastructure binds (150 already taken by 原阳)
        allocate(yj, id, allocationJson(yjProject, "INFRASTRUCTURE", "ROADS", "50.01")).then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:exceeds-planned-use")).body("detail", containsString("200.00"));
        allocate(yj, id, allocationJson(yjProject, "INFRASTRUCTURE", "ROADS", "50.00")).then().statusCode(201);
        // nothing planned for "other"
        allocate(yj, id, allocationJson(yjProject, "OTHER", "TRAINING", "1.00")).then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:exceeds-planned-use"));
        String plant = allocate(yy, id, allocationJson(yyProject, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "300.00"))
                .then().statusCode(201).extract().path("id");

        // cutting 原阳's infrastructure below its 150 allocation is refused, naming the allocation
        amend(id, etag(id), amendment("700.00", "400.00", "200.00", "100.00", "450.00", "100.00", "50.00", "400.00", "调减原阳基础设施", null))
                .then().statusCode(422).body("type", equalTo("urn:agri:problem:amendment-below-allocations"))
                .body("errors[0].field", equalTo("countyShares[0].uses.infrastructure"))
                .body("errors[0].message", containsString(roads)).body("detail", containsString(roads));
        // cutting the plan's industry below what is allocated to it (300) is refused too
        amend(id, etag(id), amendment("250.00", "200.00", "650.00", "100.00", "250.00", "300.00", "50.00", "400.00", "调减产业", "同意"))
                .then().statusCode(422).body("type", equalTo("urn:agri:problem:amendment-below-allocations"))
                .body("errors.field", hasItem("countyShares[0].uses.industryDevelopment")).body("detail", containsString(plant));
        // moving 原阳's unused employment money to infrastructure is fine, and then it can be allocated
        amend(id, etag(id), amendment("700.00", "400.00", "250.00", "50.00", "400.00", "200.00", "0", "400.00", "原阳就业资金调整至基础设施", null))
                .then().statusCode(201).body("planVersion", equalTo(2));
        allocate(yy, id, allocationJson(yyProject, "INFRASTRUCTURE", "ROADS", "50.00")).then().statusCode(201);
        allocate(yy, id, allocationJson(yyProject, "EMPLOYMENT", "WAGES_FOR_WORK", "0.01")).then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:exceeds-planned-use"));
        // a draft is changed with PUT, not amended
        int draftYear = Fixtures.freshYear();
        Fixtures.policy(draftYear);
        String draft = given().header("Authorization", city()).contentType(ContentType.JSON).body(plan(draftYear)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        amend(draft, etag(draft), amendment("700.00", "400.00", "200.00", "100.00", "400.00", "150.00", "50.00", "400.00", "x", null))
                .then().statusCode(409).body("type", equalTo("urn:agri:problem:plan-not-published"));
        given().header("Authorization", city()).get("/api/v1/plans/" + draft + "/versions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theNegativeListIsCheckedAgainOnEachAmendment() {
        int year = Fixtures.freshYear();
        String id = published(year);
        String yjProject = Fixtures.admitted(Fixtures.YJ_VILLAGE, false);
        allocate(bearer("county", Fixtures.YANJIN), id, allocationJson(yjProject, "EMPLOYMENT", "LABOUR_SERVICE_STATIONS", "20.00")).then().statusCode(201);
        // the city puts that purpose on the year's negative list afterwards
        String policyEtag = given().header("Authorization", city()).get("/api/v1/policy-parameters/" + year).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", city()).header("If-Match", policyEtag).contentType(ContentType.JSON)
                .body(Fixtures.policyJson("0.65", "0.5").replace("{\"code\": \"VEHICLES\"",
                        "{\"code\": \"LABOUR_SERVICE_STATIONS\", \"label\": \"劳务工作站运行经费\", \"sourceDocument\": \"测试文件\"}, {\"code\": \"VEHICLES\""))
                .put("/api/v1/policy-parameters/" + year).then().statusCode(200);
        String body = amendment("700.00", "400.00", "150.00", "150.00", "400.00", "100.00", "100.00", "400.00", "原阳就业资金增加", null);
        amend(id, etag(id), body).then().statusCode(422).body("type", equalTo("urn:agri:problem:below-floor-needs-justification"))
                .body("detail", containsString("negative-list")).body("errors[0].field", equalTo("justification"));
        amend(id, etag(id), body.replace("\"reason\"", "\"justification\": \"该笔资金已拨付，正在收回\", \"reason\"")).then().statusCode(201);
        given().header("Authorization", city()).get("/api/v1/plans/" + id + "/versions/2").then().body("breaches", contains("negative-list"))
                .body("justification", equalTo("该笔资金已拨付，正在收回"));
    }
}
