package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.region.RegionEvents;
import cn.gov.xinxiang.agri.project.Fixtures;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static cn.gov.xinxiang.agri.testing.TestTokens.serviceBearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The directory API: search, tree, ancestors for every user; upload, preview and apply for the city.
 * Uploads change only 封丘县 (410727) regions, which no other test uses.
 */
@QuarkusTest
class RegionsTest {

    static final String CITY = "410700000000";
    static final String FENGQIU = "410727000000";
    static final String RENAMED = "410727101201";     // 黄陵村民委员会 → 黄陵社区居民委员会
    static final String RETIRED = "410727101203";     // 韩寨村民委员会, gone
    static final String MOVED_FROM = "410727101204";  // 小杜寨村民委员会 re-coded under 黄德镇
    static final String MOVED_TO = "410727102299";
    static final String ADDED = "410727102298";       // 新建村村民委员会

    final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    /** Other tests move the service's clock forward; retirement dates follow it. */
    @jakarta.inject.Inject
    cn.gov.xinxiang.agri.testing.TestClock clock;

    static String city() {
        return bearer("city", CITY);
    }

    @Test
    void searchByChineseNamePinyinInitialsAndCode() {
        // Chinese: substring of the name; the township and its namesake village both match, the township first.
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).get("/api/v1/regions?q=东屯&within=410726000000&size=5")
                .then().statusCode(200)
                .body("items.code", hasItems("410726101000", "410726101201"))
                .body("items[0].code", equalTo("410726101000"))
                .body("items[0].tierLabel", equalTo("乡镇"))
                .body("items.find { it.code == '410726101201' }.path", equalTo("延津县 / 东屯镇"));
        // Full pinyin and initials: prefix matches.
        given().header("Authorization", bearer("township", Fixtures.TOWNSHIP)).get("/api/v1/regions?q=dongtun&tier=VILLAGE")
                .then().statusCode(200).body("items.code", hasItem("410726101201")).body("items.tier", everyItem(equalTo("VILLAGE")));
        given().header("Authorization", city()).get("/api/v1/regions?q=dtc&tier=VILLAGE&within=410726000000")
                .then().statusCode(200).body("items.code", hasItem("410726101201")).body("items.initials", everyItem(startsWith("dtc")));
        given().header("Authorization", city()).get("/api/v1/regions?q=DongTun Zhen")
                .then().statusCode(200).body("items[0].code", equalTo("410726101000")).body("items[0].name", equalTo("东屯镇"));
        // The exact match comes first: 长垣市 for its initials.
        given().header("Authorization", city()).get("/api/v1/regions?q=cys").then().statusCode(200).body("items[0].code", equalTo("410783000000"));
        // Code digits: prefix; pages are bounded and carry the total.
        Response page = given().header("Authorization", city()).get("/api/v1/regions?q=410726101&size=3");
        page.then().statusCode(200).body("items.size()", equalTo(3)).body("size", equalTo(3)).body("items[0].code", equalTo("410726101000"));
        assertThat(page.<Integer>path("total")).isGreaterThan(10);
        given().header("Authorization", city()).get("/api/v1/regions?q=410726101&size=3&page=1").then().statusCode(200)
                .body("items[0].code", not(equalTo("410726101000")));
        // Sample villages take part where sample data is on (tests), marked as such.
        given().header("Authorization", city()).get("/api/v1/regions?q=城关一村").then().statusCode(200)
                .body("items[0].code", equalTo(Fixtures.VILLAGE)).body("items[0].sample", equalTo(true));
        // Bad input, no token.
        given().header("Authorization", city()).get("/api/v1/regions").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().header("Authorization", city()).get("/api/v1/regions?q=" + "x".repeat(51)).then().statusCode(400);
        given().header("Authorization", city()).get("/api/v1/regions?q=dt&tier=PLANET").then().statusCode(400);
        given().header("Authorization", city()).get("/api/v1/regions?q=dt&size=500").then().statusCode(400);
        given().get("/api/v1/regions?q=dt").then().statusCode(401);
    }

    @Test
    void treeAndOneRegionWithItsAncestors() {
        // The city's children: 15 county-level units, 3 of them functional zones.
        given().header("Authorization", bearer("auditor", CITY)).get("/api/v1/regions/" + CITY + "/children?size=50").then().statusCode(200)
                .body("total", equalTo(15))
                .body("items.findAll { it.functionalZone }.code", contains("410771000000", "410772000000", "410773000000"))
                .body("items.find { it.code == '410726000000' }.name", equalTo("延津县"))
                // 17 official townships of 延津 plus the 2 sample ones
                .body("items.find { it.code == '410726000000' }.childCount", equalTo(19));
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).get("/api/v1/regions/410726101000/children?size=200").then().statusCode(200)
                .body("items.code", hasItem("410726101201")).body("items.parentCode", everyItem(equalTo("410726101000")))
                .body("items.childCount", everyItem(equalTo(0)));
        given().header("Authorization", bearer("county", Fixtures.COUNTY)).get("/api/v1/regions/410726101201").then().statusCode(200)
                .body("region.name", equalTo("东屯村村民委员会"))
                .body("region.status", equalTo("ACTIVE"))
                .body("region.pinyin", equalTo("dongtuncuncunminweiyuanhui"))
                .body("ancestors.code", contains(CITY, "410726000000", "410726101000"))
                .body("ancestors.name", contains("新乡市", "延津县", "东屯镇"));
        given().header("Authorization", city()).get("/api/v1/regions/410726999999").then().statusCode(404);
        given().header("Authorization", city()).get("/api/v1/regions/4107").then().statusCode(400);
        given().header("Authorization", city()).get("/api/v1/regions/410726999000/children").then().statusCode(404);
    }

    /** The packaged official list as an upload: code,name lines, with the given names replaced or removed and rows added. */
    static String officialList(Map<String, String> rename, List<String> remove, Map<String, String> add) throws IOException {
        List<String> out = new ArrayList<>(List.of("code,name"));
        try (InputStream in = RegionsTest.class.getResourceAsStream("/regions/xinxiang-official.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", -1);
                if (!remove.contains(c[0])) {
                    out.add(c[0] + "," + rename.getOrDefault(c[0], c[1]));
                }
            }
        }
        add.forEach((code, name) -> out.add(code + "," + name));
        return String.join("\n", out) + "\n";
    }

    static Response upload(String role, String region, String csv) {
        return given().header("Authorization", bearer(role, region)).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/regions/uploads");
    }

    @Test
    void theCityUploadsAListPreviewsItAndAppliesExactlyThePreview() throws Exception {
        // An old record in a village that is about to disappear.
        String oldProject = given().header("Authorization", bearer("village", RETIRED)).contentType(ContentType.JSON)
                .body(Fixtures.fullDraft("韩寨村食用菌大棚", RETIRED)).post("/api/v1/projects").then().statusCode(201)
                .body("regionName", equalTo("韩寨村民委员会")).extract().path("id");

        // The packaged file itself uploads with no difference.
        try (InputStream in = RegionsTest.class.getResourceAsStream("/regions/xinxiang-official.csv")) {
            String same = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            upload("city", CITY, same).then().statusCode(201)
                    .body("counts.unchanged", equalTo(4011)).body("counts.added", equalTo(0)).body("counts.retired", equalTo(0))
                    .body("changes.size()", equalTo(0));
        }

        String list = officialList(Map.of(RENAMED, "黄陵社区居民委员会"), List.of(RETIRED, MOVED_FROM),
                Map.of(MOVED_TO, "小杜寨村民委员会", ADDED, "新建村村民委员会"));
        // Only the city maintains the list.
        upload("county", FENGQIU, list).then().statusCode(403);
        upload("auditor", CITY, list).then().statusCode(403);

        Response preview = upload("city", CITY, list);
        preview.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/regions/uploads/"))
                .body("status", equalTo("PREVIEWED"))
                .body("counts.added", equalTo(1)).body("counts.renamed", equalTo(1)).body("counts.moved", equalTo(1))
                .body("counts.retired", equalTo(1)).body("counts.restored", equalTo(0)).body("counts.unchanged", equalTo(4011 - 3))
                .body("changes.find { it.kind == 'RENAMED' }.code", equalTo(RENAMED))
                .body("changes.find { it.kind == 'RENAMED' }.previousName", equalTo("黄陵村民委员会"))
                .body("changes.find { it.kind == 'MOVED' }.fromCode", equalTo(MOVED_FROM))
                .body("changes.find { it.kind == 'MOVED' }.parentCode", equalTo("410727102000"))
                .body("changes.find { it.kind == 'RETIRED' }.name", equalTo("韩寨村民委员会"))
                .body("changes.find { it.kind == 'ADDED' }.code", equalTo(ADDED));
        String id = preview.path("id");
        String token = preview.path("token");
        assertThat(preview.header("ETag")).isEqualTo("\"" + token + "\"");
        given().header("Authorization", city()).get("/api/v1/regions/uploads/" + id + "/changes?kind=RETIRED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo(RETIRED));
        given().header("Authorization", bearer("county", FENGQIU)).get("/api/v1/regions/uploads/" + id).then().statusCode(403);
        // Nothing changed yet.
        given().header("Authorization", city()).get("/api/v1/regions/" + RETIRED).then().statusCode(200).body("region.status", equalTo("ACTIVE"));

        // A second preview of the same list, to be outdated by the first one's application.
        String second = upload("city", CITY, list).then().statusCode(201).extract().path("id");
        String secondToken = given().header("Authorization", city()).get("/api/v1/regions/uploads/" + second).then().statusCode(200).extract().path("token");

        String apply = "/api/v1/regions/uploads/" + id + "/application";
        given().header("Authorization", bearer("county", FENGQIU)).header("If-Match", "\"" + token + "\"").post(apply).then().statusCode(403);
        given().header("Authorization", city()).post(apply).then().statusCode(428);
        given().header("Authorization", city()).header("If-Match", "\"" + secondToken + "\"").post(apply).then().statusCode(412)
                .body("type", equalTo("urn:agri:problem:stale-write"));
        given().header("Authorization", city()).header("If-Match", "\"" + token + "\"").post(apply).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("revision", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", city()).header("If-Match", "\"" + token + "\"").post(apply).then().statusCode(409)
                .body("type", equalTo("urn:agri:problem:upload-applied"));
        given().header("Authorization", city()).header("If-Match", "\"" + secondToken + "\"").post("/api/v1/regions/uploads/" + second + "/application")
                .then().statusCode(409).body("type", equalTo("urn:agri:problem:preview-outdated"));

        // The directory: renamed (searchable by the new pinyin), retired with its date and history, moved, added.
        String today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString();
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).get("/api/v1/regions/" + RETIRED).then().statusCode(200)
                .body("region.status", equalTo("RETIRED")).body("region.retiredOn", equalTo(today))
                .body("region.name", equalTo("韩寨村民委员会"))
                .body("history.change", contains("RETIRED"));
        given().header("Authorization", city()).get("/api/v1/regions/" + MOVED_FROM).then().statusCode(200)
                .body("region.status", equalTo("RETIRED")).body("region.successorCode", equalTo(MOVED_TO));
        given().header("Authorization", city()).get("/api/v1/regions/" + RENAMED).then().statusCode(200)
                .body("region.name", equalTo("黄陵社区居民委员会")).body("history[0].previousName", equalTo("黄陵村民委员会"));
        given().header("Authorization", city()).get("/api/v1/regions?q=hlsq&within=" + FENGQIU).then().statusCode(200)
                .body("items[0].code", equalTo(RENAMED));
        given().header("Authorization", city()).get("/api/v1/regions?q=韩寨&within=" + FENGQIU).then().statusCode(200)
                .body("items.code", not(hasItem(RETIRED)));
        given().header("Authorization", city()).get("/api/v1/regions?q=韩寨&includeRetired=true&within=" + FENGQIU).then().statusCode(200)
                .body("items.code", hasItem(RETIRED));
        given().header("Authorization", city()).get("/api/v1/regions/410727101000/children?size=200").then().statusCode(200)
                .body("items.code", not(hasItem(RETIRED)));

        // New records naming a retired code are refused with the field; the old record still reads with its name.
        given().header("Authorization", bearer("village", RETIRED)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Fixtures.fullDraft("韩寨村新项目", RETIRED)).post("/api/v1/projects").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:region-retired"))
                .body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].message", containsString("retired on " + today));
        given().header("Authorization", bearer("village", MOVED_FROM)).contentType(ContentType.JSON)
                .body(Fixtures.fullDraft("小杜寨村项目", MOVED_FROM)).post("/api/v1/projects").then().statusCode(422)
                .body("errors[0].message", containsString("新记录请使用 " + MOVED_TO));
        given().header("Authorization", bearer("county", FENGQIU)).get("/api/v1/projects/" + oldProject).then().statusCode(200)
                .body("regionCode", equalTo(RETIRED)).body("regionName", equalTo("韩寨村民委员会"));
        given().header("Authorization", serviceBearer(CITY, "project:households:write")).contentType(ContentType.JSON)
                .body("{\"households\": [{\"nationalHouseholdNo\": \"HZ-1\", \"villageCode\": \"" + RETIRED + "\", \"headName\": \"韩某\", "
                        + "\"category\": \"MONITORED\", \"labourCapacity\": true, \"idNumber\": \"" + Fixtures.idNumber(901) + "\"}]}")
                .post("/api/v1/households/bulk-upsert").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:region-retired")).body("errors[0].field", equalTo("households[0].villageCode"));
        given().header("Authorization", bearer("village", MOVED_TO)).contentType(ContentType.JSON)
                .body(Fixtures.fullDraft("小杜寨村项目", MOVED_TO)).post("/api/v1/projects").then().statusCode(201)
                .body("regionName", equalTo("小杜寨村民委员会"));
        given().header("Authorization", bearer("village", ADDED)).contentType(ContentType.JSON)
                .body(Fixtures.fullDraft("新建村项目", ADDED)).post("/api/v1/projects").then().statusCode(201);

        // Every change went out on agri.region, keyed by code, matching its schema.
        List<String> codes = List.of(RENAMED, RETIRED, MOVED_FROM, MOVED_TO, ADDED);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(EventTypes.topicOf(RegionEvents.AGGREGATE),
                rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(codes), Duration.ofSeconds(30));
        Map<String, CloudEvent> byCode = records.stream().filter(r -> codes.contains(r.key()))
                .map(r -> CloudEvent.parse(mapper, r.value())).collect(Collectors.toMap(CloudEvent::subject, e -> e, (a, b) -> a));
        byCode.values().forEach(e -> {
            assertThat(e.type()).isEqualTo(RegionEvents.CHANGED_V1);
            assertThat(ContractSchemas.violations(e.type(), e.data())).as(e.subject()).isEmpty();
        });
        assertThat(byCode.get(RENAMED).data().get("change").asText()).isEqualTo("RENAMED");
        assertThat(byCode.get(RENAMED).data().get("previousName").asText()).isEqualTo("黄陵村民委员会");
        assertThat(byCode.get(RETIRED).data().get("active").asBoolean()).isFalse();
        assertThat(byCode.get(RETIRED).data().get("retiredOn").asText()).isEqualTo(today);
        assertThat(byCode.get(MOVED_FROM).data().get("successorCode").asText()).isEqualTo(MOVED_TO);
        assertThat(byCode.get(ADDED).data().get("change").asText()).isEqualTo("ADDED");
        assertThat(byCode.get(ADDED).data().get("pinyin").asText()).isEqualTo("xinjiancuncunminweiyuanhui");
    }

    @Test
    void aBadListIsRefusedWithItsRowsAndAnXlsxListIsPreviewedLikeACsv() throws Exception {
        upload("city", CITY, "code,name\n410726101201,东屯村村民委员会\n4107,短\n").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:upload-rejected"))
                .body("errors.field", hasItems("row 3.code"));
        upload("city", CITY, "名称,区号\n东屯镇,410726101000\n").then().statusCode(400).body("type", equalTo("urn:agri:problem:bad-header"));
        upload("city", CITY, "").then().statusCode(400);
        given().header("Authorization", city()).contentType(RegionResource.XLSX).body(new byte[]{1, 2, 3}).post("/api/v1/regions/uploads")
                .then().statusCode(400).body("type", equalTo("urn:agri:problem:not-xlsx"));

        // An XLSX of the 12 + 3 county-level units only: every township and village would retire (previewed, not applied).
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("区划");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("统计用区划代码");
            header.createCell(1).setCellValue("名称");
            String[][] counties = {{"410702000000", "红旗区"}, {"410703000000", "卫滨区"}, {"410704000000", "凤泉区"}, {"410711000000", "牧野区"},
                    {"410721000000", "新乡县"}, {"410724000000", "获嘉县"}, {"410725000000", "原阳县"}, {"410726000000", "延津县"},
                    {"410727000000", "封丘县"}, {"410771000000", "新乡高新技术产业开发区"}, {"410772000000", "新乡经济技术开发区"},
                    {"410773000000", "新乡市平原城乡一体化示范区"}, {"410781000000", "卫辉市"}, {"410782000000", "辉县市"}, {"410783000000", "长垣县"}};
            for (int i = 0; i < counties.length; i++) {
                var row = sheet.createRow(i + 1);
                // codes typed as numbers, as Excel users do
                row.createCell(0).setCellValue(Double.parseDouble(counties[i][0]));
                row.createCell(1).setCellValue(counties[i][1]);
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        given().header("Authorization", city()).contentType(RegionResource.XLSX).body(xlsx).post("/api/v1/regions/uploads?fileName=counties.xlsx")
                .then().statusCode(201)
                .body("fileName", equalTo("counties.xlsx"))
                .body("rows", equalTo(15))
                .body("counts.renamed", equalTo(1))
                .body("changes.find { it.kind == 'RENAMED' }.name", equalTo("长垣县"))
                .body("counts.unchanged", equalTo(14))
                .body("counts.retired", org.hamcrest.Matchers.greaterThan(3900))
                .body("changes.size()", equalTo(200))
                .body("appliedAt", nullValue());
    }

    @Test
    void aReplayedUploadWithTheSameIdempotencyKeyGetsTheFirstPreview() throws IOException {
        String list = officialList(Map.of(), List.of(), Map.of());
        String first = given().header("Authorization", city()).header("Idempotency-Key", "regions-upload-1").contentType("text/csv; charset=UTF-8").body(list)
                .post("/api/v1/regions/uploads").then().statusCode(201).extract().path("id");
        given().header("Authorization", city()).header("Idempotency-Key", "regions-upload-1").contentType("text/csv; charset=UTF-8").body(list)
                .post("/api/v1/regions/uploads").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }
}
