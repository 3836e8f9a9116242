package cn.gov.xinxiang.agri.project.envoy;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyEvents;
import cn.gov.xinxiang.agri.project.imports.LibraryProjectColumns;
import cn.gov.xinxiang.agri.testing.ImportJobs;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import cn.gov.xinxiang.agri.testing.XlsxFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class EnvoyTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Library projects of fiscal 2013 (a year no other test uses) through the library-project import; their ids. */
    static List<String> libraryProjects(int n) throws Exception {
        String prefix = "EV" + (System.nanoTime() % 1_000_000_000L);
        List<String> headers = LibraryProjectColumns.ALL.stream().map(c -> c.templateHeader()).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("*项目编号", prefix + "-" + r);
            v.put("*项目名称", "2013年城关一村项目" + r);
            v.put("*项目年度", "2013");
            v.put("*实施地区划代码", VILLAGE);
            v.put("*产业类别", "特色种养");
            v.put("*衔接资金（元）", "500000");
            v.put("*入库日期", "2013-04-15");
            v.put("*经营主体名称", "城关一村合作社");
            v.put("*经营主体类型", "农民合作社");
            v.put("*主体角色", "合作社");
            v.put("*联农带农方式1", "就业务工");
            v.put("*方式1带动脱贫户数", "10");
            v.put("*方式1户均增收（元）", "2000");
            v.put("*联农带农方式2", "入股分红");
            v.put("*方式2带动脱贫户数", "10");
            v.put("*方式2户均增收（元）", "500");
            rows.add(v);
        }
        Response r = given().header("Authorization", bearer("county", COUNTY)).contentType(XLSX).body(XlsxFiles.workbook("x", headers, rows))
                .post("/api/v1/imports/library-projects");
        JsonPath job = ImportJobs.finished(r, bearer("county", COUNTY), Duration.ofSeconds(60));
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("SUCCEEDED");
        return given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/projects?fiscalYear=2013&size=200&sort=code")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.code.startsWith('" + prefix + "') }.id", String.class);
    }

    static String envoy(String county, List<String> projects, List<String> villages) {
        return """
                {"name": "刘建国", "organisation": "河南科技学院", "speciality": "肉羊养殖与疫病防控", "countyCode": "%s", "year": 2013,
                 "projectIds": [%s], "villageCodes": [%s]}""".formatted(county, quoted(projects), quoted(villages));
    }

    static String quoted(List<String> xs) {
        return String.join(",", xs.stream().map(x -> "\"" + x + "\"").toList());
    }

    @Test
    void envoysServeCheckedProjectsAndVillagesRecordServicesAndCoverLibraryProjects() throws Exception {
        List<String> projects = libraryProjects(3);
        assertThat(projects).hasSize(3);
        String yanjinDraft = createFull("延津草稿项目", "410726901201");

        // every bad link named at once
        given().header("Authorization", bearer("city", CITY)).contentType(ContentType.JSON)
                .body(envoy(COUNTY, List.of(projects.get(0), projects.get(0), yanjinDraft, "7f000000-0000-4000-8000-000000000001"),
                        List.of(VILLAGE, "410726901201", "4107")))
                .post("/api/v1/envoys").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("projectIds[1]", "projectIds[2]", "projectIds[3]", "villageCodes[1]", "villageCodes[2]"));
        // a county user does not even see another county's project
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(envoy(COUNTY, List.of(yanjinDraft), List.of()))
                .post("/api/v1/envoys").then().statusCode(400).body("errors[0].message", org.hamcrest.Matchers.containsString("不存在或不在您的辖区内"));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON).body(envoy(COUNTY, List.of(), List.of()))
                .post("/api/v1/envoys").then().statusCode(403);
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON).body(envoy(COUNTY, List.of(), List.of()))
                .post("/api/v1/envoys").then().statusCode(403);

        String id = given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body(envoy(COUNTY, projects.subList(0, 2), List.of(VILLAGE, OTHER_VILLAGE))).post("/api/v1/envoys")
                .then().statusCode(201).body("countyName", equalTo("原阳县")).body("projectIds.size()", equalTo(2)).extract().path("id");
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/envoys/" + id).then().statusCode(200)
                .body("villageCodes", containsInAnyOrder(VILLAGE, OTHER_VILLAGE));
        // a village sees its county's envoy, but of the villages and projects served only its own
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/envoys/" + id).then().statusCode(200)
                .body("villageCodes", containsInAnyOrder(VILLAGE));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/envoys/" + id).then().statusCode(404);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/envoys?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/envoys?projectId=" + projects.get(1)).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/envoys?projectId=" + projects.get(2)).then().statusCode(200)
                .body("total", equalTo(0));
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/envoys?year=2013&villageCode=" + OTHER_VILLAGE).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/envoys?year=2013&villageCode=410725902201").then().statusCode(200)
                .body("total", equalTo(0));

        // coverage: two of the county's three library projects of 2013 are served
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/envoys/coverage?year=2013").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].countyCode", equalTo(COUNTY)).body("[0].libraryProjects", equalTo(3))
                .body("[0].served", equalTo(2)).body("[0].share", equalTo(0.6667f));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/envoys/coverage?year=2013&countyCode=" + OTHER_COUNTY)
                .then().statusCode(200).body("[0].libraryProjects", equalTo(0)).body("[0].share", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/envoys/coverage").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));

        // service records
        String today = LocalDate.now().toString();
        String service = given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body("""
                        {"servedOn": "2013-05-06", "topic": "肉羊驱虫和羊舍消毒", "householdsReached": 26, "villageCode": "%s", "projectId": "%s"}"""
                        .formatted(VILLAGE, projects.get(0)))
                .post("/api/v1/envoys/" + id + "/services").then().statusCode(201).body("villageName", org.hamcrest.Matchers.endsWith("（样例）"))
                .extract().path("id");
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body("""
                        {"servedOn": "2100-01-01", "topic": "x", "householdsReached": -2, "villageCode": "410725902201", "projectId": "%s"}"""
                        .formatted(projects.get(2)))
                .post("/api/v1/envoys/" + id + "/services").then().statusCode(400)
                .body("errors.field", hasItem("householdsReached"));
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body("""
                        {"servedOn": "2100-01-01", "topic": "x", "householdsReached": 2, "villageCode": "410725902201", "projectId": "%s"}"""
                        .formatted(projects.get(2)))
                .post("/api/v1/envoys/" + id + "/services").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("servedOn", "villageCode", "projectId"));
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body("""
                        {"servedOn": "%s", "topic": "田间管理", "householdsReached": 8}""".formatted(today))
                .post("/api/v1/envoys/" + id + "/services").then().statusCode(201);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON)
                .body("""
                        {"servedOn": "%s", "topic": "田间管理", "householdsReached": 8}""".formatted(today))
                .post("/api/v1/envoys/" + id + "/services").then().statusCode(404);
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/envoys/" + id + "/services?size=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(1)).body("items[0].topic", equalTo("田间管理"));
        // a village sees the services in its own village only: the other village's and the county-wide one are not its records
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/envoys/" + id + "/services").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].topic", equalTo("肉羊驱虫和羊舍消毒"));
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).get("/api/v1/envoys/" + id + "/services").then().statusCode(200)
                .body("total", equalTo(0));

        var records = KafkaTestClient.readUntil("agri.envoy", rs -> rs.stream().filter(r -> id.equals(r.key())).count() >= 3, Duration.ofSeconds(60));
        ObjectMapper mapper = new ObjectMapper();
        var events = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value())).toList();
        assertThat(events).extracting(CloudEvent::type).containsExactly(EnvoyEvents.REGISTERED_V1, EnvoyEvents.SERVICE_RECORDED_V1,
                EnvoyEvents.SERVICE_RECORDED_V1);
        assertThat(events).allSatisfy(e -> assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty());
        assertThat(events.get(0).data().get("projectIds").size()).isEqualTo(2);
        assertThat(events.get(1).data().get("serviceId").asText()).isEqualTo(service);
        assertThat(events.get(1).data().get("householdsReached").asInt()).isEqualTo(26);

        // the links are replaced as a whole, guarded by the ETag; the coverage follows
        String etag = given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/envoys/" + id).then().statusCode(200)
                .extract().header("ETag");
        String all = "{\"projectIds\": [" + quoted(projects) + "], \"villageCodes\": [\"" + VILLAGE + "\"]}";
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(all)
                .put("/api/v1/envoys/" + id + "/assignments").then().statusCode(428);
        given().header("Authorization", bearer("county", COUNTY)).header("If-Match", "\"999\"").contentType(ContentType.JSON).body(all)
                .put("/api/v1/envoys/" + id + "/assignments").then().statusCode(412);
        given().header("Authorization", bearer("county", COUNTY)).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"projectIds\": [\"" + yanjinDraft + "\"], \"villageCodes\": []}")
                .put("/api/v1/envoys/" + id + "/assignments").then().statusCode(400).body("errors[0].field", equalTo("projectIds[0]"));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).header("If-Match", etag).contentType(ContentType.JSON).body(all)
                .put("/api/v1/envoys/" + id + "/assignments").then().statusCode(404);
        String newTag = given().header("Authorization", bearer("county", COUNTY)).header("If-Match", etag).contentType(ContentType.JSON).body(all)
                .put("/api/v1/envoys/" + id + "/assignments").then().statusCode(200).body("projectIds.size()", equalTo(3))
                .body("villageCodes", org.hamcrest.Matchers.contains(VILLAGE)).extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/envoys/" + id).then().header("ETag", equalTo(newTag));
        given().header("Authorization", bearer("county", COUNTY)).header("If-Match", etag).contentType(ContentType.JSON).body(all)
                .put("/api/v1/envoys/" + id + "/assignments").then().statusCode(412);
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/envoys/coverage?year=2013").then().statusCode(200)
                .body("[0].served", equalTo(3)).body("[0].share", equalTo(1.0f));
        var changed = KafkaTestClient.readUntil("agri.envoy", rs -> rs.stream().anyMatch(r -> id.equals(r.key())
                && r.value().contains(EnvoyEvents.ASSIGNMENTS_CHANGED_V1)), Duration.ofSeconds(60));
        CloudEvent c = changed.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value()))
                .filter(e -> e.type().equals(EnvoyEvents.ASSIGNMENTS_CHANGED_V1)).findFirst().orElseThrow();
        assertThat(ContractSchemas.violations(c.type(), c.data())).isEmpty();
        assertThat(c.data().get("projectIds").size()).isEqualTo(3);
    }
}
