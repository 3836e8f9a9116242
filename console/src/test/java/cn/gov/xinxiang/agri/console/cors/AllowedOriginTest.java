package cn.gov.xinxiang.agri.console.cors;

import cn.gov.xinxiang.agri.console.Upstream;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A front end served from another origin that the deployment allows (QUARKUS_HTTP_CORS_ORIGINS) calls every
 * service through the console's one base URL: its preflight and its calls get the CORS answer, with ETag and
 * Location readable; an origin the deployment does not list still gets none.
 */
@QuarkusTest
@QuarkusTestResource(Upstream.class)
@TestProfile(AllowedOriginTest.OneAllowedOrigin.class)
class AllowedOriginTest {

    static final String APP = "https://app.nyj.xinxiang.gov.cn";

    public static class OneAllowedOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", APP);
        }
    }

    @Test
    void theAllowedOriginsPreflightNamesTheMethodsAndHeadersAFrontEndSends() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,accept-language")
                .options("/api/v1/projects")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void theAllowedOriginCallsAServiceThroughTheOneBaseUrlAndReadsItsETag() {
        String token = Upstream.tokens.mint("village-chengguan-1", "village", "410725901201", Duration.ofMinutes(5));
        given().header("Origin", APP).header("Authorization", "Bearer " + token).get("/api/v1/projects")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("ETag", "\"3\"");
    }

    @Test
    void anOriginTheDeploymentDoesNotListGetsNoCorsAnswer() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET").options("/api/v1/projects")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
