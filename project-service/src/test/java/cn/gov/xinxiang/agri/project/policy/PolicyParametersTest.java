package cn.gov.xinxiang.agri.project.policy;

import cn.gov.xinxiang.agri.project.Fixtures;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The platform's uniform policy API as project-service serves it: rows with their sources, the value in
 * force for a year, a clear 422 before the first year, city-only changes with If-Match, and every stored
 * value published as policy.changed.v1 on agri.policy (the seeded ones at start).
 */
@QuarkusTest
class PolicyParametersTest {

    static final String PATH = "/api/v1/policy-parameters";
    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode json(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean is(JsonNode event, String key, int appliesFrom, long version) {
        JsonNode d = event.path("data");
        return d.path("key").asText().equals(key) && d.path("appliesFrom").asInt() == appliesFrom && d.path("version").asLong() == version;
    }

    /** The policy.changed event of a key's row at a version (the relay publishes the stored jsonb, so compare parsed). */
    static JsonNode lastEvent(String key, int appliesFrom, long version) {
        var records = KafkaTestClient.readUntil("agri.policy", rs -> rs.stream().anyMatch(r -> key.equals(r.key())
                && is(json(r.value()), key, appliesFrom, version)), Duration.ofSeconds(30));
        return records.stream().filter(r -> key.equals(r.key())).map(r -> json(r.value())).filter(e -> is(e, key, appliesFrom, version))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void seededValuesAreDataWithSourcesResolvedPerYearAndPublished() {
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).get(PATH + "?size=200").then().statusCode(200)
                .body("items.key", hasItem("project.min-working-mechanisms"))
                .body("items.find { it.key == 'project.min-distinct-mechanisms' }.sourceDocument", containsString("市政协十三届二次会议第095号提案"))
                .body("items.find { it.key == 'project.min-distinct-mechanisms' }.sourceDocument", containsString("新农字〔2024〕34号"))
                .body("items.sourceDocument", not(hasItem(containsString(".md"))));
        // the value in force in 2031 is the 2021 row: no year has to be copied by hand
        given().header("Authorization", bearer("auditor", Fixtures.CITY)).get(PATH + "?year=2031&key=project.notice-min-days").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].appliesFrom", equalTo(2021)).body("items[0].value", equalTo(10))
                .body("items[0].display", equalTo("10天")).body("items[0].owner", equalTo("project-service"));
        // a year before the first row is a clear 422, as is a year outside 2000..2100 a 400
        given().header("Authorization", bearer("city", Fixtures.CITY)).get(PATH + "?year=2019").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:policy-year-not-covered"))
                .body("detail", containsString("2021"));
        given().header("Authorization", bearer("city", Fixtures.CITY)).get(PATH + "?year=1999").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().header("Authorization", bearer("city", Fixtures.CITY)).get(PATH + "/project.unknown/2021").then().statusCode(404);
        given().get(PATH).then().statusCode(401);

        JsonNode seeded = lastEvent("project.min-working-mechanisms", 2021, 0);
        assertThat(seeded.path("type").asText()).isEqualTo("cn.gov.xinxiang.agri.policy.changed.v1");
        assertThat(seeded.path("data").path("value").asInt()).isEqualTo(2);
        assertThat(seeded.path("data").path("owner").asText()).isEqualTo("project-service");
    }

    @Test
    void cityUsersSetAValueFromAYearWithIfMatchAndItIsPublished() {
        String row = PATH + "/project.min-working-mechanisms/2040";
        String body = "{\"value\": 3, \"sourceDocument\": \"新乡市2040年帮扶项目联农带农考核办法（测试）\"}";
        for (String[] who : new String[][]{{"county", Fixtures.COUNTY}, {"auditor", Fixtures.CITY}, {"service", Fixtures.CITY}}) {
            given().header("Authorization", bearer(who[0], who[1])).contentType(ContentType.JSON).body(body).put(row).then().statusCode(403);
        }
        given().header("Authorization", bearer("city", Fixtures.CITY)).contentType(ContentType.JSON).body(body.replace("3", "2.5"))
                .put(row).then().statusCode(400).body("errors[0].field", equalTo("value"));
        given().header("Authorization", bearer("city", Fixtures.CITY)).contentType(ContentType.JSON).body(body.replace("3", "12"))
                .put(row).then().statusCode(400).body("errors[0].field", equalTo("value"));
        given().header("Authorization", bearer("city", Fixtures.CITY)).contentType(ContentType.JSON).body("{\"value\": 3}")
                .put(row).then().statusCode(400).body("errors[0].field", equalTo("sourceDocument"));
        given().header("Authorization", bearer("city", Fixtures.CITY)).contentType(ContentType.JSON).body(body)
                .put(PATH + "/project.unknown/2040").then().statusCode(404);

        String etag = given().header("Authorization", bearer("city", Fixtures.CITY)).contentType(ContentType.JSON).body(body).put(row)
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(row)).body("version", equalTo(0))
                .extract().header("ETag");
        given().header("Authorization", bearer("city", Fixtures.CITY)).get(PATH + "?year=2039&key=project.min-working-mechanisms").then()
                .body("items[0].appliesFrom", equalTo(2021)).body("items[0].value", equalTo(2));
        given().header("Authorization", bearer("city", Fixtures.CITY)).get(PATH + "?year=2045&key=project.min-working-mechanisms").then()
                .body("items[0].appliesFrom", equalTo(2040)).body("items[0].value", equalTo(3));
        assertThat(lastEvent("project.min-working-mechanisms", 2040, 0).path("data").path("value").asInt()).isEqualTo(3);

        // a change needs the row's ETag
        String four = body.replace("3", "4");
        given().header("Authorization", bearer("city", Fixtures.CITY)).contentType(ContentType.JSON).body(four).put(row).then().statusCode(428);
        given().header("Authorization", bearer("city", Fixtures.CITY)).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(four)
                .put(row).then().statusCode(412);
        given().header("Authorization", bearer("city", Fixtures.CITY)).header("If-Match", etag).contentType(ContentType.JSON).body(four)
                .put(row).then().statusCode(200).header("ETag", "\"1\"").body("value", equalTo(4)).body("updatedBy", equalTo("city-410700000000"));
        // replaying the same write with the old ETag is refused, not applied twice
        given().header("Authorization", bearer("city", Fixtures.CITY)).header("If-Match", etag).contentType(ContentType.JSON).body(four)
                .put(row).then().statusCode(412);
        JsonNode changed = lastEvent("project.min-working-mechanisms", 2040, 1);
        assertThat(changed.path("data").path("value").asInt()).isEqualTo(4);
        assertThat(changed.path("data").path("sourceDocument").asText()).contains("2040");
        given().header("Authorization", bearer("county", Fixtures.COUNTY)).get(row).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aProjectOfAYearBeforeTheFirstPolicyYearIsA422NotA500() {
        String id = given().header("Authorization", bearer("village", Fixtures.VILLAGE)).contentType(ContentType.JSON)
                .body(Fixtures.fullDraft("二〇一九年度项目", Fixtures.VILLAGE).replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2019"))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        Fixtures.post("village", Fixtures.VILLAGE, "/api/v1/projects/" + id + "/submission", null).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:policy-year-not-covered"))
                .body("detail", containsString("project.min-distinct-mechanisms"));
    }
}
