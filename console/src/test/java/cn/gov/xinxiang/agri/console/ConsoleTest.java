package cn.gov.xinxiang.agri.console;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Login, the session cookie, a page calling a service with the user's token, and the one-origin proxy. */
@QuarkusTest
@QuarkusTestResource(Upstream.class)
class ConsoleTest {

    @BeforeEach
    void reset() {
        Upstream.SEEN.clear();
        RestAssured.config = RestAssured.config().redirect(io.restassured.config.RedirectConfig.redirectConfig().followRedirects(false));
    }

    @Test
    void theLoginPageOffersTheSampleUsersWhoseTokensHold() {
        given().get("/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("登录")).body(containsString("user-village-chengguan-1")).body(containsString("村级直管"))
                .body(containsString("user-township-chengguan"))
                .body(not(containsString("user-expired")));
    }

    @Test
    void withoutASignedInUserEveryPageGoesToTheLoginPage() {
        given().get("/").then().statusCode(303).header("Location", containsString("/login"));
        given().get("/projects").then().statusCode(303);
        given().header("HX-Request", "true").get("/projects").then().statusCode(200).header("HX-Redirect", "/login");
        given().cookie("agri_console_token", "forged.token.value").get("/").then().statusCode(303);
    }

    @Test
    void aBadOrExpiredTokenIsRefusedWithAReason() {
        given().formParam("token", "not-a-token").post("/login").then().statusCode(401).body(containsString("令牌无效或已过期"));
        given().formParam("user", "expired").post("/login").then().statusCode(401);
        given().formParam("user", "../../etc/passwd").post("/login").then().statusCode(401);
        String otherIssuer = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.";
        given().formParam("token", otherIssuer).post("/login").then().statusCode(401);
    }

    @Test
    void aSignedInUsersPagesCallTheServicesWithTheirOwnToken() {
        Response login = given().formParam("user", "township-chengguan").post("/login");
        assertThat(login.statusCode()).isEqualTo(303);
        String cookie = login.getCookie("agri_console_token");
        assertThat(login.getDetailedCookie("agri_console_token").isHttpOnly()).isTrue();
        assertThat(login.getDetailedCookie("agri_console_token").getSameSite()).isEqualToIgnoringCase("Lax");

        given().cookie("agri_console_token", cookie).get("/").then().statusCode(200)
                .body(containsString("工作台")).body(containsString("村申报项目（待乡镇审核）")).body(containsString("城关一村肉羊养殖扶贫车间"));
        assertThat(Upstream.SEEN).anySatisfy(s -> {
            assertThat(s.uri()).isEqualTo("/api/v1/projects?status=SUBMITTED&size=5");
            assertThat(s.authorization()).isEqualTo("Bearer " + cookie);
        });
        // A service's refusal is shown in Chinese with the service's own detail.
        given().cookie("agri_console_token", cookie).get("/assets/0b6e4f00-0000-0000-0000-000000000009").then().statusCode(404)
                .body(containsString("未找到（或不在您的辖区内）")).body(containsString("no such thing"));

        given().cookie("agri_console_token", cookie).post("/login/out").then().statusCode(303).header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void theProxyForwardsTheCallersOwnRequestToTheOwningService() {
        String token = Upstream.tokens.mint("village-chengguan-1", "village", "410725901201", Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + token).header("If-Match", "\"3\"").contentType("application/json")
                .body("{\"name\":\"东屯一村高油花生订单收购\"}").post("/api/v1/projects?x=1")
                .then().statusCode(201).header("Location", "http://localhost:" + RestAssured.port + "/api/v1/projects/p1");
        assertThat(Upstream.SEEN).singleElement().satisfies(s -> {
            assertThat(s.method()).isEqualTo("POST");
            assertThat(s.uri()).isEqualTo("/api/v1/projects?x=1");
            assertThat(s.authorization()).isEqualTo("Bearer " + token);
            assertThat(s.ifMatch()).isEqualTo("\"3\"");
            assertThat(s.body()).isEqualTo("{\"name\":\"东屯一村高油花生订单收购\"}");
        });
        given().get("/api/v1/projects").then().statusCode(200).header("ETag", "\"3\"");
        // the console never adds the cookie's token: a cookie alone reaches the API without credentials
        String cookie = given().formParam("user", "township-chengguan").post("/login").getCookie("agri_console_token");
        Upstream.SEEN.clear();
        given().cookie("agri_console_token", cookie).get("/api/v1/projects").then().statusCode(200);
        assertThat(Upstream.SEEN).singleElement().satisfies(s -> assertThat(s.authorization()).isNull());
        given().get("/api/v1/no-such-resource").then().statusCode(404).contentType(containsString("application/problem+json"));
        given().get("/services/asset/api/v1/operations/dead-letters").then().statusCode(404);
        assertThat(Upstream.SEEN).last().satisfies(s -> assertThat(s.uri()).isEqualTo("/api/v1/operations/dead-letters"));
        given().get("/services/nosuch/api/v1/x").then().statusCode(404);
    }

    @Test
    void noOtherOriginIsAllowedByDefault() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET").options("/api/v1/projects")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void behindTheTlsIngressTheBrowsersOwnOriginIsTheSameOrigin() {
        // the browser posts the login form on https://agri.example.gov.cn; the pod sees http from the ingress
        given().header("Origin", "https://agri.example.gov.cn").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "agri.example.gov.cn").header("X-Forwarded-Port", "443")
                .formParam("user", "township-chengguan").post("/login").then().statusCode(303);
        // the same post from a page of another site is refused
        given().header("Origin", "https://elsewhere.example").formParam("user", "township-chengguan").post("/login").then().statusCode(403);
    }

    @Test
    void theFrontEndLibrariesComeFromTheJar() {
        given().get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/static/console.css").then().statusCode(200).body(containsString("@media"));
    }
}
