package cn.gov.xinxiang.agri.project.security;

import cn.gov.xinxiang.agri.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Only tokens from the trusted issuer, unexpired, with a known role that fits their region, get in. */
@QuarkusTest
class AuthenticationTest {

    @Test
    void untrustedOrExpiredTokensAreUnauthenticated() {
        given().header("Authorization", "Bearer " + TestTokens.expired("city", "410700000000")).get("/api/v1/projects")
                .then().statusCode(401).contentType("application/problem+json").body("type", equalTo("urn:agri:problem:unauthenticated"));
        given().header("Authorization", "Bearer " + TestTokens.signedByStranger("city", "410700000000")).get("/api/v1/projects")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Basic Y2l0eTpjaXR5").get("/api/v1/projects")
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("city", "410700000000")).get("/api/v1/projects")
                .then().statusCode(200);
    }

    @Test
    void rolesAndRegionsMustBeKnownAndFitEachOther() {
        given().header("Authorization", TestTokens.bearer("mayor", "410700000000")).get("/api/v1/projects")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("county", "410725901201")).get("/api/v1/projects")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("auditor", "4107")).get("/api/v1/projects")
                .then().statusCode(403).body("detail", org.hamcrest.Matchers.containsString("12 位区划代码"));
        // auditors may sit at any tier
        given().header("Authorization", TestTokens.bearer("auditor", "410725000000")).get("/api/v1/projects")
                .then().statusCode(200);
    }
}
