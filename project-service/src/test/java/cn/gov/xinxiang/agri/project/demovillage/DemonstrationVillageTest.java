package cn.gov.xinxiang.agri.project.demovillage;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class DemonstrationVillageTest {

    /** 七里营二村 and 三村 (新乡县): the two sample villages the sample's 25 wellness villages leave out, so SampleProgrammesTest's counts stay exact. */
    static final String DV = "410721901202";
    static final String DV_NEIGHBOUR = "410721901203";
    static final String DV_COUNTY = "410721000000";

    static String draft(String name, String village, String category) {
        return given().header("Authorization", bearer("village", village)).contentType(ContentType.JSON)
                .body(fullDraft(name, village).replace("SPECIALTY_FARMING", category)).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    static String designation(String village, String kind, String level, int year, String projects) {
        return """
                {"villageCode": "%s", "kind": "%s", "issuingLevel": "%s", "yearDesignated": %d, "projectIds": [%s]}"""
                .formatted(village, kind, level, year, projects);
    }

    @Test
    void aDesignationLinksTheVillagesFittingProjectsIsScopedAndAnnounced() {
        String wellness = draft("七里营二村康养民宿（测试）", DV, "RURAL_WELLNESS");
        String tourism = draft("七里营二村乡村旅游（测试）", DV, "CULTURE_TOURISM");
        String farming = draft("七里营二村养殖（测试）", DV, "SPECIALTY_FARMING");
        String elsewhere = draft("七里营三村康养（测试）", DV_NEIGHBOUR, "RURAL_WELLNESS");

        given().header("Authorization", bearer("county", DV_COUNTY)).contentType(ContentType.JSON)
                .body(designation(DV, "WELLNESS", "PROVINCIAL", 2020,
                        "\"%s\", \"%s\", \"%s\", \"7f000000-0000-4000-8000-000000000002\"".formatted(farming, elsewhere, farming)))
                .post("/api/v1/demonstration-villages").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("projectIds[0]", "projectIds[1]", "projectIds[2]", "projectIds[3]"));
        given().header("Authorization", bearer("county", DV_COUNTY)).contentType(ContentType.JSON)
                .body(designation("410721901000", "WELLNESS", "PROVINCIAL", 2020, "")).post("/api/v1/demonstration-villages")
                .then().statusCode(400).body("errors[0].field", equalTo("villageCode"));
        given().header("Authorization", bearer("county", DV_COUNTY)).contentType(ContentType.JSON)
                .body(designation(DV, "SPA", "PROVINCIAL", 2020, "")).post("/api/v1/demonstration-villages")
                .then().statusCode(400);
        given().header("Authorization", bearer("county", DV_COUNTY)).contentType(ContentType.JSON)
                .body(designation(DV, "WELLNESS", "PROVINCIAL", 2099, "")).post("/api/v1/demonstration-villages")
                .then().statusCode(400).body("errors[0].field", equalTo("yearDesignated"));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON)
                .body(designation(DV, "WELLNESS", "PROVINCIAL", 2020, "")).post("/api/v1/demonstration-villages")
                .then().statusCode(403);

        String id = given().header("Authorization", bearer("county", DV_COUNTY)).contentType(ContentType.JSON)
                .body(designation(DV, "WELLNESS", "PROVINCIAL", 2020, "\"%s\", \"%s\"".formatted(wellness, tourism)))
                .post("/api/v1/demonstration-villages").then().statusCode(201).body("kindLabel", equalTo("康养示范村"))
                .body("issuingLevelLabel", equalTo("省级")).body("projectIds", containsInAnyOrder(wellness, tourism)).extract().path("id");
        given().header("Authorization", bearer("city", CITY)).contentType(ContentType.JSON)
                .body(designation(DV, "WELLNESS", "PROVINCIAL", 2021, "")).post("/api/v1/demonstration-villages")
                .then().statusCode(409).body("errors[0].field", equalTo("villageCode"));
        // the same village may hold another kind or level
        given().header("Authorization", bearer("city", CITY)).contentType(ContentType.JSON)
                .body(designation(DV, "BEAUTIFUL_VILLAGE", "CITY", 2020, "\"%s\"".formatted(farming))).post("/api/v1/demonstration-villages")
                .then().statusCode(201);

        given().header("Authorization", bearer("village", DV)).get("/api/v1/demonstration-villages/" + id).then().statusCode(200);
        given().header("Authorization", bearer("village", DV_NEIGHBOUR)).get("/api/v1/demonstration-villages/" + id).then().statusCode(404);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/demonstration-villages/" + id).then().statusCode(404);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/demonstration-villages?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().header("Authorization", bearer("county", DV_COUNTY)).get("/api/v1/demonstration-villages?yearDesignated=2020&kind=WELLNESS&size=1")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().header("Authorization", bearer("county", DV_COUNTY)).get("/api/v1/demonstration-villages?issuingLevel=STATE").then().statusCode(400)
                .body("errors[0].field", equalTo("issuingLevel"));
        given().header("Authorization", bearer("county", DV_COUNTY)).get("/api/v1/demonstration-villages/totals?yearDesignated=2020&regionCode=" + DV + "")
                .then().statusCode(200).body("kind", org.hamcrest.Matchers.contains("WELLNESS", "BEAUTIFUL_VILLAGE"))
                .body("villages", org.hamcrest.Matchers.contains(1, 1)).body("qualifyingProjects", org.hamcrest.Matchers.contains(2, 1));

        var records = KafkaTestClient.readUntil("agri.demonstration-village", rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(60));
        CloudEvent e = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(new ObjectMapper(), r.value())).findFirst().orElseThrow();
        assertThat(e.type()).isEqualTo(DemonstrationVillageEvents.DEMONSTRATION_VILLAGE_DESIGNATED_V1);
        assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty();
        assertThat(e.data().get("projectIds").size()).isEqualTo(2);

        // the qualifying projects are replaced as a whole, guarded by the ETag
        String etag = given().header("Authorization", bearer("county", DV_COUNTY)).get("/api/v1/demonstration-villages/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", bearer("county", DV_COUNTY)).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"projectIds\": [\"" + farming + "\"]}").put("/api/v1/demonstration-villages/" + id + "/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("projectIds[0]"));
        given().header("Authorization", bearer("county", DV_COUNTY)).header("If-Match", "\"41\"").contentType(ContentType.JSON)
                .body("{\"projectIds\": [\"" + wellness + "\"]}").put("/api/v1/demonstration-villages/" + id + "/projects").then().statusCode(412);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"projectIds\": [\"" + wellness + "\"]}").put("/api/v1/demonstration-villages/" + id + "/projects").then().statusCode(404);
        String newTag = given().header("Authorization", bearer("county", DV_COUNTY)).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"projectIds\": [\"" + wellness + "\"]}").put("/api/v1/demonstration-villages/" + id + "/projects")
                .then().statusCode(200).body("projectIds", org.hamcrest.Matchers.contains(wellness)).extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        given().header("Authorization", bearer("county", DV_COUNTY)).get("/api/v1/demonstration-villages/totals?yearDesignated=2020&regionCode=" + DV)
                .then().statusCode(200).body("qualifyingProjects", org.hamcrest.Matchers.contains(1, 1));
        var changed = KafkaTestClient.readUntil("agri.demonstration-village", rs -> rs.stream().anyMatch(r -> id.equals(r.key())
                && r.value().contains(DemonstrationVillageEvents.DEMONSTRATION_VILLAGE_PROJECTS_CHANGED_V1)), Duration.ofSeconds(60));
        CloudEvent c = changed.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(new ObjectMapper(), r.value()))
                .filter(x -> x.type().equals(DemonstrationVillageEvents.DEMONSTRATION_VILLAGE_PROJECTS_CHANGED_V1)).findFirst().orElseThrow();
        assertThat(ContractSchemas.violations(c.type(), c.data())).isEmpty();
        assertThat(c.data().get("projectIds").size()).isEqualTo(1);
    }
}
