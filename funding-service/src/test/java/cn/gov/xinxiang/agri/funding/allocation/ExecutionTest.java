package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.funding.Fixtures;
import cn.gov.xinxiang.agri.funding.summary.SummaryXlsx;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static cn.gov.xinxiang.agri.funding.Fixtures.allocationJson;
import static cn.gov.xinxiang.agri.funding.Fixtures.city;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ExecutionTest {

    static final String YY = bearer("county", Fixtures.YUANYANG);

    static String allocate(String token, String plan, String project, String use, String amount) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(allocationJson(project, use, "PRODUCTION_FACILITIES", amount))
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.Response disburse(String token, String allocation, String amount, String date) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"amount\": %s, \"disbursedOn\": \"%s\", \"voucherNo\": \"原财拨〔2024〕1号\"}".formatted(amount, date))
                .post("/api/v1/allocations/" + allocation + "/disbursements");
    }

    static io.restassured.response.Response spend(String token, String allocation, String amount) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"amount\": %s, \"spentOn\": \"2024-06-03\", \"description\": \"冷库设备采购\"}".formatted(amount))
                .post("/api/v1/allocations/" + allocation + "/expenditures");
    }

    static BigDecimal dec(JsonNode n, String pointer) {
        return n.at(pointer).decimalValue();
    }

    @Test
    void disbursementAndExpenditureStayWithinTheAllocationRevocationReturnsMoneyAndRatesAddUpAcrossTiers() throws Exception {
        int year = Fixtures.freshYear();
        String plan = Fixtures.publishedPlan(year, "1000.00", "500.00", "200.00", "0");
        String a = Fixtures.admitted(Fixtures.YY_VILLAGE, true);
        String b = Fixtures.admitted("410725902201", false);
        String c = Fixtures.admitted(Fixtures.YJ_VILLAGE, false);
        String allocA = allocate(YY, plan, a, "INDUSTRY_DEVELOPMENT", "400.00");
        String allocB = allocate(YY, plan, b, "INFRASTRUCTURE", "200.00");
        String allocC = allocate(city(), plan, c, "INDUSTRY_DEVELOPMENT", "300.00");

        // Disbursement: never beyond the allocation.
        disburse(YY, allocA, "250.00", "2024-05-20").then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/disbursements/"));
        disburse(YY, allocA, "150.00", "2024-05-21").then().statusCode(201);
        disburse(YY, allocA, "0.01", "2024-05-22").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:exceeds-allocation")).body("errors[0].field", equalTo("amount"));
        disburse(YY, allocB, "100.00", "2024-05-20").then().statusCode(201);
        disburse(city(), allocC, "300.00", "2024-05-20").then().statusCode(201);
        // wrong role, wrong region, bad input
        disburse(bearer("village", Fixtures.YY_VILLAGE), allocA, "1.00", "2024-05-20").then().statusCode(403);
        disburse(bearer("county", Fixtures.YANJIN), allocA, "1.00", "2024-05-20").then().statusCode(404);
        disburse(YY, allocB, "1.00", LocalDate.now().plusDays(3).toString()).then().statusCode(400).body("errors[0].field", equalTo("disbursedOn"));
        given().header("Authorization", YY).contentType(ContentType.JSON).body("{\"amount\": -5, \"disbursedOn\": \"20-05-2024\"}")
                .post("/api/v1/allocations/" + allocB + "/disbursements").then().statusCode(400)
                .body("errors[0].field", equalTo("disbursedOn"));
        given().header("Authorization", YY).contentType(ContentType.JSON).body("{\"amount\": -5}")
                .post("/api/v1/allocations/" + allocB + "/disbursements").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("amount", "disbursedOn"));

        // Expenditure: never beyond what was disbursed. The village spends on its own project.
        spend(bearer("village", Fixtures.YY_VILLAGE), allocA, "100.00").then().statusCode(201);
        spend(YY, allocA, "300.01").then().statusCode(422).body("type", equalTo("urn:agri:problem:exceeds-disbursed"));
        spend(bearer("village", Fixtures.YY_VILLAGE), allocC, "1.00").then().statusCode(404);
        spend(bearer("auditor", Fixtures.CITY), allocC, "1.00").then().statusCode(403);
        spend(bearer("county", Fixtures.YANJIN), allocC, "150.00").then().statusCode(201);
        given().header("Authorization", YY).get("/api/v1/allocations/" + allocA + "/disbursements").then().statusCode(200)
                .body("size()", equalTo(2));
        given().header("Authorization", YY).get("/api/v1/allocations/" + allocA + "/expenditures").then().statusCode(200)
                .body("[0].description", equalTo("冷库设备采购"));
        given().header("Authorization", YY).get("/api/v1/allocations/" + allocA).then()
                .body("disbursed", equalTo(400.00f)).body("expended", equalTo(100.00f))
                .body("disbursementRate", equalTo("100.0%")).body("executionRate", equalTo("25.0%"));

        // Revocation: needs If-Match and a reason; what was not disbursed returns to the county's headroom.
        String etag = given().header("Authorization", YY).get("/api/v1/allocations/" + allocB).header("ETag");
        given().header("Authorization", YY).contentType(ContentType.JSON).body("{\"reason\": \"未按期开工\"}")
                .post("/api/v1/allocations/" + allocB + "/revocation").then().statusCode(428);
        given().header("Authorization", YY).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"reason\": \"未按期开工\"}")
                .post("/api/v1/allocations/" + allocB + "/revocation").then().statusCode(412);
        given().header("Authorization", YY).header("If-Match", etag).contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .post("/api/v1/allocations/" + allocB + "/revocation").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", bearer("village", "410725902201")).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"reason\": \"x\"}").post("/api/v1/allocations/" + allocB + "/revocation").then().statusCode(403);
        String revokedTag = given().header("Authorization", YY).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"reason\": \"项目未按期开工，收回未拨付资金\"}")
                .post("/api/v1/allocations/" + allocB + "/revocation").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("amount", equalTo(100.00f)).body("revokedAmount", equalTo(100.00f))
                .body("originalAmount", equalTo(200.00f)).extract().header("ETag");
        given().header("Authorization", YY).header("If-Match", revokedTag).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .post("/api/v1/allocations/" + allocB + "/revocation").then().statusCode(409);
        disburse(YY, allocB, "1.00", "2024-05-20").then().statusCode(409).body("type", equalTo("urn:agri:problem:allocation-revoked"));
        JsonNode compliance = Fixtures.json(given().header("Authorization", YY).get("/api/v1/compliance/" + year).asString());
        assertThat(dec(compliance, "/counties/0/allocated")).isEqualByComparingTo("500.00");
        assertThat(dec(compliance, "/counties/0/headroom")).isEqualByComparingTo("500.00");

        // Summaries: projects add up to counties, counties to the city; rates come from the sums.
        JsonNode s = Fixtures.json(given().header("Authorization", city()).get("/api/v1/summaries?fiscalYear=" + year)
                .then().statusCode(200).extract().asString());
        assertThat(dec(s, "/totals/allocated")).isEqualByComparingTo("800.00");
        assertThat(dec(s, "/totals/disbursed")).isEqualByComparingTo("800.00");
        assertThat(dec(s, "/totals/expended")).isEqualByComparingTo("250.00");
        assertThat(dec(s, "/totals/industryDevelopment")).isEqualByComparingTo("700.00");
        assertThat(dec(s, "/totals/leadingIndustry")).isEqualByComparingTo("400.00");
        assertThat(s.at("/totals/executionRate").asText()).isEqualTo("31.3%");
        assertThat(s.at("/totals/disbursementRate").asText()).isEqualTo("100.0%");
        BigDecimal countyAllocated = BigDecimal.ZERO;
        BigDecimal countyExpended = BigDecimal.ZERO;
        for (JsonNode county : s.get("counties")) {
            BigDecimal projAllocated = BigDecimal.ZERO;
            BigDecimal projExpended = BigDecimal.ZERO;
            for (JsonNode p : county.get("projects")) {
                projAllocated = projAllocated.add(dec(p, "/figures/allocated"));
                projExpended = projExpended.add(dec(p, "/figures/expended"));
            }
            assertThat(dec(county, "/figures/allocated")).isEqualByComparingTo(projAllocated);
            assertThat(dec(county, "/figures/expended")).isEqualByComparingTo(projExpended);
            countyAllocated = countyAllocated.add(dec(county, "/figures/allocated"));
            countyExpended = countyExpended.add(dec(county, "/figures/expended"));
        }
        assertThat(countyAllocated).isEqualByComparingTo("800.00");
        assertThat(countyExpended).isEqualByComparingTo("250.00");
        assertThat(s.at("/counties/0/countyName").asText()).isEqualTo("原阳县");
        assertThat(s.at("/counties/0/figures/executionRate").asText()).isEqualTo("20.0%");
        assertThat(dec(s, "/counties/0/share")).isEqualByComparingTo("1000.00");
        assertThat(s.at("/counties/1/figures/executionRate").asText()).isEqualTo("50.0%");

        // A county sees its own subtree only; other regions are 404, malformed ones 400.
        given().header("Authorization", YY).get("/api/v1/summaries?fiscalYear=" + year).then().statusCode(200)
                .body("counties.size()", equalTo(1)).body("totals.allocated", equalTo(500.00f));
        given().header("Authorization", YY).get("/api/v1/summaries?fiscalYear=" + year + "&region=" + Fixtures.YANJIN).then().statusCode(404);
        given().header("Authorization", city()).get("/api/v1/summaries?fiscalYear=" + year + "&region=4107").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().header("Authorization", city()).get("/api/v1/summaries").then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().header("Authorization", bearer("township", Fixtures.YY_TOWNSHIP)).get("/api/v1/summaries?fiscalYear=" + year)
                .then().statusCode(200).body("totals.allocated", equalTo(400.00f));

        // XLSX: opens with POI, the total row matches the JSON totals.
        byte[] xlsx = given().header("Authorization", city()).get("/api/v1/summaries/xlsx?fiscalYear=" + year)
                .then().statusCode(200).contentType(SummaryXlsx.MEDIA_TYPE).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row total = null;
            int subtotals = 0;
            int projects = 0;
            for (Row row : sheet) {
                if (row.getRowNum() < 2) {
                    continue;
                }
                String first = row.getCell(0).getStringCellValue();
                if (SummaryXlsx.TOTAL.equals(first)) {
                    total = row;
                } else if (SummaryXlsx.SUBTOTAL.equals(row.getCell(1).getStringCellValue())) {
                    subtotals++;
                } else {
                    projects++;
                }
            }
            assertThat(total).isNotNull();
            assertThat(subtotals).isEqualTo(2);
            assertThat(projects).isEqualTo(3);
            assertThat(BigDecimal.valueOf(total.getCell(4).getNumericCellValue())).isEqualByComparingTo("800.00");
            assertThat(BigDecimal.valueOf(total.getCell(7).getNumericCellValue())).isEqualByComparingTo("800.00");
            assertThat(BigDecimal.valueOf(total.getCell(8).getNumericCellValue())).isEqualByComparingTo("250.00");
            assertThat(total.getCell(10).getStringCellValue()).isEqualTo("31.3%");
        }

        // Events: disbursement, expenditure and revocation, each matching its schema, keyed by the allocation.
        var records = KafkaTestClient.readUntil(EventTypes.topicOf(FundingEvents.AGGREGATE),
                rs -> rs.stream().filter(r -> allocB.equals(r.key())).count() >= 3, Duration.ofSeconds(30));
        List<CloudEvent> events = records.stream().filter(r -> allocB.equals(r.key()) || allocA.equals(r.key()))
                .map(r -> CloudEvent.parse(Fixtures.MAPPER, r.value())).toList();
        for (CloudEvent e : events) {
            assertThat(ContractSchemas.violations(e.type(), e.data())).as(e.type()).isEmpty();
        }
        assertThat(events).extracting(CloudEvent::type).contains(FundingEvents.ALLOCATION_MADE_V1, FundingEvents.DISBURSEMENT_MADE_V1,
                FundingEvents.EXPENDITURE_RECORDED_V1, FundingEvents.ALLOCATION_REVOKED_V1);
        CloudEvent revoked = events.stream().filter(e -> e.type().equals(FundingEvents.ALLOCATION_REVOKED_V1)).findFirst().orElseThrow();
        assertThat(revoked.data().get("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(revoked.data().get("reason").asText()).isEqualTo("项目未按期开工，收回未拨付资金");
    }

    @Test
    void parallelDisbursementsNeverExceedTheAllocationAndAReplayedOneCountsOnce() throws Exception {
        int year = Fixtures.freshYear();
        String plan = Fixtures.publishedPlan(year, "1000.00", "500.00");
        String project = Fixtures.admitted(Fixtures.YY_VILLAGE, false);
        String alloc = allocate(YY, plan, project, "INDUSTRY_DEVELOPMENT", "100.00");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (String amount : new String[]{"60.00", "70.00"}) {
                results.add(pool.submit(() -> {
                    start.await();
                    return disburse(YY, alloc, amount, "2024-05-20").statusCode();
                }));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        } finally {
            pool.shutdownNow();
        }
        BigDecimal disbursed = dec(Fixtures.json(given().header("Authorization", YY).get("/api/v1/allocations/" + alloc).asString()), "/disbursed");
        assertThat(disbursed.compareTo(new BigDecimal("60")) == 0 || disbursed.compareTo(new BigDecimal("70")) == 0).as("disbursed %s", disbursed).isTrue();

        String key = java.util.UUID.randomUUID().toString();
        String body = "{\"amount\": 10.00, \"disbursedOn\": \"2024-05-21\"}";
        String first = given().header("Authorization", YY).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/allocations/" + alloc + "/disbursements").then().statusCode(201).extract().path("id");
        String again = given().header("Authorization", YY).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/allocations/" + alloc + "/disbursements").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(dec(Fixtures.json(given().header("Authorization", YY).get("/api/v1/allocations/" + alloc).asString()), "/disbursed"))
                .isEqualByComparingTo(disbursed.add(new BigDecimal("10.00")));
        // an auditor reads everything in its region and changes nothing
        given().header("Authorization", bearer("auditor", Fixtures.CITY)).get("/api/v1/allocations/" + alloc).then().statusCode(200);
        given().header("Authorization", bearer("auditor", Fixtures.CITY)).get("/api/v1/summaries?fiscalYear=" + year).then().statusCode(200)
                .body("totals.allocated", equalTo(100.00f));
        disburse(bearer("auditor", Fixtures.CITY), alloc, "1.00", "2024-05-20").then().statusCode(403);
    }
}
