package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static cn.gov.xinxiang.agri.testing.TestTokens.serviceBearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * Acceptance refuses what the asset register would refuse (the shared AcceptanceRules), with the
 * offending field paths, and then nothing is stored or announced: the project stays COMPLETED.
 */
@QuarkusTest
class AcceptanceRuleTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    static String asset(String ref, String cls, String location, String household) {
        return """
                {"assetRef": "%s", "name": "资产%s", "assetClass": "%s", "value": 1000.00, "locationRegionCode": "%s", "householdId": %s}"""
                .formatted(ref, ref, cls, location, household == null ? "null" : "\"" + household + "\"");
    }

    long acceptedEvents(String projectId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where aggregateid = ?1 and type = ?2")
                .setParameter(1, projectId).setParameter(2, ProjectEvents.ACCEPTED_V1).getSingleResult()).longValue());
    }

    @Test
    void anAssetTheRegisterWouldRefuseBlocksTheAcceptanceAndNothingIsStoredOrAnnounced() {
        // a household of the project's village on the roster
        String householdNo = "ACC-" + UUID.randomUUID();
        given().header("Authorization", serviceBearer(CITY, "project:households:write")).contentType(ContentType.JSON)
                .body("{\"households\": [{\"nationalHouseholdNo\": \"" + householdNo + "\", \"villageCode\": \"" + VILLAGE
                        + "\", \"headName\": \"张验收\", \"category\": \"POVERTY_ALLEVIATED\", \"labourCapacity\": true, \"idNumber\": \"" + idNumber(7) + "\"}]}")
                .post("/api/v1/households/bulk-upsert").then().statusCode(200);
        String household = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(id as varchar) from household where national_household_no = ?1").setParameter(1, householdNo).getSingleResult().toString());

        String id = toLibrary("验收规则项目", clock, true);
        String base = "/api/v1/projects/" + id;
        String startedAt = given().header("Authorization", bearer("county", COUNTY)).get(base).then().extract().path("startedAt");
        String startedOn = java.time.LocalDate.ofInstant(java.time.Instant.parse(startedAt), java.time.ZoneId.of("Asia/Shanghai")).toString();
        post("county", COUNTY, base + "/completion", "{\"completedOn\": \"" + startedOn + "\"}").statusCode(200);

        // the second asset stands at county level; the fourth is a household asset at a township: 422 with both paths
        post("county", COUNTY, base + "/acceptance", "{\"assets\": [" + String.join(",",
                asset("A1", "OPERATING", VILLAGE, null),
                asset("A2", "OPERATING", COUNTY, null),
                asset("A3", "PUBLIC_WELFARE", TOWNSHIP, null),
                asset("A4", "HOUSEHOLD", TOWNSHIP, household)) + "]}")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:acceptance-rule"))
                .body("errors.size()", equalTo(2))
                .body("errors[0].field", equalTo("assets[1].locationRegionCode"))
                .body("errors[0].message", containsString("须位于村或乡镇"))
                .body("errors[1].field", equalTo("assets[3].locationRegionCode"))
                .body("errors[1].message", containsString("须位于农户所在村"))
                .body("detail", containsString("有 2 个字段"));
        // one fault: the detail names it
        post("county", COUNTY, base + "/acceptance", "{\"assets\": [" + asset("A1", "PUBLIC_WELFARE", COUNTY, null) + "]}")
                .statusCode(422).body("errors.field", equalTo(List.of("assets[0].locationRegionCode")))
                .body("detail", containsString("assets[0].locationRegionCode"));
        // malformed input stays a 400, as before (unknown region, a household not on the roster)
        post("county", COUNTY, base + "/acceptance", "{\"assets\": [" + asset("A1", "HOUSEHOLD", VILLAGE, UUID.randomUUID().toString()) + "]}")
                .statusCode(400).body("errors.field", hasItems("assets[0].householdId"));

        // nothing stored, nothing announced
        given().header("Authorization", bearer("county", COUNTY)).get(base).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("assets.size()", equalTo(0)).body("acceptedAt", equalTo(null));
        assertThat(acceptedEvents(id)).isZero();
        List<String> actions = given().header("Authorization", bearer("city", CITY)).get(base + "/transitions").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertThat(actions).doesNotContain("ACCEPT");

        // corrected, the same acceptance goes through and is announced once
        post("county", COUNTY, base + "/acceptance", "{\"assets\": [" + String.join(",",
                asset("A1", "OPERATING", VILLAGE, null),
                asset("A2", "OPERATING", VILLAGE, null),
                asset("A3", "PUBLIC_WELFARE", TOWNSHIP, null),
                asset("A4", "HOUSEHOLD", VILLAGE, household)) + "]}")
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("assets.size()", equalTo(4));
        assertThat(acceptedEvents(id)).isEqualTo(1);
    }

    @Test
    void theServedOpenApiDescribesTheRefusal() {
        var op = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath()
                .getMap("paths.'/api/v1/projects/{id}/acceptance'.post");
        assertThat(op.get("description").toString()).contains("422").contains("assets[1].locationRegionCode");
        assertThat(op.get("responses").toString()).contains("422").contains("acceptance-rule");
    }
}
