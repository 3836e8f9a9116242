package cn.gov.xinxiang.agri.project.household;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static cn.gov.xinxiang.agri.testing.TestTokens.serviceBearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class HouseholdRosterTest {

    static final String[] VILLAGES = {"410725901201", "410725901202", "410725901203"};

    static String row(String no, String village, String name, String category, boolean labour, String id) {
        return """
                {"nationalHouseholdNo": "%s", "villageCode": "%s", "headName": "%s", "category": "%s", "labourCapacity": %s, "idNumber": "%s"}"""
                .formatted(no, village, name, category, labour, id);
    }

    static String batch(List<String> rows) {
        return "{\"households\": [" + String.join(",", rows) + "]}";
    }

    static long total(String query) {
        return ((Number) given().header("Authorization", bearer("city", CITY)).get("/api/v1/households?size=1" + query)
                .then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void thousandsPerCallIdempotentAndMasked() {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(row(prefix + "-" + i, VILLAGES[i % 3], "户主" + i, i % 5 == 0 ? "MONITORED" : "POVERTY_ALLEVIATED", i % 4 != 0, idNumber(i)));
        }
        long before = total("");
        long start = System.nanoTime();
        given().header("Authorization", serviceBearer(CITY, "project:households:write")).contentType(ContentType.JSON).body(batch(rows))
                .post("/api/v1/households/bulk-upsert").then().statusCode(200)
                .body("received", equalTo(3000)).body("created", equalTo(3000)).body("unchanged", equalTo(0));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(total("")).isEqualTo(before + 3000);

        // The same call again changes nothing; one changed row is one update.
        given().header("Authorization", serviceBearer(CITY, "project:households:write")).contentType(ContentType.JSON).body(batch(rows))
                .post("/api/v1/households/bulk-upsert").then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3000));
        rows.set(7, row(prefix + "-7", VILLAGES[1], "户主7", "OTHER", true, idNumber(7)));
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(batch(rows))
                .post("/api/v1/households/bulk-upsert").then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(2999));
        assertThat(total("")).isEqualTo(before + 3000);

        // Read back: masked only, scoped to the caller's region.
        var page = given().header("Authorization", bearer("village", VILLAGES[1])).get("/api/v1/households?size=200&category=OTHER")
                .then().statusCode(200).body("items.nationalHouseholdNo", hasItem(prefix + "-7"))
                .body("items.villageCode", not(hasItem(VILLAGES[0]))).extract();
        String body = page.asString();
        assertThat(body).doesNotContain(idNumber(7)).contains(IdNumber.mask(idNumber(7)));
        String id = page.path("items.find { it.nationalHouseholdNo == '" + prefix + "-7' }.id");
        given().header("Authorization", bearer("village", VILLAGES[1])).get("/api/v1/households/" + id).then().statusCode(200)
                .body("idNumberMasked", equalTo(IdNumber.mask(idNumber(7)))).body("categoryLabel", equalTo("其他农户"));
        given().header("Authorization", bearer("village", VILLAGES[0])).get("/api/v1/households/" + id).then().statusCode(404);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/households/" + id).then().statusCode(404);

        // The change is announced, without the ID number.
        ObjectMapper mapper = new ObjectMapper();
        var records = KafkaTestClient.readUntil("agri.household", rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(60));
        var events = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value())).toList();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(HouseholdEvents.CHANGED_V1);
            assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty();
            assertThat(e.data().toString()).doesNotContain(idNumber(7)).doesNotContain("********");
        });
    }

    @Test
    void oneBadRowRejectsTheWholeBatchWithAReportPerRow() {
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 8);
        String badId = idNumber(11).substring(0, 17) + (idNumber(11).endsWith("0") ? "1" : "0");
        List<String> rows = List.of(
                row(prefix + "-0", VILLAGES[0], "王五", "POVERTY_ALLEVIATED", true, idNumber(10)),
                row(prefix + "-1", VILLAGES[0], "赵六", "POVERTY_ALLEVIATED", true, badId),
                row(prefix + "-2", "410725109201", "钱七", "SOMETHING", true, idNumber(12)),
                row(prefix + "-0", VILLAGES[0], "王五", "POVERTY_ALLEVIATED", true, idNumber(10)));
        long before = total("");
        String response = given().header("Authorization", serviceBearer(CITY, "project:households:write")).contentType(ContentType.JSON).body(batch(rows))
                .post("/api/v1/households/bulk-upsert").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("households[1].idNumber", "households[2].villageCode",
                        "households[2].category", "households[3].nationalHouseholdNo"))
                .body("detail", containsString("未保存任何数据")).extract().asString();
        assertThat(response).doesNotContain(badId);
        assertThat(total("")).isEqualTo(before);

        // Outside the caller's region, and the wrong role.
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON)
                .body(batch(List.of(row(prefix + "-9", VILLAGES[0], "孙八", "OTHER", false, idNumber(13)))))
                .post("/api/v1/households/bulk-upsert").then().statusCode(400).body("errors[0].message", containsString("不在您的辖区内"));
        given().header("Authorization", bearer("village", VILLAGES[0])).contentType(ContentType.JSON)
                .body(batch(List.of(row(prefix + "-9", VILLAGES[0], "孙八", "OTHER", false, idNumber(13)))))
                .post("/api/v1/households/bulk-upsert").then().statusCode(403);
        given().header("Authorization", serviceBearer(CITY, "project:households:write")).contentType(ContentType.JSON).body("{\"households\": []}")
                .post("/api/v1/households/bulk-upsert").then().statusCode(400).body("errors[0].field", equalTo("households"));
        assertThat(total("")).isEqualTo(before);
    }

    @Test
    void csvImportIsAllOrNothingWithRowNumbers() {
        String prefix = "C" + UUID.randomUUID().toString().substring(0, 8);
        String header = "nationalHouseholdNo,villageCode,headName,category,labourCapacity,idNumber,onRoster\n";
        String good = header
                + prefix + "-1,410725901201,\"张三, 户主\",脱贫户,是," + idNumber(21) + ",是\r\n"
                + prefix + "-2,410725901202,李四,监测对象,否," + idNumber(22) + ",\n"
                + prefix + "-3,410725901203,王五,OTHER,true," + IdNumber.mask(idNumber(23)) + ",false\n";
        String bad = header
                + prefix + "-4,410725901201,赵六,脱贫户,是," + idNumber(24) + ",是\n"
                + prefix + "-5,410725901201,钱七,脱贫户,也许," + idNumber(25).substring(0, 16) + ",是\n"
                + prefix + "-6,410726901201,孙八,脱贫户,是," + idNumber(26) + ",是\n";
        long before = total("");
        given().header("Authorization", bearer("county", COUNTY)).contentType("text/csv; charset=UTF-8").body(bad)
                .post("/api/v1/households/import").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:import-rejected"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("row 3.labourCapacity", "row 3.idNumber", "row 4.villageCode"));
        assertThat(total("")).isEqualTo(before);
        given().header("Authorization", bearer("county", COUNTY)).contentType("text/csv; charset=UTF-8").body("name,village\nx,y\n")
                .post("/api/v1/households/import").then().statusCode(400).body("type", equalTo("urn:agri:problem:bad-header"));

        given().header("Authorization", bearer("county", COUNTY)).contentType("text/csv; charset=UTF-8").body(good)
                .post("/api/v1/households/import").then().statusCode(200).body("created", equalTo(3));
        given().header("Authorization", bearer("county", COUNTY)).contentType("text/csv; charset=UTF-8").body(good)
                .post("/api/v1/households/import").then().statusCode(200).body("unchanged", equalTo(3));
        assertThat(total("")).isEqualTo(before + 3);
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/households?size=200&villageCode=410725901201&category=POVERTY_ALLEVIATED")
                .then().statusCode(200).body("items.headName", hasItem("张三, 户主"));
        assertThat(total("&onRoster=false")).isGreaterThanOrEqualTo(1);
    }

    static byte[] workbook(Object[]... rows) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("花名册");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void xlsxImportReadsTheFirstSheetAllOrNothing() throws Exception {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Object[] header = {"nationalHouseholdNo", "villageCode", "headName", "category", "labourCapacity", "idNumber", "onRoster"};
        // A household number typed into Excel arrives as a number; it must keep every digit.
        long numericNo = 4107259012000000L + (System.nanoTime() % 999_999L);
        String prefix = "X" + UUID.randomUUID().toString().substring(0, 8);
        byte[] good = workbook(header,
                new Object[]{numericNo, "410725901201", "周九", "脱贫户", "是", idNumber(31), "是"},
                new Object[]{prefix + "-2", "410725901202", "吴十", "监测对象", false, idNumber(32), null});
        byte[] bad = workbook(header,
                new Object[]{prefix + "-3", "410725901201", "郑一", "脱贫户", "是", idNumber(33), "是"},
                new Object[]{prefix + "-4", "410726901201", "王二", "不知道", "是", idNumber(34), "是"});
        long before = total("");
        given().header("Authorization", bearer("county", COUNTY)).contentType(xlsx).body(bad)
                .post("/api/v1/households/import").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("row 3")));
        assertThat(total("")).isEqualTo(before);
        given().header("Authorization", bearer("county", COUNTY)).contentType(xlsx).body("not a workbook".getBytes())
                .post("/api/v1/households/import").then().statusCode(400).body("type", equalTo("urn:agri:problem:not-xlsx"));
        given().header("Authorization", bearer("village", "410725901201")).contentType(xlsx).body(good)
                .post("/api/v1/households/import").then().statusCode(403);

        given().header("Authorization", bearer("county", COUNTY)).contentType(xlsx).body(good)
                .post("/api/v1/households/import").then().statusCode(200).body("created", equalTo(2));
        assertThat(total("")).isEqualTo(before + 2);
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/households?size=200&villageCode=410725901201")
                .then().statusCode(200).body("items.nationalHouseholdNo", hasItem(Long.toString(numericNo)));
    }
}
