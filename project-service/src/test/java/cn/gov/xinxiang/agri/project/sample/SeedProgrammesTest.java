package cn.gov.xinxiang.agri.project.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run's sample programmes (sample/sample-programmes.json, which deploy/local-run's SampleData posts the same
 * way) go in through the public API, and the seed's numbers come back out of it: 原阳's consortium around a
 * prepared-meal company employing 1,000 farmers with 60,000 sheep raised by farmers and 8,000 mu of peanut vines
 * bought, 延津's premium-wheat park linking 5,000 households, 辉县's 300 homestay rooms linking 840 households.
 */
@QuarkusTest
class SeedProgrammesTest {

    static final String CITY = "410700000000";

    @Test
    void theSampleProgrammesLoadThroughTheApiAndTellTheSeedsNumbers() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/sample/sample-programmes.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        for (JsonNode step : doc.get("steps")) {
            var req = given().header("Authorization", bearer(step.at("/as/role").asText(), step.at("/as/region").asText()))
                    .contentType(ContentType.JSON).body(step.get("body").toString());
            String path = step.get("path").asText();
            var response = step.get("method").asText().equals("PUT") ? req.put(path) : req.post(path);
            assertThat(response.statusCode()).as(step.get("method").asText() + " " + path + " → " + response.asString()).isBetween(200, 201);
        }

        JsonPath totals = given().header("Authorization", bearer("city", CITY)).get("/api/v1/consortia/totals?year=2024")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> yuanyang = county(totals, "410725000000");
        assertThat(yuanyang.get("employedHouseholds")).isEqualTo(1000);
        assertThat(quantity(yuanyang, "CONTRACT_FARMING", "肉羊", "只")).isEqualTo("60000.00");
        assertThat(quantity(yuanyang, "PURCHASE", "花生秧", "亩")).isEqualTo("8000.00");
        assertThat(county(totals, "410726000000").get("linkedHouseholds")).isEqualTo(5000);
        Map<String, Object> huixian = county(totals, "410782000000");
        assertThat(huixian.get("linkedHouseholds")).isEqualTo(840);
        assertThat(quantity(huixian, "CAPACITY", "精品民宿", "间")).isEqualTo("300.00");

        // the consortium reads back with its registered lead and members, all marked as sample data
        String id = given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/consortia?year=2024")
                .then().statusCode(200).extract().path("items.find { it.name.contains('预制菜') }.id");
        given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/consortia/" + id).then().statusCode(200)
                .body("leadEnterprise.kind", org.hamcrest.Matchers.equalTo("LEADING_ENTERPRISE"))
                .body("leadEnterprise.name", org.hamcrest.Matchers.endsWith("（样例）"))
                .body("leadingIndustryName", org.hamcrest.Matchers.equalTo("预制菜"))
                .body("members.kind", org.hamcrest.Matchers.containsInAnyOrder("COOPERATIVE", "FAMILY_FARM", "VILLAGE_COLLECTIVE"));
        List<String> names = given().header("Authorization", bearer("city", CITY)).get("/api/v1/entities?q=（样例）&size=200")
                .then().statusCode(200).extract().path("items.name");
        long registered = java.util.stream.StreamSupport.stream(doc.get("steps").spliterator(), false)
                .filter(step -> step.get("path").asText().equals("/api/v1/entities")).count();
        assertThat(names).hasSize((int) registered).allMatch(n -> n.endsWith("（样例）"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> county(JsonPath totals, String county) {
        List<Map<String, Object>> rows = totals.getList("$");
        return rows.stream().filter(r -> county.equals(r.get("countyCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("no totals for " + county + " in " + rows));
    }

    @SuppressWarnings("unchecked")
    private static String quantity(Map<String, Object> county, String kind, String product, String unit) {
        List<Map<String, Object>> links = (List<Map<String, Object>>) county.get("links");
        return links.stream().filter(l -> kind.equals(l.get("kind")) && product.equals(l.get("product")) && unit.equals(l.get("unit")))
                .map(l -> new java.math.BigDecimal(String.valueOf(l.get("quantity"))).setScale(2).toPlainString()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + product + " " + unit + " in " + links));
    }
}
