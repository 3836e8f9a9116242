package cn.gov.xinxiang.agri.asset.i18n;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static cn.gov.xinxiang.agri.asset.Api.as;
import static org.hamcrest.Matchers.equalTo;

/** asset-service's own rules speak Chinese unless the caller asks for English. */
@QuarkusTest
class ProblemLanguageTest {

    static final String V3 = "410725901203";

    static final String UNEVEN_FUNDING = """
            {"name": "语言测试资产", "assetClass": "OPERATING", "value": 100.00, "regionCode": "%s", "inServiceOn": "2024-01-01",
             "funding": {"linkage": 99.99, "otherFiscal": 0, "selfRaised": 0, "credit": 0},
             "operatingMode": "LEASED",
             "contract": {"counterparty": "原阳县鑫农牧业有限公司", "start": "2024-01-01", "end": "2033-12-31", "annualRent": 20000.00}}
            """.formatted(V3);

    @Test
    void theFundingRuleInChineseByDefaultAndInEnglishOnRequest() {
        as("village", V3).body(UNEVEN_FUNDING).post("/api/v1/assets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:validation"))
                .body("title", equalTo("输入有误"))
                .body("errors[0].field", equalTo("funding"))
                .body("detail", equalTo("funding：各部分合计 99.99，而资产价值为 100.00"))
                .body("errors[0].message", equalTo("各部分合计 99.99，而资产价值为 100.00"));
        as("village", V3).header("Accept-Language", "en").body(UNEVEN_FUNDING).post("/api/v1/assets").then().statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("detail", equalTo("funding: the parts add up to 99.99 but the value is 100.00"));
    }

    @Test
    void periodsAndImportRightsInChineseByDefaultAndInEnglishOnRequest() {
        String bad = "/api/v1/distributions/public?village=" + V3 + "&period=2025-1";
        as("village", V3).get(bad).then().statusCode(400)
                .body("detail", equalTo("period：须为半年度，如 2025H1 或 2025H2"))
                .body("errors[0].message", equalTo("须为半年度，如 2025H1 或 2025H2"));
        as("village", V3).header("Accept-Language", "en").get(bad).then().statusCode(400)
                .body("detail", equalTo("period: must be a half-year like 2025H1 or 2025H2"));
        as("village", V3).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(new byte[] {1})
                .post("/api/v1/imports/legacy-assets").then().statusCode(403)
                .body("title", equalTo("无权操作")).body("detail", equalTo("历史资产由市级或县级用户导入（village 无权导入）"));
        as("village", V3).header("Accept-Language", "en").contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(new byte[] {1}).post("/api/v1/imports/legacy-assets").then().statusCode(403)
                .body("detail", equalTo("legacy assets are imported by city or county users (village may not)"));
    }
}
