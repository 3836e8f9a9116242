package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.funding.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static cn.gov.xinxiang.agri.funding.Fixtures.allocationJson;
import static cn.gov.xinxiang.agri.funding.Fixtures.city;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static cn.gov.xinxiang.agri.testing.TestTokens.service;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Service accounts (other government systems) do what their token's scopes name and nothing else. */
@QuarkusTest
class ServiceScopeTest {

    /** 原阳县财政局's payment system, as the example integration in the README. */
    static final String FINANCE = "Bearer " + service("finance-yuanyang", Fixtures.YUANYANG, "funding:disbursements:write funding:read");

    static io.restassured.response.Response disburse(String token, String allocation, String amount) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"amount\": %s, \"disbursedOn\": \"2024-05-20\", \"voucherNo\": \"原财拨〔2024〕37号\"}".formatted(amount))
                .post("/api/v1/allocations/" + allocation + "/disbursements");
    }

    @Test
    void aFinanceSystemRecordsDisbursementsButCannotPlanOrAllocate() {
        int year = Fixtures.freshYear();
        String plan = Fixtures.publishedPlan(year, "1000.00", "500.00");
        String project = Fixtures.admitted(Fixtures.YY_VILLAGE, false);
        String yanjinProject = Fixtures.admitted(Fixtures.YJ_VILLAGE, false);
        String allocation = given().header("Authorization", bearer("county", Fixtures.YUANYANG)).contentType(ContentType.JSON)
                .body(allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "400.00"))
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(201).extract().path("id");
        String yanjinAllocation = given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(allocationJson(yanjinProject, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "100.00"))
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(201).extract().path("id");

        // the finance system records a disbursement, under its own name, within the allocation
        disburse(FINANCE, allocation, "250.00").then().statusCode(201).body("recordedBy", equalTo("finance-yuanyang"));
        disburse(FINANCE, allocation, "150.01").then().statusCode(422).body("type", equalTo("urn:agri:problem:exceeds-allocation"));
        // and reads (funding:read), only within its county: 延津's allocation does not exist for it
        given().header("Authorization", FINANCE).get("/api/v1/allocations/" + allocation).then().statusCode(200).body("disbursed", equalTo(250.00f));
        disburse(FINANCE, yanjinAllocation, "1.00").then().statusCode(404);

        // it cannot create a plan, allocate or revoke: 403 naming the scope it lacks
        given().header("Authorization", FINANCE).contentType(ContentType.JSON)
                .body(Fixtures.planJson(Fixtures.freshYear(), "1000.00", "700.00", "400.00", "300.00", "500.00", "500.00"))
                .post("/api/v1/plans").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:missing-scope"))
                .body("detail", containsString("funding:plans:write"))
                .body("errors[0].field", equalTo("scope")).body("errors[0].message", equalTo("缺少 funding:plans:write"));
        // in English where asked
        given().header("Authorization", FINANCE).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Fixtures.planJson(Fixtures.freshYear(), "1000.00", "700.00", "400.00", "300.00", "500.00", "500.00"))
                .post("/api/v1/plans").then().statusCode(403).body("type", equalTo("urn:agri:problem:missing-scope"))
                .body("detail", equalTo("this operation needs scope funding:plans:write, which the service token does not carry "
                        + "(it carries funding:disbursements:write funding:read)"))
                .body("errors[0].message", equalTo("missing funding:plans:write"));
        given().header("Authorization", FINANCE).contentType(ContentType.JSON)
                .body(allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1.00"))
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(403)
                .body("type", equalTo("urn:agri:problem:missing-scope")).body("errors[0].message", equalTo("缺少 funding:allocations:write"));
        given().header("Authorization", FINANCE).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/api/v1/allocations/" + allocation + "/revocation").then().statusCode(403)
                .body("errors[0].message", equalTo("缺少 funding:allocations:write"));
        // nor change policy, which no scope opens
        given().header("Authorization", FINANCE).contentType(ContentType.JSON).body(Fixtures.policyJson("0.65", "0.5"))
                .put("/api/v1/policy-parameters/" + year).then().statusCode(403).body("type", equalTo("urn:agri:problem:forbidden"));
        // nothing else was recorded
        given().header("Authorization", city()).get("/api/v1/allocations/" + allocation + "/disbursements").then().body("size()", equalTo(1));
    }

    @Test
    void aServiceTokenWithoutTheScopeIsRefusedAndHumanRolesAreUnaffected() {
        int year = Fixtures.freshYear();
        String plan = Fixtures.publishedPlan(year, "1000.00", "500.00");
        String project = Fixtures.admitted(Fixtures.YY_VILLAGE, false);
        String allocation = given().header("Authorization", bearer("county", Fixtures.YUANYANG)).contentType(ContentType.JSON)
                .body(allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "400.00"))
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(201).extract().path("id");
        // no scope claim at all: not even reads
        String bare = "Bearer " + service("bare-system", Fixtures.YUANYANG, null);
        disburse(bare, allocation, "1.00").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:missing-scope")).body("detail", containsString("(none)"))
                .body("errors[0].message", equalTo("缺少 funding:disbursements:write"));
        given().header("Authorization", bare).get("/api/v1/plans/" + plan).then().statusCode(403)
                .body("errors[0].message", equalTo("缺少 funding:read"));
        // a read scope opens no write; another service's scope opens nothing here
        disburse("Bearer " + service("reader", Fixtures.YUANYANG, "funding:read"), allocation, "1.00").then().statusCode(403)
                .body("errors[0].message", equalTo("缺少 funding:disbursements:write"));
        given().header("Authorization", "Bearer " + service("project-reader", Fixtures.YUANYANG, "project:read"))
                .get("/api/v1/plans/" + plan).then().statusCode(403);
        // a scope is not a role: a county-level system with the plans scope still may not draw up the city's plan
        given().header("Authorization", "Bearer " + service("county-planner", Fixtures.YUANYANG, "funding:plans:write")).contentType(ContentType.JSON)
                .body(Fixtures.planJson(Fixtures.freshYear(), "1000.00", "700.00", "400.00", "300.00", "500.00", "500.00"))
                .post("/api/v1/plans").then().statusCode(403).body("type", equalTo("urn:agri:problem:forbidden"))
                .body("detail", containsString("市级单位"));
        // human roles carry no scope and need none
        disburse(bearer("county", Fixtures.YUANYANG), allocation, "100.00").then().statusCode(201);
        given().header("Authorization", bearer("auditor", Fixtures.CITY)).get("/api/v1/plans/" + plan).then().statusCode(200);
    }
}
