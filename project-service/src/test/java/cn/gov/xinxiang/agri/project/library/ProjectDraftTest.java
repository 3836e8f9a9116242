package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ProjectDraftTest {

    static final String VILLAGE = "410725901201";
    static final String OTHER_VILLAGE = "410725901202";
    static final String TOWNSHIP = "410725901000";
    static final String OTHER_COUNTY = "410726000000";

    final ObjectMapper mapper = new ObjectMapper();

    static String draft(String name, String region) {
        return """
                {"name": "%s", "fiscalYear": 2025, "regionCode": "%s", "industryCategory": "SPECIALTY_FARMING"}
                """.formatted(name, region);
    }

    static String create(String name) {
        return given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body(draft(name, VILLAGE))
                .post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/projects/"))
                .body("status", equalTo("DRAFT"))
                .body("regionName", equalTo("城关一村（样例）"))
                .extract().path("id");
    }

    @Test
    void aVillageDraftIsStoredScopedAndAnnouncedWithAValidEvent() throws Exception {
        String id = create("城关一村肉羊养殖扶贫车间");

        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/projects/" + id)
                .then().statusCode(200).header("ETag", notNullValue()).body("name", equalTo("城关一村肉羊养殖扶贫车间"));
        given().header("Authorization", bearer("township", TOWNSHIP)).get("/api/v1/projects/" + id)
                .then().statusCode(200);
        given().header("Authorization", bearer("city", "410700000000")).get("/api/v1/projects")
                .then().statusCode(200).body("items.id", hasItem(id));

        // Another village, or another county, cannot read it, not even by id.
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).get("/api/v1/projects/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("urn:agri:problem:not-found"));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/projects/" + id)
                .then().statusCode(404);
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).get("/api/v1/projects")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));

        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(
                EventTypes.topicOf(ProjectEvents.AGGREGATE), rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        var record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        var envelope = mapper.readTree(record.value());
        assertThat(ContractSchemas.envelopeViolations(envelope)).isEmpty();
        CloudEvent event = CloudEvent.parse(mapper, record.value());
        assertThat(event.type()).isEqualTo(ProjectEvents.DRAFTED_V1);
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.source()).isEqualTo("/project-service");
        assertThat(ContractSchemas.violations(event.type(), event.data())).isEmpty();
        assertThat(event.data().get("name").asText()).isEqualTo("城关一村肉羊养殖扶贫车间");
    }

    @Test
    void badInputIsAPreciseProblemAndStoresNothing() {
        long before = count();
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"fiscalYear\": 1999, \"regionCode\": \"4107\"}")
                .post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("fiscalYear", "industryCategory", "name", "regionCode"));
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", ")
                .post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("urn:agri:problem:malformed-json"));
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"fiscalYear\": 2025, \"regionCode\": \"410725901201\", \"industryCategory\": \"MINING\"}")
                .post("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("industryCategory"));
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body(draft("x", "410725109201"))
                .post("/api/v1/projects")
                .then().statusCode(400).body("detail", containsString("未知区划"));
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/projects/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/projects?size=100000")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyAVillageUserCreatesAndOnlyForTheirVillage() {
        given().contentType(ContentType.JSON).body(draft("x", VILLAGE)).post("/api/v1/projects")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/projects")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", bearer("county", "410725000000")).contentType(ContentType.JSON).body(draft("x", VILLAGE))
                .post("/api/v1/projects").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).contentType(ContentType.JSON).body(draft("x", VILLAGE))
                .post("/api/v1/projects").then().statusCode(403);
        // A token whose role does not fit its region is refused.
        given().header("Authorization", bearer("village", "410725000000")).get("/api/v1/projects")
                .then().statusCode(403);
    }

    @Test
    void aReplayedPostCreatesOneProject() {
        String key = UUID.randomUUID().toString();
        long before = count();
        String first = given().header("Authorization", bearer("village", VILLAGE)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(draft("重放测试", VILLAGE))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        String second = given().header("Authorization", bearer("village", VILLAGE)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(draft("重放测试", VILLAGE))
                .post("/api/v1/projects").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(count()).isEqualTo(before + 1);
        given().header("Authorization", bearer("village", VILLAGE)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(draft("另一个项目", VILLAGE))
                .post("/api/v1/projects").then().statusCode(422).body("type", equalTo("urn:agri:problem:idempotency-key-reused"));
        assertThat(count()).isEqualTo(before + 1);
    }

    private static long count() {
        return ((Number) given().header("Authorization", bearer("city", "410700000000")).get("/api/v1/projects?size=1")
                .then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void namesSortInPinyinOrder() {
        String village = "410782902203";
        for (String name : List.of("张庄村民宿", "安乐村香菇", "李家庄花生")) {
            given().header("Authorization", bearer("village", village)).contentType(ContentType.JSON).body(draft(name, village))
                    .post("/api/v1/projects").then().statusCode(201);
        }
        List<String> names = given().header("Authorization", bearer("village", village)).get("/api/v1/projects?sort=name&size=200")
                .then().statusCode(200).extract().path("items.name");
        // pinyin: an < li < zhang; code points would give 安 < 张 < 李
        assertThat(names).containsSubsequence("安乐村香菇", "李家庄花生", "张庄村民宿");
        List<String> reversed = given().header("Authorization", bearer("village", village)).get("/api/v1/projects?sort=-name&size=200")
                .then().statusCode(200).extract().path("items.name");
        assertThat(reversed).containsSubsequence("张庄村民宿", "李家庄花生", "安乐村香菇");
    }
}
