package cn.gov.xinxiang.agri.project.craftsman;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CraftsmanTest {

    static String craftsman(String name, String level, String region, int year) {
        return """
                {"name": "%s", "level": "%s", "craft": "手工布艺", "regionCode": "%s", "industry": "特色手工布艺加工",
                 "householdsEmployed": 12, "yearRecognised": %d}""".formatted(name, level, region, year);
    }

    static String create(String role, String region, String body) {
        return given().header("Authorization", bearer(role, region)).contentType(ContentType.JSON).body(body).post("/api/v1/craftsmen")
                .then().statusCode(201).header("Location", containsString("/api/v1/craftsmen/")).extract().path("id");
    }

    @Test
    void aRecognitionIsRecordedReadInScopeAndAnnounced() {
        String name = "工匠" + UUID.randomUUID().toString().substring(0, 6);
        String id = create("county", COUNTY, craftsman(name, "PROVINCIAL_MASTER", VILLAGE, 2023));
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/craftsmen/" + id).then().statusCode(200)
                .body("levelLabel", equalTo("省级乡村工匠名师")).body("countyCode", equalTo(COUNTY)).body("regionName", endsWith("（样例）"))
                .body("householdsEmployed", equalTo(12));
        // not even by id from another county or village
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/craftsmen/" + id).then().statusCode(404);
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).get("/api/v1/craftsmen/" + id).then().statusCode(404);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/craftsmen?size=200")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        // the same person, region and level again is a conflict
        given().header("Authorization", bearer("city", CITY)).contentType(ContentType.JSON).body(craftsman(name, "PROVINCIAL_MASTER", VILLAGE, 2024))
                .post("/api/v1/craftsmen").then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("name"));

        var records = KafkaTestClient.readUntil("agri.craftsman", rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(60));
        ObjectMapper mapper = new ObjectMapper();
        CloudEvent e = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value())).findFirst().orElseThrow();
        assertThat(e.type()).isEqualTo(CraftsmanEvents.RECOGNISED_V1);
        assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty();
        assertThat(e.data().get("level").asText()).isEqualTo("PROVINCIAL_MASTER");
        assertThat(e.data().get("yearRecognised").asInt()).isEqualTo(2023);
    }

    @Test
    void aReplayedCreateWithTheSameIdempotencyKeyRecordsOnce() {
        String name = "重放" + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        String body = craftsman(name, "CITY", VILLAGE, 2021);
        String first = given().header("Authorization", bearer("county", COUNTY)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/craftsmen").then().statusCode(201).extract().path("id");
        String again = given().header("Authorization", bearer("county", COUNTY)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/craftsmen").then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/craftsmen?yearRecognised=2021&size=200").then().statusCode(200)
                .body("items.findAll { it.name == '" + name + "' }.size()", equalTo(1));
    }

    @Test
    void badInputIsAProblemNamingTheFieldsInEitherLanguage() {
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body("""
                        {"name": " ", "level": "CITY", "craft": "木雕", "regionCode": "%s", "industry": "木雕", "householdsEmployed": -1, "yearRecognised": 1999}"""
                        .formatted(VILLAGE))
                .post("/api/v1/craftsmen").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "householdsEmployed", "yearRecognised"));
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(craftsman("王木匠", "GRANDMASTER", VILLAGE, 2023))
                .post("/api/v1/craftsmen").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", bearer("county", COUNTY)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(craftsman("王木匠", "CITY", "4107", 2023)).post("/api/v1/craftsmen").then().statusCode(400)
                .body("errors[0].field", equalTo("regionCode")).body("errors[0].message", containsString("12-digit"));
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(craftsman("王木匠", "CITY", CITY, 2023))
                .post("/api/v1/craftsmen").then().statusCode(400).body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].message", containsString("县/乡镇/村"));
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(craftsman("王木匠", "CITY", VILLAGE, 2099))
                .post("/api/v1/craftsmen").then().statusCode(400).body("errors[0].field", equalTo("yearRecognised"));
        // another county's village: 403; a village user may not record at all
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON).body(craftsman("王木匠", "CITY", VILLAGE, 2023))
                .post("/api/v1/craftsmen").then().statusCode(403);
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON).body(craftsman("王木匠", "CITY", VILLAGE, 2023))
                .post("/api/v1/craftsmen").then().statusCode(403);
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/craftsmen?level=GRANDMASTER").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/craftsmen?size=500").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void listsArePagedFilteredAndTotalledByLevel() {
        int year = 2019;
        String prefix = "页" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            create("county", COUNTY, craftsman(prefix + i, "CITY", OTHER_VILLAGE, year));
        }
        create("city", CITY, craftsman(prefix + "国", "NATIONAL_MASTER_RECOMMENDED", "410726901201", year));
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/craftsmen?yearRecognised=2019&level=CITY&size=2&page=1")
                .then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(1)).body("page", equalTo(1))
                .body("items.regionCode", everyItem(startsWith("410725")));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/craftsmen?yearRecognised=2019&regionCode=410726000000")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].level", equalTo("NATIONAL_MASTER_RECOMMENDED"));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/craftsmen/totals?yearRecognised=2019").then().statusCode(200)
                .body("level", org.hamcrest.Matchers.contains("CITY", "PROVINCIAL_MASTER", "NATIONAL_MASTER_RECOMMENDED"))
                .body("craftsmen", org.hamcrest.Matchers.contains(3, 0, 1)).body("householdsEmployed[0]", equalTo(36));
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/craftsmen/totals?yearRecognised=2019").then().statusCode(200)
                .body("craftsmen", org.hamcrest.Matchers.contains(3, 0, 0));
    }
}
