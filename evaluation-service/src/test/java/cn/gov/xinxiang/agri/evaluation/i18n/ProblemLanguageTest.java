package cn.gov.xinxiang.agri.evaluation.i18n;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** evaluation-service's own rules speak Chinese unless the caller asks for English. */
@QuarkusTest
class ProblemLanguageTest {

    static final String CITY = "410700000000";

    @Test
    void copyingAYearWithoutFrameworkInChineseByDefaultAndInEnglishOnRequest() {
        String path = "/api/v1/indicator-frameworks/2043/copy";
        given().header("Authorization", bearer("city", CITY)).contentType(ContentType.JSON).body("{\"fromYear\":2037}")
                .post(path).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:no-framework"))
                .body("title", equalTo("不符合规定"))
                .body("detail", equalTo("2037 年度没有可复制的指标体系"));
        given().header("Authorization", bearer("city", CITY)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"fromYear\":2037}").post(path).then().statusCode(422)
                .body("detail", equalTo("fiscal year 2037 has no indicator framework to copy"));
    }

    @Test
    void previewWithoutSubjectTypeInChineseByDefaultAndInEnglishOnRequest() {
        String path = "/api/v1/evaluations/preview?subjectId=410725000000&fiscalYear=2025";
        given().header("Authorization", bearer("city", CITY)).get(path).then().statusCode(400)
                .body("detail", equalTo("subjectType：必填：PROJECT、COUNTY 或 CITY"))
                .body("errors[0].field", equalTo("subjectType"));
        given().header("Authorization", bearer("city", CITY)).header("Accept-Language", "en").get(path).then().statusCode(400)
                .body("detail", equalTo("subjectType: is required: PROJECT, COUNTY or CITY"));
        given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/overview?fiscalYear=2025").then()
                .statusCode(403).body("detail", equalTo("全市总览仅供市级用户和全市范围的审计人员查看"));
    }
}
