package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.funding.Fixtures;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.gov.xinxiang.agri.funding.Fixtures.allocationJson;
import static cn.gov.xinxiang.agri.funding.Fixtures.city;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AllocationTest {

    static String yuanyang() {
        return bearer("county", Fixtures.YUANYANG);
    }

    static io.restassured.response.Response allocate(String token, String planId, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + planId + "/allocations");
    }

    /** 原阳's headroom in the year's plan, exactly. */
    static java.math.BigDecimal headroom(int year) {
        return Fixtures.json(given().header("Authorization", yuanyang()).get("/api/v1/compliance/" + year).then().statusCode(200)
                .extract().asString()).at("/counties/0/headroom").decimalValue();
    }

    @Test
    void aCountyAllocatesToALibraryProjectWithTheProjectsLeadingFlagAndAnEvent() throws Exception {
        int year = Fixtures.freshYear();
        String plan = Fixtures.publishedPlan(year, "1000000.00", "500000.00");
        String project = Fixtures.admitted(Fixtures.YY_VILLAGE, true);

        String id = allocate(yuanyang(), plan, allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "400000.00"))
                .then().statusCode(201).header("Location", containsString("/api/v1/allocations/"))
                .body("leadingIndustry", equalTo(true)).body("amount", equalTo(400000.00f)).body("useLabel", equalTo("产业发展"))
                .body("countyName", equalTo("原阳县")).body("status", equalTo("ACTIVE")).body("executionRate", equalTo("0.0%"))
                .extract().path("id");
        assertThat(headroom(year)).isEqualByComparingTo("600000.00");
        given().header("Authorization", city()).get("/api/v1/compliance/" + year).then()
                .body("allocatedTotal", equalTo(400000.00f))
                .body("allocated.industryShare.display", equalTo("100.0%"))
                .body("allocated.leadingShare.display", equalTo("100.0%"))
                .body("planHeadroom", equalTo(1100000.00f));

        // Readable in the project's region, 404 elsewhere, even by id.
        given().header("Authorization", bearer("village", Fixtures.YY_VILLAGE)).get("/api/v1/allocations/" + id).then().statusCode(200);
        given().header("Authorization", bearer("township", Fixtures.YY_TOWNSHIP)).get("/api/v1/allocations?fiscalYear=" + year)
                .then().statusCode(200).body("items.id", hasItem(id)).body("total", equalTo(1));
        given().header("Authorization", bearer("county", Fixtures.YANJIN)).get("/api/v1/allocations/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer("village", Fixtures.YJ_VILLAGE)).get("/api/v1/allocations?fiscalYear=" + year)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        // The list's text filters: by county and status; a malformed one is a 400 naming it (not JAX-RS's 404).
        given().header("Authorization", city()).get("/api/v1/allocations?fiscalYear=" + year + "&countyCode=" + Fixtures.YUANYANG + "&status=ACTIVE")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", city()).get("/api/v1/allocations?fiscalYear=" + year + "&status=REVOKED")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", city()).get("/api/v1/allocations?status=LOST").then().statusCode(400)
                .body("type", equalTo("urn:agri:problem:validation")).body("errors[0].field", equalTo("status"));

        var records = KafkaTestClient.readUntil(EventTypes.topicOf(FundingEvents.AGGREGATE),
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        CloudEvent event = CloudEvent.parse(Fixtures.MAPPER, records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value());
        assertThat(event.type()).isEqualTo(FundingEvents.ALLOCATION_MADE_V1);
        assertThat(ContractSchemas.violations(event.type(), event.data())).isEmpty();
        assertThat(event.data().get("projectId").asText()).isEqualTo(project);
        assertThat(event.data().get("leadingIndustry").asBoolean()).isTrue();
        assertThat(event.data().get("amount").decimalValue()).isEqualByComparingTo("400000.00");
    }

    @Test
    void refusedAllocationsArePreciseProblemsAndTakeNoHeadroom() {
        int year = Fixtures.freshYear();
        String plan = Fixtures.publishedPlan(year, "1000000.00", "500000.00", "0", "500000.00");
        String project = Fixtures.admitted(Fixtures.YY_VILLAGE, false);
        String yanjinProject = Fixtures.admitted(Fixtures.YJ_VILLAGE, false);

        // not in the library (never admitted), or in another county's library
        allocate(yuanyang(), plan, allocationJson(UUID.randomUUID().toString(), "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1.00"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:project-not-in-library")).body("errors[0].field", equalTo("projectId"));
        allocate(yuanyang(), plan, allocationJson(yanjinProject, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1.00"))
                .then().statusCode(422).body("type", equalTo("urn:agri:problem:project-not-in-library"));
        // negative list
        allocate(yuanyang(), plan, allocationJson(project, "OTHER", "VEHICLES", "1.00"))
                .then().statusCode(422).body("type", equalTo("urn:agri:problem:negative-list-use"))
                .body("detail", containsString("购置交通工具")).body("errors[0].field", equalTo("purposeCode"));
        // beyond the county share
        allocate(yuanyang(), plan, allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1000000.01"))
                .then().statusCode(422).body("type", equalTo("urn:agri:problem:exceeds-county-headroom"))
                .body("detail", containsString("1000000.00"));
        // bad input
        allocate(yuanyang(), plan, "{\"projectId\": \"x\", \"use\": \"INDUSTRY_DEVELOPMENT\", \"purposeCode\": \"P\", \"amount\": 1}")
                .then().statusCode(400).body("type", equalTo("urn:agri:problem:malformed-json")).body("errors[0].field", equalTo("projectId"));
        allocate(yuanyang(), plan, allocationJson(project, "MINING", "PRODUCTION_FACILITIES", "1.00"))
                .then().statusCode(400).body("errors[0].field", equalTo("use"));
        allocate(yuanyang(), plan, "{\"projectId\": \"" + project + "\", \"purposeCode\": \"lower\", \"amount\": 0.001}")
                .then().statusCode(400).body("type", equalTo("urn:agri:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("amount", "purposeCode", "use"));
        allocate(yuanyang(), plan, allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "0"))
                .then().statusCode(400).body("errors[0].field", equalTo("amount"));
        // wrong roles
        allocate(bearer("village", Fixtures.YY_VILLAGE), plan, allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1.00"))
                .then().statusCode(403);
        allocate(bearer("auditor", Fixtures.CITY), plan, allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1.00"))
                .then().statusCode(403);
        allocate(bearer("township", Fixtures.YY_TOWNSHIP), plan, allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1.00"))
                .then().statusCode(403);
        // unknown plan
        allocate(yuanyang(), UUID.randomUUID().toString(), allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1.00"))
                .then().statusCode(404);
        // nothing was taken, nothing stored
        assertThat(headroom(year)).isEqualByComparingTo("1000000.00");
        given().header("Authorization", city()).get("/api/v1/allocations?fiscalYear=" + year).then().body("total", equalTo(0));

        // a draft plan allocates nothing
        int draftYear = Fixtures.freshYear();
        Fixtures.policy(draftYear);
        String draft = given().header("Authorization", city()).contentType(ContentType.JSON)
                .body(Fixtures.planJson(draftYear, "1000.00", "1000.00", "1000.00", "0", "500.00", "500.00"))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        allocate(yuanyang(), draft, allocationJson(project, "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", "1.00"))
                .then().statusCode(409).body("type", equalTo("urn:agri:problem:plan-not-published"));

        // a city user may allocate to any county's library project
        allocate(city(), plan, allocationJson(yanjinProject, "EMPLOYMENT", "WAGES_FOR_WORK", "500000.00")).then().statusCode(201);
        allocate(city(), plan, allocationJson(yanjinProject, "EMPLOYMENT", "WAGES_FOR_WORK", "0.01")).then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:exceeds-county-headroom"));
    }

    @Test
    void twoParallelAllocationsThatTogetherExceedHeadroomLeaveExactlyOneAccepted() throws Exception {
        int year = Fixtures.freshYear();
        String plan = Fixtures.publishedPlan(year, "1000000.00", "500000.00");
        String p1 = Fixtures.admitted(Fixtures.YY_VILLAGE, false);
        String p2 = Fixtures.admitted("410725901202", true);
        // Several rounds: each pair together needs 1.2x the remaining headroom.
        String[][] rounds = {{"600000.00", "600000.00"}, {"300000.00", "200000.01"}};
        String token = yuanyang();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            java.math.BigDecimal expectedHeadroom = new java.math.BigDecimal("1000000.00");
            for (String[] round : rounds) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<io.restassured.response.Response>> results = new ArrayList<>();
                String[] projects = {p1, p2};
                for (int i = 0; i < 2; i++) {
                    String body = allocationJson(projects[i], "INDUSTRY_DEVELOPMENT", "PRODUCTION_FACILITIES", round[i]);
                    Callable<io.restassured.response.Response> call = () -> {
                        start.await();
                        return allocate(token, plan, body);
                    };
                    results.add(pool.submit(call));
                }
                List<Integer> statuses = new ArrayList<>();
                java.math.BigDecimal taken = java.math.BigDecimal.ZERO;
                for (int i = 0; i < 2; i++) {
                    var r = results.get(i).get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 201) {
                        taken = taken.add(new java.math.BigDecimal(round[i]));
                    } else {
                        assertThat(r.jsonPath().getString("type")).isEqualTo("urn:agri:problem:exceeds-county-headroom");
                    }
                }
                assertThat(statuses).containsExactlyInAnyOrder(201, 422);
                expectedHeadroom = expectedHeadroom.subtract(taken);
                assertThat(headroom(year)).isEqualByComparingTo(expectedHeadroom);
            }
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", city()).get("/api/v1/allocations?fiscalYear=" + year).then().body("total", equalTo(2));
    }

    @Test
    void aReplayedAllocationPostAllocatesOnce() {
        int year = Fixtures.freshYear();
        String plan = Fixtures.publishedPlan(year, "1000.00", "500.00", "300.00", "0");
        String project = Fixtures.admitted(Fixtures.YY_VILLAGE, false);
        String key = UUID.randomUUID().toString();
        String body = allocationJson(project, "INFRASTRUCTURE", "ROADS", "300.00");
        String first = given().header("Authorization", yuanyang()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(201).extract().path("id");
        String second = given().header("Authorization", yuanyang()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(headroom(year)).isEqualByComparingTo("700.00");
        given().header("Authorization", yuanyang()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(allocationJson(project, "INFRASTRUCTURE", "ROADS", "301.00"))
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:idempotency-key-reused"));
    }
}
