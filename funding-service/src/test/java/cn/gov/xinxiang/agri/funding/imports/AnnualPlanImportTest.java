package cn.gov.xinxiang.agri.funding.imports;

import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.funding.Fixtures;
import cn.gov.xinxiang.agri.testing.ImportJobs;
import cn.gov.xinxiang.agri.testing.XlsxFiles;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Past annual plans (历年资金计划) end to end, on 2025: the only year before this one that has policy data (seeded
 * 2023..2026) and no plan (the sample data owns 2023 and 2024). The failing files come first (they store nothing),
 * then the import, then the same file again and a changed one.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualPlanImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int YEAR = 2025;
    static final List<String> HEADERS = List.of("*年度", "*县（市、区）区划代码", "*资金来源", "*资金用途", "*计划金额（元）", "其中特色主导产业（元）",
            "具体用途代码", "*下达文号", "*下达日期", "偏离说明");

    @Inject
    EntityManager em;

    static Map<String, Object> line(Object year, String county, String source, String use, Object amount, Object leading, String doc, String date) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("*年度", year);
        r.put("*县（市、区）区划代码", county);
        r.put("*资金来源", source);
        r.put("*资金用途", use);
        r.put("*计划金额（元）", amount);
        r.put("其中特色主导产业（元）", leading);
        r.put("*下达文号", doc);
        r.put("*下达日期", date);
        return r;
    }

    /** 150,000,000 yuan, industry development 90,000,000 = 60% (below the 65% floor), leading 50,000,000 = 55.6% of it. */
    static List<Map<String, Object>> plan2025() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(line(YEAR, Fixtures.YUANYANG, "中央", "产业发展", 50_000_000, 30_000_000, "新财农〔2025〕3号", "2025-01-20"));
        rows.add(line(YEAR, Fixtures.YUANYANG, "省级", "基础设施", 30_000_000, null, "豫财农〔2024〕88号", "2024-11-28"));
        rows.add(line(YEAR, Fixtures.YANJIN, "中央", "产业发展", 40_000_000, 20_000_000, "新财农〔2025〕3号", "2025-01-20"));
        rows.add(line(YEAR, Fixtures.YANJIN, "市级", "就业", 20_000_000, null, "新财农〔2025〕21号", "2025-03-10"));
        rows.add(line(YEAR, Fixtures.YANJIN, "县级", "其他", "10000000.50", null, "延财农〔2025〕5号", "2025-04-02"));
        return rows;
    }

    static byte[] workbook(List<Map<String, Object>> rows) {
        return XlsxFiles.workbook("历年资金计划", HEADERS, rows);
    }

    static Response submit(String role, String region, byte[] file) {
        return given().header("Authorization", bearer(role, region)).contentType(XLSX).body(file)
                .post("/api/v1/imports/annual-plans?fileName=历年资金计划.xlsx");
    }

    static JsonPath finished(Response accepted) {
        return ImportJobs.finished(accepted, Fixtures.city(), Duration.ofSeconds(60));
    }

    long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    long plansOf2025() {
        return count("select count(*) from funding_plan where fiscal_year = ?1", YEAR);
    }

    @Test
    @Order(1)
    void theTemplateHasChineseHeadersHintsAndDropDowns() throws Exception {
        assertThat(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()).as("these tests import 2025 as a past year").isGreaterThan(YEAR);
        given().header("Authorization", Fixtures.city()).get("/api/v1/imports/kinds").then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.hasItem("annual-plans"));
        byte[] template = given().header("Authorization", Fixtures.city()).get("/api/v1/imports/annual-plans/template")
                .then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("历年资金计划");
            var header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(HEADERS);
            assertThat(header.getCell(2).getCellComment().getString().getString()).contains("中央、省级、市级、县级");
            assertThat(header.getCell(9).getCellComment().getString().getString()).contains("低于当年产业发展占比");
            assertThat(sheet.getDataValidations()).hasSize(2);
            assertThat(wb.getSheet("填写说明")).isNotNull();
            assertThat(wb.getSheet("填写说明").getRow(1).getCell(0).getStringCellValue()).isEqualTo("年度");
        }
        // the template imports as an empty file
        JsonPath empty = finished(submit("city", Fixtures.CITY, template));
        assertThat(empty.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(empty.getInt("totalRows")).isZero();
    }

    @Test
    @Order(2)
    void onlyCityUsersImportPastPlans() {
        byte[] file = workbook(plan2025());
        for (String[] who : new String[][]{{"county", Fixtures.YUANYANG}, {"auditor", Fixtures.CITY}, {"township", Fixtures.YY_TOWNSHIP}}) {
            submit(who[0], who[1], file).then().statusCode(403).contentType("application/problem+json");
        }
        // a service token, even at city tier with the plans scope
        given().header("Authorization", cn.gov.xinxiang.agri.testing.TestTokens.serviceBearer(Fixtures.CITY, "funding:plans:write"))
                .contentType(XLSX).body(file).post("/api/v1/imports/annual-plans").then().statusCode(403);
        assertThat(plansOf2025()).isZero();
    }

    @Test
    @Order(3)
    void aFileWithOneBadRowStoresNothingAndListsTheRowsErrors() {
        List<Map<String, Object>> rows = plan2025();
        Map<String, Object> bad = line(YEAR, Fixtures.YY_VILLAGE, "中央", "教育", "十万", null, "新财农〔2025〕3号", "2025-01-20");
        rows.add(2, bad);   // row 4
        JsonPath job = finished(submit("city", Fixtures.CITY, workbook(rows)));
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getInt("totalRows")).isEqualTo(6);
        assertThat(job.getInt("failedRows")).isEqualTo(1);
        assertThat(job.getInt("createdRows")).isZero();
        assertThat(job.getList("errors.row", Integer.class)).containsOnly(4);
        assertThat(job.getList("errors.field", String.class)).containsExactlyInAnyOrder("countyCode", "use", "amount");
        assertThat(job.getList("errors.column", String.class)).containsExactlyInAnyOrder("县（市、区）区划代码", "资金用途", "计划金额（元）");
        assertThat(plansOf2025()).isZero();

        // a year without policy data, and this year, are errors too
        List<Map<String, Object>> other = new ArrayList<>();
        other.add(line(2022, Fixtures.YUANYANG, "中央", "产业发展", 1_000_000, 1_000_000, "新财农〔2022〕1号", "2022-02-01"));
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        other.add(line(thisYear, Fixtures.YUANYANG, "中央", "产业发展", 1_000_000, 1_000_000, "新财农〔" + thisYear + "〕1号", thisYear + "-02-01"));
        JsonPath none = finished(submit("city", Fixtures.CITY, workbook(other)));
        assertThat(none.getString("status")).isEqualTo("FAILED");
        assertThat(none.getList("errors.row", Integer.class)).containsExactly(2, 3);
        assertThat(none.getString("errors[0].message")).contains("尚无政策参数").contains("PUT /api/v1/policy-parameters/2022");
        assertThat(none.getString("errors[1].field")).isEqualTo("fiscalYear");
        assertThat(count("select count(*) from funding_plan where fiscal_year = 2022")).isZero();
    }

    @Test
    @Order(4)
    void aPlanBelowAFloorWithoutAJustificationIsARowError() {
        JsonPath job = finished(submit("city", Fixtures.CITY, workbook(plan2025())));
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getInt("failedRows")).isEqualTo(1);
        assertThat(job.getInt("errors[0].row")).isEqualTo(2);
        assertThat(job.getString("errors[0].field")).isEqualTo("justification");
        assertThat(job.getString("errors[0].column")).isEqualTo("偏离说明");
        assertThat(job.getString("errors[0].message")).contains("industry-share-floor").contains("60.0%").contains("65%");
        assertThat(plansOf2025()).isZero();
    }

    @Test
    @Order(5)
    void aGoodFileImportsAPublishedPlanWithItsEventsOnceOnly() {
        List<Map<String, Object>> rows = plan2025();
        rows.get(1).put("偏离说明", "2025年原阳县黄河滩区道路修复，基础设施资金占比临时提高，经市政府常务会议研究同意");
        byte[] file = workbook(rows);
        JsonPath job = finished(submit("city", Fixtures.CITY, file));
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("totalRows")).isEqualTo(5);
        assertThat(job.getInt("processedRows")).isEqualTo(5);
        assertThat(job.getInt("createdRows")).isEqualTo(5);
        assertThat(job.getInt("unchangedRows")).isZero();
        assertThat(plansOf2025()).isOne();

        // readable through the plan API as a published plan, version 1, with its documents
        String planId = given().header("Authorization", Fixtures.city()).get("/api/v1/plans").then().statusCode(200)
                .extract().jsonPath().getString("find { it.fiscalYear == 2025 }.id");
        JsonNode plan = Fixtures.json(given().header("Authorization", Fixtures.city()).get("/api/v1/plans/" + planId)
                .then().statusCode(200).extract().asString());
        assertThat(plan.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(plan.get("planVersion").asInt()).isEqualTo(1);
        assertThat(plan.get("total").decimalValue()).isEqualByComparingTo("150000000.50");
        assertThat(plan.get("sources").get("central").decimalValue()).isEqualByComparingTo("90000000");
        assertThat(plan.get("sources").get("provincial").decimalValue()).isEqualByComparingTo("30000000");
        assertThat(plan.get("sources").get("city").decimalValue()).isEqualByComparingTo("20000000");
        assertThat(plan.get("sources").get("county").decimalValue()).isEqualByComparingTo("10000000.50");
        assertThat(plan.get("uses").get("industryDevelopment").decimalValue()).isEqualByComparingTo("90000000");
        assertThat(plan.get("uses").get("leadingIndustry").decimalValue()).isEqualByComparingTo("50000000");
        assertThat(plan.get("unsplit").decimalValue()).isZero();
        assertThat(plan.get("belowFloor").asBoolean()).isTrue();
        assertThat(plan.get("justification").asText()).contains("黄河滩区");
        assertThat(plan.get("publishedAt").asText()).isEqualTo("2025-04-01T16:00:00Z");
        assertThat(plan.get("sourceDocument").asText()).isEqualTo("新财农〔2025〕3号；豫财农〔2024〕88号；新财农〔2025〕21号；延财农〔2025〕5号");
        assertThat(plan.get("importJobId").asText()).isEqualTo(job.getString("id"));
        JsonNode yanjin = plan.get("countyShares").get(1);
        assertThat(yanjin.get("countyCode").asText()).isEqualTo(Fixtures.YANJIN);
        assertThat(yanjin.get("amount").decimalValue()).isEqualByComparingTo("70000000.50");
        assertThat(yanjin.get("headroom").decimalValue()).isEqualByComparingTo("70000000.50");
        assertThat(yanjin.get("uses").get("employment").decimalValue()).isEqualByComparingTo("20000000");
        given().header("Authorization", Fixtures.city()).get("/api/v1/plans/" + planId + "/versions/1").then().statusCode(200)
                .body("kind", equalTo("PUBLICATION")).body("breaches", org.hamcrest.Matchers.contains("industry-share-floor"))
                .body("current", equalTo(true)).body("sourceDocument", containsString("豫财农〔2024〕88号"))
                .body("countyShares.size()", equalTo(2));
        // a county user sees the plan with their own share only, as any plan
        given().header("Authorization", bearer("county", Fixtures.YUANYANG)).get("/api/v1/plans/" + planId).then().statusCode(200)
                .body("countyShares.countyCode", org.hamcrest.Matchers.contains(Fixtures.YUANYANG));

        // the publication's event, in the outbox with the plan
        assertThat(count("select count(*) from outbox_event where aggregateid = ?1 and type = ?2", planId, FundingEvents.PLAN_PUBLISHED_V1)).isOne();
        assertThat(count("select count(*) from outbox_event where aggregateid = ?1 and type = ?2 and (payload->'data'->>'belowFloor')::boolean "
                + "and payload->'data'->>'publishedAt' like '2025-04-01T16:00%'", planId, FundingEvents.PLAN_PUBLISHED_V1)).isOne();

        // the same file again changes nothing
        JsonPath again = finished(submit("city", Fixtures.CITY, file));
        assertThat(again.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(again.getInt("createdRows")).isZero();
        assertThat(again.getInt("unchangedRows")).isEqualTo(5);
        assertThat(plansOf2025()).isOne();
        assertThat(count("select count(*) from outbox_event where aggregateid = ?1", planId)).isOne();
        // so do the same lines in another order
        List<Map<String, Object>> reordered = new ArrayList<>(rows);
        java.util.Collections.reverse(reordered);
        assertThat(finished(submit("city", Fixtures.CITY, workbook(reordered))).getInt("unchangedRows")).isEqualTo(5);

        // other lines for the year are an error: the plan changes by amendment
        rows.get(3).put("*计划金额（元）", 19_000_000);
        rows.get(4).put("*计划金额（元）", 11_000_000);
        JsonPath changed = finished(submit("city", Fixtures.CITY, workbook(rows)));
        assertThat(changed.getString("status")).isEqualTo("FAILED");
        assertThat(changed.getList("errors.row", Integer.class)).containsExactly(2);
        assertThat(changed.getString("errors[0].field")).isEqualTo("fiscalYear");
        assertThat(changed.getString("errors[0].message")).contains("已由其他行导入").contains("/amendments");
        // and a year drawn up in this system is not imported over
        JsonPath drawnUp = finished(submit("city", Fixtures.CITY, workbook(List.of(
                line(2024, Fixtures.YUANYANG, "中央", "产业发展", 1_000_000, 1_000_000, "新财农〔2024〕1号", "2024-02-01")))));
        assertThat(drawnUp.getString("status")).isEqualTo("FAILED");
        assertThat(drawnUp.getString("errors[0].message")).contains("已在本系统编制计划");

        // the imported plan is a plan like any other: it is amended as its next version
        String etag = given().header("Authorization", Fixtures.city()).get("/api/v1/plans/" + planId).then().extract().header("ETag");
        given().header("Authorization", Fixtures.city()).header("If-Match", etag).contentType("application/json").body("""
                        {"uses": {"industryDevelopment": 100000000.50, "leadingIndustry": 60000000, "infrastructure": 20000000, "employment": 20000000, "other": 10000000},
                         "countyShares": [{"countyCode": "410725000000", "amount": 80000000}, {"countyCode": "410726000000", "amount": 70000000.50}],
                         "reason": "原阳县基础设施1000万元调整至产业发展"}
                        """)
                .post("/api/v1/plans/" + planId + "/amendments").then().log().ifValidationFails().statusCode(201).body("planVersion", equalTo(2));
    }
}
