package cn.gov.xinxiang.agri.project.codes;

import cn.gov.xinxiang.agri.project.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Dictionaries for front ends: both names and the order of every code, the statuses the caller's role
 * may move a project to (from the workflow itself), and an ETag that answers 304 while nothing changed.
 */
@QuarkusTest
class CodeListsTest {

    static final String PATH = "/api/v1/code-lists";

    @Test
    void everyListHasBothNamesAndTheStatusListFollowsTheCallersRole() {
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).get(PATH).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", hasItems("project-statuses", "mechanism-types", "industry-categories", "entity-types", "household-categories",
                        "skills-certificate-kinds", "skills-certificate-levels", "craftsman-levels", "demonstration-village-kinds",
                        "demonstration-issuing-levels"))
                .body("find { it.name == 'mechanism-types' }.zh", equalTo("联农带农方式"))
                .body("find { it.name == 'mechanism-types' }.codes.find { it.code == 'EMPLOYMENT' }.zh", equalTo("就业务工"))
                .body("find { it.name == 'mechanism-types' }.codes.find { it.code == 'EMPLOYMENT' }.en", equalTo("Employment"))
                .body("find { it.name == 'mechanism-types' }.codes.find { it.code == 'EMPLOYMENT' }.order", equalTo(1))
                .body("find { it.name == 'project-statuses' }.codes.find { it.code == 'DRAFT' }.next", contains("SUBMITTED"))
                .body("find { it.name == 'project-statuses' }.codes.find { it.code == 'SUBMITTED' }.next.size()", equalTo(0));
        given().header("Authorization", bearer("township", Fixtures.TOWNSHIP)).get(PATH + "/project-statuses").then().statusCode(200)
                .body("codes.find { it.code == 'SUBMITTED' }.next", contains("TOWNSHIP_REVIEWED", "DRAFT"))
                .body("codes.find { it.code == 'DRAFT' }.next.size()", equalTo(0));
    }

    @Test
    void anUnchangedListAnswers304AndAnotherRoleSeesAnotherVersion() {
        Response village = given().header("Authorization", bearer("village", Fixtures.VILLAGE)).get(PATH + "/project-statuses");
        String etag = village.header("ETag");
        assertThat(etag).isNotBlank();
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).header("If-None-Match", etag)
                .get(PATH + "/project-statuses").then().statusCode(304);
        String county = given().header("Authorization", bearer("county", Fixtures.COUNTY)).get(PATH + "/project-statuses").header("ETag");
        assertThat(county).isNotEqualTo(etag);
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).get(PATH + "/no-such-list").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(PATH).then().statusCode(401);
    }
}
