package cn.gov.xinxiang.agri.funding.codes;

import cn.gov.xinxiang.agri.funding.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** funding-service's dictionaries: coded fund uses with both names, and the negative list as the city set it for the year. */
@QuarkusTest
class FundingCodeListsTest {

    @Test
    void fundUsesAndTheYearsNegativeList() {
        given().header("Authorization", bearer("village", Fixtures.YY_VILLAGE)).get("/api/v1/code-lists").then().statusCode(200)
                .body("name", hasItems("fund-uses", "plan-statuses", "allocation-statuses", "negative-list"))
                .body("find { it.name == 'fund-uses' }.codes.find { it.code == 'INDUSTRY_DEVELOPMENT' }.zh", equalTo("产业发展"))
                .body("find { it.name == 'fund-uses' }.codes.find { it.code == 'INDUSTRY_DEVELOPMENT' }.en", equalTo("Industry development"));
        given().header("Authorization", bearer("village", Fixtures.YY_VILLAGE)).get("/api/v1/code-lists/negative-list").then().statusCode(200)
                .body("zh", equalTo("负面清单"))
                .body("codes.code", hasItems("VEHICLES", "DEBT_REPAYMENT"))
                .body("codes.find { it.code == 'VEHICLES' }.zh", equalTo("购置交通工具及通讯设备"));
    }
}
