package cn.gov.xinxiang.agri.funding.i18n;

import cn.gov.xinxiang.agri.funding.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** funding-service's own rules speak Chinese unless the caller asks for English. */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void aNegativeListCodeNamedTwiceInChineseByDefaultAndInEnglishOnRequest() {
        int year = Fixtures.freshYear();
        String twice = Fixtures.policyJson("0.65", "0.5").replace("DEBT_REPAYMENT", "VEHICLES");
        given().header("Authorization", Fixtures.city()).contentType(ContentType.JSON).body(twice)
                .put("/api/v1/policy-parameters/" + year).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:validation"))
                .body("title", equalTo("输入有误"))
                .body("detail", equalTo("负面清单中代码 VEHICLES 出现两次"))
                .body("errors[0].field", equalTo("negativeList[1].code"))
                .body("errors[0].message", equalTo("代码重复"));
        given().header("Authorization", Fixtures.city()).header("Accept-Language", "en").contentType(ContentType.JSON).body(twice)
                .put("/api/v1/policy-parameters/" + year).then().statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("detail", equalTo("negativeList names code VEHICLES twice"))
                .body("errors[0].message", equalTo("duplicate code"));
    }

    @Test
    void aMalformedCountyCodeInChineseByDefaultAndInEnglishOnRequest() {
        given().header("Authorization", Fixtures.city()).get("/api/v1/allocations?countyCode=4107").then().statusCode(400)
                .body("detail", equalTo("countyCode：须为 12 位区划代码"))
                .body("errors[0].message", equalTo("须为 12 位区划代码"));
        given().header("Authorization", Fixtures.city()).header("Accept-Language", "en").get("/api/v1/allocations?countyCode=4107")
                .then().statusCode(400).body("detail", equalTo("countyCode: must be a 12-digit division code"));
    }
}
