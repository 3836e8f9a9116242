package cn.gov.xinxiang.agri.project.i18n;

import cn.gov.xinxiang.agri.project.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Problems speak Chinese unless the caller asks for English: titles, platform details and Bean Validation messages. */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void notFoundInChineseByDefaultAndInEnglishOnRequest() {
        String path = "/api/v1/projects/" + UUID.randomUUID();
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).get(path).then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("未找到"))
                .body("detail", containsString("项目")).body("detail", containsString("不存在或不在您的辖区内"));
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).header("Accept-Language", "en-GB,en;q=0.9").get(path)
                .then().statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", containsString("does not exist or is outside your region"));
    }

    @Test
    void validationMessagesFollowTheLanguage() {
        String body = """
                {"name": "", "fiscalYear": 2026, "regionCode": "4107", "industryCategory": "SPECIALTY_FARMING"}""";
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).contentType("application/json").body(body)
                .post("/api/v1/projects").then().statusCode(400)
                .body("title", equalTo("输入有误"))
                .body("errors.find { it.field == 'regionCode' }.message", equalTo("必须是12位统计用区划代码"))
                .body("errors.find { it.field == 'name' }.message", equalTo("不能为空"));
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).header("Accept-Language", "en").contentType("application/json").body(body)
                .post("/api/v1/projects").then().statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("errors.find { it.field == 'regionCode' }.message", equalTo("must be a 12-digit division code"))
                .body("errors.find { it.field == 'name' }.message", equalTo("must not be blank"));
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).contentType("application/json").body("{not json")
                .post("/api/v1/projects").then().statusCode(400).body("detail", equalTo("请求体不是有效的 JSON"));
        given().get("/api/v1/projects").then().statusCode(401).body("title", equalTo("未登录"));
    }

    @Test
    void aRefusedIntakeStepNamesRoleActionAndStatusesInTheCallersLanguage() {
        String id = Fixtures.toStatus("语言测试项目", "DRAFT");
        String path = "/api/v1/projects/" + id + "/township-review";
        given().header("Authorization", bearer("township", Fixtures.TOWNSHIP)).contentType("application/json").body("{}").post(path)
                .then().statusCode(409).body("title", equalTo("冲突"))
                .body("detail", equalTo("项目当前为“草稿”，不能审核通过；须为“村申报”"));
        given().header("Authorization", bearer("township", Fixtures.TOWNSHIP)).header("Accept-Language", "en").contentType("application/json")
                .body("{}").post(path).then().statusCode(409)
                .body("detail", equalTo("cannot approve (township review) a project that is draft; it must be submitted by the village"));
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).contentType("application/json").body("{}").post(path)
                .then().statusCode(403).body("detail", equalTo("只有乡级用户可以审核通过项目"));
    }

    @Test
    void aProjectRuleSpeaksTheCallersLanguage() {
        String body = Fixtures.fullDraft("投资不符项目", Fixtures.VILLAGE, null,
                Fixtures.mechanism("EMPLOYMENT") + "," + Fixtures.mechanism("EQUITY_DIVIDEND"), "2500000.00");
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).contentType("application/json").body(body)
                .post("/api/v1/projects").then().statusCode(400)
                .body("type", equalTo("urn:agri:problem:validation"))
                .body("errors[0].field", equalTo("investment.total"))
                .body("detail", equalTo("investment.total：须等于各资金来源之和（2000000.00），实为 2500000.00"));
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).header("Accept-Language", "en").contentType("application/json")
                .body(body).post("/api/v1/projects").then().statusCode(400)
                .body("detail", equalTo("investment.total: must equal the sum of the sources (2000000.00), is 2500000.00"));
    }

    @Test
    void importRightsInChineseByDefaultAndInEnglishOnRequest() {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).contentType(xlsx).body(new byte[] {1})
                .post("/api/v1/imports/library-projects").then().statusCode(403)
                .body("detail", equalTo("入库项目由市级或县级用户导入（village 无权导入）"));
        given().header("Authorization", bearer("village", Fixtures.VILLAGE)).header("Accept-Language", "en").contentType(xlsx).body(new byte[] {1})
                .post("/api/v1/imports/library-projects").then().statusCode(403)
                .body("detail", equalTo("library projects are imported by city or county users (village may not)"));
    }
}
