package cn.gov.xinxiang.agri.project.sample;

import cn.gov.xinxiang.agri.project.creditcode.CreditCode;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The local run's sample script loads against the real schema and covers every status. */
@QuarkusTest
class SampleDataTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSampleScriptLoadsTwiceAndCoversEveryStatus() throws Exception {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/sample/sample-projects.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(script);
            s.execute(script); // re-runnable
        }
        for (ProjectStatus status : ProjectStatus.values()) {
            given().header("Authorization", bearer("city", "410700000000")).get("/api/v1/projects?size=1&status=" + status)
                    .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        }
        // Entities map back through the API, and the sample credit codes pass the real check.
        for (int i = 1; i <= 9; i++) {
            String id = "5a3b1e00-0000-4000-8000-0000%08d".formatted(i);
            List<String> codes = given().header("Authorization", bearer("city", "410700000000")).get("/api/v1/projects/" + id)
                    .then().statusCode(200).body("mechanisms.size()", equalTo(2)).extract().jsonPath().getList("participants.creditCode");
            codes.stream().filter(java.util.Objects::nonNull).forEach(code -> assertThat(CreditCode.problem(code)).as(code).isEmpty());
        }
        given().header("Authorization", bearer("city", "410700000000")).get("/api/v1/projects/5a3b1e00-0000-4000-8000-000000000009/transitions")
                .then().statusCode(200).body("size()", equalTo(8));
        given().header("Authorization", bearer("city", "410700000000")).get("/api/v1/projects/5a3b1e00-0000-4000-8000-000000000007/results")
                .then().statusCode(200).body("[0].mechanisms.size()", equalTo(2));
    }
}
