package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.skills.SkillsEvents;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.project.household.IdNumber;
import cn.gov.xinxiang.agri.testing.ImportJobs;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import cn.gov.xinxiang.agri.testing.XlsxFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static cn.gov.xinxiang.agri.testing.TestTokens.serviceBearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class SkillsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String P = "SK" + UUID.randomUUID().toString().substring(0, 6);
    static final String POOR = P + "-poor";
    static final String MONITORED = P + "-mon";
    static final String OTHER = P + "-other";
    static final String YANJIN = P + "-yanjin";

    static boolean rostered;

    /** Once per run (not @BeforeAll: Quarkus and its port are up only for instance callbacks). */
    @BeforeEach
    void roster() {
        if (rostered) {
            return;
        }
        rostered = true;
        String rows = String.join(",",
                household(POOR, VILLAGE, "POVERTY_ALLEVIATED", 101),
                household(MONITORED, OTHER_VILLAGE, "MONITORED", 102),
                household(OTHER, VILLAGE, "OTHER", 103),
                household(YANJIN, "410726901201", "POVERTY_ALLEVIATED", 104));
        given().header("Authorization", serviceBearer(CITY, "project:households:write")).contentType(ContentType.JSON)
                .body("{\"households\": [" + rows + "]}").post("/api/v1/households/bulk-upsert").then().statusCode(200);
    }

    static String household(String no, String village, String category, int n) {
        return """
                {"nationalHouseholdNo": "%s", "villageCode": "%s", "headName": "户主%d", "category": "%s", "labourCapacity": true, "idNumber": "%s"}"""
                .formatted(no, village, n, category, idNumber(n));
    }

    static String certificate(String household, String id, String no, String issuedOn) {
        return """
                {"nationalHouseholdNo": "%s", "personName": "张小红", "idNumber": "%s", "kind": "SKILL_LEVEL", "level": "五级/初级工",
                 "issuer": "原阳县人力资源和社会保障局", "certificateNo": "%s", "issuedOn": "%s"}""".formatted(household, id, no, issuedOn);
    }

    @Test
    void trainingsAndCertificatesThroughTheApiAreScopedMaskedAndAnnounced() {
        String training = given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body("""
                        {"name": "2024年预制菜加工技能培训班", "countyCode": "%s", "year": 2024, "organiser": "原阳县人力资源和社会保障局"}""".formatted(COUNTY))
                .post("/api/v1/skills/trainings").then().statusCode(201).extract().path("id");
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON)
                .body("""
                        {"name": "别县培训", "countyCode": "%s", "year": 2024, "organiser": "人社局"}""".formatted(COUNTY))
                .post("/api/v1/skills/trainings").then().statusCode(403);
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/skills/trainings/" + training).then().statusCode(200)
                .body("countyCode", equalTo(COUNTY)).body("certificates", equalTo(0));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/skills/trainings/" + training).then().statusCode(404);

        String full = idNumber(201);
        String body = certificate(POOR, full, P + "-A1", "2024-05-20").replace("}", ", \"trainingId\": \"" + training + "\"}");
        Response created = given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/skills/certificates");
        created.then().statusCode(201).body("idNumberMasked", equalTo(IdNumber.mask(full))).body("levelLabel", equalTo("五级/初级工"))
                .body("nationalHouseholdNo", equalTo(POOR)).body("year", equalTo(2024)).body("trainingId", equalTo(training));
        assertThat(created.asString()).doesNotContain(full);
        String id = created.path("id");
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/skills/certificates/" + id).then().statusCode(200);
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).get("/api/v1/skills/certificates/" + id).then().statusCode(404);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/skills/certificates/" + id).then().statusCode(404);
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/skills/trainings/" + training).then().body("certificates", equalTo(1));
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/skills/certificates?trainingId=" + training).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/skills/trainings?countyCode=" + COUNTY + "&year=2024&size=200")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(training));

        // the same issuer and number again: a conflict
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(certificate(POOR, full, P + "-A1", "2024-05-21"))
                .post("/api/v1/skills/certificates").then().statusCode(409).body("errors[0].field", equalTo("certificateNo"));

        // every bad field at once, never echoing the ID number
        String bad = full.substring(0, 17) + (full.endsWith("1") ? "2" : "1");
        String problem = given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body(certificate(OTHER, bad, P + "-A2", "2030-01-01")).post("/api/v1/skills/certificates").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("nationalHouseholdNo", "idNumber", "issuedOn"))
                .extract().asString();
        assertThat(problem).doesNotContain(bad);
        given().header("Authorization", bearer("county", COUNTY)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(certificate(YANJIN, full, P + "-A3", "2024-01-01")).post("/api/v1/skills/certificates").then().statusCode(400)
                .body("errors[0].field", equalTo("nationalHouseholdNo")).body("errors[0].message", org.hamcrest.Matchers.containsString("outside your region"));
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON).body(certificate(POOR, full, P + "-A4", "2024-01-01"))
                .post("/api/v1/skills/certificates").then().statusCode(403);

        var records = KafkaTestClient.readUntil("agri.skills", rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(60));
        ObjectMapper mapper = new ObjectMapper();
        CloudEvent e = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value())).findFirst().orElseThrow();
        assertThat(e.type()).isEqualTo(SkillsEvents.CERTIFICATE_RECORDED_V1);
        assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty();
        assertThat(e.data().get("trainingId").asText()).isEqualTo(training);
        assertThat(e.data().toString()).doesNotContain(full).doesNotContain("********").doesNotContain("张小红");
    }

    static Map<String, String> row(String household, int person, String no, String issuedOn) {
        return Map.of("*户编号", household, "*持证人姓名", "持证人" + person, "*身份证号", idNumber(person), "*证书类型", "职业技能等级证书",
                "*证书等级", "中级工", "*发证机构", "新乡市职业技能鉴定中心", "*证书编号", no, "*发证日期", issuedOn);
    }

    static byte[] workbook(List<Map<String, String>> rows) {
        List<String> headers = CertificateColumns.ALL.stream().map(ImportColumn::templateHeader).toList();
        return XlsxFiles.workbook("证书", headers, rows);
    }

    static JsonPath finished(Response r) {
        return ImportJobs.finished(r, bearer("city", CITY), Duration.ofSeconds(60));
    }

    static JsonPath importXlsx(String role, String region, byte[] file) {
        return finished(given().header("Authorization", bearer(role, region)).contentType(XLSX).body(file).post("/api/v1/imports/skills-certificates"));
    }

    static long total(String query) {
        return ((Number) given().header("Authorization", bearer("city", CITY)).get("/api/v1/skills/certificates?size=1&" + query)
                .then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void importsStoreAWholeFileOnceOrNothingWithEveryBadRowReported() throws Exception {
        // a year no other test uses, so the totals are this test's own
        List<Map<String, String>> good = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            good.add(row(i % 2 == 0 ? POOR : MONITORED, 300 + i % 60, P + "-X" + i, "2012-0" + (1 + i % 9) + "-15"));
        }
        List<Map<String, String>> withBad = new ArrayList<>(good);
        withBad.set(5, row(OTHER, 900, P + "-X5", "2012-03-15"));
        Map<String, String> badId = new java.util.HashMap<>(row(POOR, 901, P + "-X7", "2012-03-15"));
        String badNumber = idNumber(901).substring(0, 17) + (idNumber(901).endsWith("1") ? "2" : "1");
        badId.put("*身份证号", badNumber);
        withBad.set(7, badId);
        withBad.add(row(POOR, 902, P + "-X1", "2012-04-01"));

        JsonPath failed = importXlsx("county", COUNTY, workbook(withBad));
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getList("errors.row", Integer.class)).containsExactly(7, 9, 122);
        assertThat(failed.getList("errors.field", String.class)).containsExactly("nationalHouseholdNo", "idNumber", "certificateNo");
        assertThat(failed.prettify()).doesNotContain(badNumber);
        assertThat(total("year=2012")).isZero();

        JsonPath done = importXlsx("county", COUNTY, workbook(good));
        assertThat(done.getString("status")).as(done.prettify()).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("createdRows")).isEqualTo(120);
        assertThat(total("year=2012")).isEqualTo(120);
        JsonPath again = importXlsx("county", COUNTY, workbook(good));
        assertThat(again.getInt("unchangedRows")).isEqualTo(120);
        assertThat(again.getInt("createdRows")).isZero();

        // CSV: the same job, headers by key or by the Chinese header
        String csv = "nationalHouseholdNo,personName,idNumber,kind,level,issuer,certificateNo,issuedOn\n"
                + POOR + ",持证人CSV," + idNumber(500) + ",专项职业能力证书,不分等级,原阳县人力资源和社会保障局," + P + "-C1,2012-10-01\n"
                + MONITORED + ",\"持证人,二\"," + idNumber(501) + ",SPECIAL_OPERATION,UNGRADED,原阳县应急管理局," + P + "-C2,2012/11/2\n";
        JsonPath csvJob = finished(given().header("Authorization", bearer("county", COUNTY)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/skills/certificates/import?fileName=证书.csv"));
        assertThat(csvJob.getString("status")).as(csvJob.prettify()).isEqualTo("SUCCEEDED");
        assertThat(csvJob.getInt("createdRows")).isEqualTo(2);
        String badCsv = "户编号,持证人姓名,身份证号,证书类型,证书等级,发证机构,证书编号,发证日期\n"
                + YANJIN + ",外县," + idNumber(502) + ",职业资格证书,三级,延津县人社局," + P + "-C3,2012-10-01\n";
        JsonPath badCsvJob = finished(given().header("Authorization", bearer("county", COUNTY)).contentType("text/csv")
                .body(badCsv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/skills/certificates/import"));
        assertThat(badCsvJob.getString("status")).isEqualTo("FAILED");
        assertThat(badCsvJob.getString("errors[0].key")).isEqualTo("skills.household-outside");
        given().header("Authorization", bearer("village", VILLAGE)).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/skills/certificates/import").then().statusCode(403);
        // not the template at all (no header of it, binary garbage, a cell no field could hold): 400 at once, no job stored
        given().header("Authorization", bearer("county", COUNTY)).contentType("text/csv").body("\u0000\u0001PK\u0003\u0004垃圾".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/skills/certificates/import").then().statusCode(400).body("type", equalTo("urn:agri:problem:bad-header"));
        given().header("Authorization", bearer("county", COUNTY)).contentType("text/csv")
                .body((csv.substring(0, csv.indexOf('\n') + 1) + "x".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/skills/certificates/import").then().statusCode(400).body("type", equalTo("urn:agri:problem:cell-too-long"));

        // totals per county and year: 122 certificates of 62 people (60 by the XLSX, 2 by CSV)
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/skills/totals?year=2012").then().statusCode(200)
                .body("rows.size()", equalTo(1)).body("rows[0].countyCode", equalTo(COUNTY)).body("rows[0].countyName", equalTo("原阳县"))
                .body("rows[0].certificates", equalTo(122)).body("rows[0].people", equalTo(62))
                .body("certificates", equalTo(122)).body("people", equalTo(62));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/skills/totals?year=2012").then().statusCode(200)
                .body("rows.size()", equalTo(0)).body("people", equalTo(0));
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).get("/api/v1/skills/totals?year=2012").then().statusCode(200)
                .body("certificates", equalTo(61));

        // paged, filtered, masked
        String page = given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/skills/certificates?year=2012&level=LEVEL_4&size=50&page=2")
                .then().statusCode(200).body("total", equalTo(120)).body("items.size()", equalTo(20))
                .body("items.villageCode", everyItem(startsWith("410725"))).body("items.idNumberMasked", everyItem(org.hamcrest.Matchers.matchesPattern("\\d{6}\\*{8}\\d{3}[0-9X]")))
                .extract().asString();
        for (int i = 300; i < 360; i++) {
            assertThat(page).doesNotContain(idNumber(i));
        }
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/skills/certificates?kind=DRIVING").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));

        // one event a certificate, valid against its schema
        long events = ((Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select count(*) from outbox_event where type = ?1 and payload->'data'->>'year' = '2012' "
                        + "and payload->'data'->>'certificateNo' like ?2").setParameter(1, SkillsEvents.CERTIFICATE_RECORDED_V1)
                        .setParameter(2, P + "%").getSingleResult())).longValue();
        assertThat(events).isEqualTo(122);
    }

    @Test
    void theTemplateHasTheChineseHeadersRequiredOnesMarked() throws Exception {
        byte[] template = given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/imports/skills-certificates/template")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Row header = wb.getSheetAt(0).getRow(0);
            List<String> cells = new ArrayList<>();
            header.forEach(c -> cells.add(c.getStringCellValue()));
            assertThat(cells).startsWith("*户编号", "*持证人姓名", "*身份证号", "*证书类型", "*证书等级", "*发证机构", "*证书编号", "*发证日期")
                    .contains("培训项目ID");
        }
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/imports/kinds").then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.hasItem("skills-certificates"));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;
}
