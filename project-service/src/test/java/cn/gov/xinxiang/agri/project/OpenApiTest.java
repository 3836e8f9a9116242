package cn.gov.xinxiang.agri.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint is documented with a summary; request bodies carry examples. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationHasASummaryAndTheBodiesHaveExamples() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).contains("/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/projects/{id}/submission",
                "/api/v1/projects/{id}/township-review", "/api/v1/projects/{id}/county-review", "/api/v1/projects/{id}/notice",
                "/api/v1/projects/{id}/admission", "/api/v1/projects/{id}/return", "/api/v1/projects/{id}/completion",
                "/api/v1/projects/{id}/acceptance", "/api/v1/projects/{id}/transitions", "/api/v1/projects/{id}/objections",
                "/api/v1/projects/{id}/objections/{objectionId}/resolution", "/api/v1/projects/{id}/results/{year}",
                "/api/v1/households/bulk-upsert", "/api/v1/households/import", "/api/v1/households/{id}",
                "/api/v1/leading-industries/{countyCode}/{year}", "/api/v1/policy-params", "/api/v1/policy-parameters",
                "/api/v1/policy-parameters/{key}/{fromYear}",
                "/api/v1/regions", "/api/v1/regions/{code}", "/api/v1/regions/{code}/children", "/api/v1/regions/uploads",
                "/api/v1/regions/uploads/{id}", "/api/v1/regions/uploads/{id}/changes", "/api/v1/regions/uploads/{id}/application",
                "/api/v1/entities", "/api/v1/entities/{creditCode}", "/api/v1/entities/{creditCode}/versions", "/api/v1/projects/{id}/entities",
                "/api/v1/consortia", "/api/v1/consortia/{id}", "/api/v1/consortia/{id}/versions", "/api/v1/consortia/totals");
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (List.of("get", "post", "put", "delete").contains(method)) {
                assertThat(op.get("summary")).as(method + " " + path).isNotNull();
            }
        }));
        for (String schema : List.of("ProjectDraftRequest", "Investment", "Participant", "Mechanism", "CountyApprovalRequest",
                "ReturnRequest", "AcceptanceRequest", "FormedAsset", "HouseholdInput", "ResultsReport", "MechanismResult", "PolicyParameterChange",
                "Region", "RegionDiffChange", "OperatingEntityRegistration", "OperatingEntityCorrection", "ProjectEntityLink", "ConsortiumRequest",
                "ConsortiumCorrection", "ConsortiumMember", "ConsortiumLink", "ConsortiumFinancing")) {
            Map<String, Map<String, Object>> props = doc.getMap("components.schemas." + schema + ".properties");
            assertThat(props).as(schema).isNotEmpty();
            assertThat(props.values().stream().anyMatch(p -> p.containsKey("examples") || p.containsKey("example") || p.containsKey("$ref")
                    || p.containsKey("items"))).as(schema).isTrue();
        }
    }
}
