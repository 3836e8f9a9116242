package cn.gov.xinxiang.agri.project.library;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Full project content: validation, editing with If-Match, list filters, leading industries. */
@QuarkusTest
class ProjectLibraryTest {

    static long count() {
        return ((Number) given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects?size=1")
                .then().statusCode(200).extract().path("total")).longValue();
    }

    static io.restassured.response.ValidatableResponse create(String body) {
        return given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON).body(body).post("/api/v1/projects").then();
    }

    @Test
    void contentRulesArePreciseAndStoreNothing() {
        long before = count();
        // sums that do not add up
        create(fullDraft("x", VILLAGE, null, mechanism("EMPLOYMENT") + "," + mechanism("LAND_TRANSFER"), "1999999.99")).statusCode(400)
                .body("errors[0].field", equalTo("investment.total")).body("errors[0].message", containsString("2000000.00"));
        // a bad credit code check character
        create(fullDraft("x", VILLAGE).replace(ENTERPRISE_CODE, ENTERPRISE_CODE.substring(0, 17) + "2")).statusCode(400)
                .body("errors[0].field", equalTo("participants[0].creditCode")).body("errors[0].message", containsString("校验码错误"));
        // an operating entity without a code; a mechanism twice; a mechanism linking nobody
        create(fullDraft("x", VILLAGE).replace(", \"creditCode\": \"" + COOPERATIVE_CODE + "\"", "")).statusCode(400)
                .body("errors[0].field", equalTo("participants[1].creditCode"));
        create(fullDraft("x", VILLAGE, null, mechanism("EMPLOYMENT") + "," + mechanism("EMPLOYMENT"), "2000000.00")).statusCode(400)
                .body("errors[0].field", equalTo("mechanisms[1].type"));
        create(fullDraft("x", VILLAGE, null, mechanism("EMPLOYMENT") + "," + mechanism("LAND_TRANSFER")
                .replace("30", "0").replace("\"plannedMonitored\": 5", "\"plannedMonitored\": 0").replace("\"plannedOther\": 10", "\"plannedOther\": 0"),
                "2000000.00")).statusCode(400).body("errors[0].field", equalTo("mechanisms[1]"));
        // money with 3 decimals, negative households, unknown mechanism code, unknown leading industry, a township as region
        create(fullDraft("x", VILLAGE, null, mechanism("EMPLOYMENT") + "," + mechanism("LAND_TRANSFER"), "2000000.001")).statusCode(400)
                .body("errors.field", hasItem("investment.total"));
        create(fullDraft("x", VILLAGE, null, mechanism("EMPLOYMENT").replace("30", "-1") + "," + mechanism("LAND_TRANSFER"), "2000000.00"))
                .statusCode(400);
        create(fullDraft("x", VILLAGE, null, mechanism("MINING") + "," + mechanism("LAND_TRANSFER"), "2000000.00")).statusCode(400);
        create(fullDraft("x", VILLAGE, "NO_SUCH_INDUSTRY", mechanism("EMPLOYMENT") + "," + mechanism("LAND_TRANSFER"), "2000000.00"))
                .statusCode(400).body("errors[0].field", equalTo("leadingIndustryCode"));
        create(fullDraft("x", TOWNSHIP)).statusCode(400).body("errors[0].field", equalTo("regionCode"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDraftIsEditedByItsVillageWithIfMatch() {
        String id = createFull("编辑测试项目", VILLAGE);
        String path = "/api/v1/projects/" + id;
        String etag = given().header("Authorization", bearer("village", VILLAGE)).get(path).then().statusCode(200).extract().header("ETag");
        String edited = fullDraft("编辑测试项目（修改）", VILLAGE, null, mechanism("EMPLOYMENT") + "," + mechanism("ORDER_PURCHASING"), "2000000.00");
        // wrong role, wrong region, bad content
        given().header("Authorization", bearer("township", TOWNSHIP)).header("If-Match", etag).contentType(ContentType.JSON).body(edited)
                .put(path).then().statusCode(403);
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).header("If-Match", etag).contentType(ContentType.JSON).body(edited)
                .put(path).then().statusCode(404);
        given().header("Authorization", bearer("village", VILLAGE)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(edited.replace("\"fiscalYear\": 2025", "\"fiscalYear\": 2026")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("fiscalYear"));
        String next = given().header("Authorization", bearer("village", VILLAGE)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(edited).put(path).then().statusCode(200).body("name", equalTo("编辑测试项目（修改）"))
                .body("mechanisms.type", hasItem("ORDER_PURCHASING")).extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        // the old ETag is now stale
        given().header("Authorization", bearer("village", VILLAGE)).header("If-Match", etag).contentType(ContentType.JSON).body(edited)
                .put(path).then().statusCode(412);
        given().header("Authorization", bearer("village", VILLAGE)).get(path).then().body("mechanisms.type", not(hasItem("EQUITY_DIVIDEND")));
        // workflow steps honour If-Match too: a stale one changes nothing
        given().header("Authorization", bearer("village", VILLAGE)).header("If-Match", etag).post(path + "/submission").then().statusCode(412);
        given().header("Authorization", bearer("village", VILLAGE)).get(path).then().body("status", equalTo("DRAFT"));
        given().header("Authorization", bearer("village", VILLAGE)).header("If-Match", next).post(path + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void listFiltersAndScope() {
        // A leading-industry project and an ordinary one.
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body("{\"industries\": [{\"code\": \"PREPARED_MEALS\", \"name\": \"预制菜\"}, {\"code\": \"MUTTON\", \"name\": \"肉羊养殖\"}]}")
                .put("/api/v1/leading-industries/" + COUNTY + "/2025").then().statusCode(200);
        String lead = create(fullDraft("预制菜加工项目", VILLAGE, "PREPARED_MEALS", mechanism("EMPLOYMENT") + "," + mechanism("ORDER_PURCHASING"),
                "2000000.00").replace("SPECIALTY_FARMING", "GREEN_FOOD")).statusCode(201).extract().path("id");
        String other = createFull("普通项目", OTHER_VILLAGE);

        var city = given().header("Authorization", bearer("city", CITY));
        city.get("/api/v1/projects?leadingIndustryCode=PREPARED_MEALS&size=200").then().statusCode(200)
                .body("items.id", hasItem(lead)).body("items.id", not(hasItem(other)));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects?leadingIndustry=true&size=200").then()
                .body("items.leadingIndustryCode", everyItem(org.hamcrest.Matchers.notNullValue()));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects?industryCategory=GREEN_FOOD&fiscalYear=2025&status=DRAFT&size=200")
                .then().body("items.id", hasItem(lead)).body("items.industryCategory", everyItem(equalTo("GREEN_FOOD")));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects?entity=" + COOPERATIVE_CODE + "&size=200")
                .then().body("items.id", hasItem(other)).body("items.id", hasItem(lead));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects?entity=914403001922038216&size=200")
                .then().body("total", equalTo(0));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects?regionCode=" + OTHER_VILLAGE + "&size=200")
                .then().body("items.id", hasItem(other)).body("items.id", not(hasItem(lead)));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects?sort=budget").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/projects?status=NOPE").then().statusCode(400).body("errors[0].field", equalTo("status"));
        // a county sees its county only, even when it asks for another's subtree
        given().header("Authorization", bearer("county", OTHER_COUNTY)).get("/api/v1/projects?regionCode=" + VILLAGE + "&size=200")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", bearer("auditor", CITY)).get("/api/v1/projects/" + lead).then().statusCode(200)
                .body("leadingIndustryCode", equalTo("PREPARED_MEALS"));
    }

    @Test
    void leadingIndustriesAreTwoToThreeAndTheCountysOwn() {
        String two = "{\"industries\": [{\"code\": \"WHEAT\", \"name\": \"优质小麦\"}, {\"code\": \"PEANUT\", \"name\": \"高油花生\"}]}";
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON)
                .body("{\"industries\": [{\"code\": \"WHEAT\", \"name\": \"优质小麦\"}]}")
                .put("/api/v1/leading-industries/" + OTHER_COUNTY + "/2025").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:leading-industry-count"));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON)
                .body("{\"industries\": [{\"code\": \"A\", \"name\": \"a\"}, {\"code\": \"B\", \"name\": \"b\"}, {\"code\": \"C\", \"name\": \"c\"}, {\"code\": \"D\", \"name\": \"d\"}]}")
                .put("/api/v1/leading-industries/" + OTHER_COUNTY + "/2025").then().statusCode(422);
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(two)
                .put("/api/v1/leading-industries/" + OTHER_COUNTY + "/2025").then().statusCode(403);
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON).body(two)
                .put("/api/v1/leading-industries/" + OTHER_COUNTY + "/2025").then().statusCode(403);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON).body(two)
                .put("/api/v1/leading-industries/410726901000/2025").then().statusCode(400);
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON).body(two)
                .put("/api/v1/leading-industries/" + OTHER_COUNTY + "/2025").then().statusCode(200);
        given().header("Authorization", bearer("village", "410726901201")).get("/api/v1/leading-industries/" + OTHER_COUNTY + "/2025")
                .then().statusCode(200).body("code", org.hamcrest.Matchers.contains("PEANUT", "WHEAT"));
        // a 原阳 village cannot name 延津's industry
        create(fullDraft("x", VILLAGE, "WHEAT", mechanism("EMPLOYMENT") + "," + mechanism("LAND_TRANSFER"), "2000000.00")).statusCode(400)
                .body("errors[0].field", equalTo("leadingIndustryCode"));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/policy-params").then().statusCode(200)
                .body("find { it.key == 'project.notice-min-days' }.value", equalTo(10.0f))
                .body("find { it.key == 'project.notice-min-days' }.sourceDocument", containsString("095"));
    }
}
