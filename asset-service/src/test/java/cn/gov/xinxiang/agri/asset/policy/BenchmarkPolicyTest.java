package cn.gov.xinxiang.agri.asset.policy;

import cn.gov.xinxiang.agri.testing.TestClock;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * asset-service owns the benchmark rate, the 70% share and the inventory deadline: seeded as data with the
 * reply's document number, resolved per year, changed by city users once, and the income flags follow the
 * rate in force (the recorded inventory keeps the rate it was compared with then). Years 2029–2030, used by
 * no other test.
 */
@QuarkusTest
class BenchmarkPolicyTest {

    static final String V4 = "410725902203"; // 师寨三村（样例）, used by no other test
    static final String PATH = "/api/v1/policy-parameters";

    static com.fasterxml.jackson.databind.JsonNode data(String value) {
        try {
            return MAPPER.readTree(value).path("data");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theSeededParametersAreServedWithTheirSourcesAndAYearBeforeThemIsA422() {
        as("village", VILLAGE).get(PATH + "?year=2026").then().statusCode(200).body("total", equalTo(3))
                .body("items.find { it.key == 'asset.benchmark-rate' }.display", equalTo("1.5%"))
                .body("items.find { it.key == 'asset.target-share-min' }.value", equalTo(0.7f))
                .body("items.find { it.key == 'asset.inventory-deadline-days' }.value", equalTo(30))
                .body("items.find { it.key == 'asset.benchmark-rate' }.sourceDocument", containsString("市政协十三届二次会议第095号提案"))
                .body("items.find { it.key == 'asset.target-share-min' }.sourceDocument", containsString("新农字〔2024〕34号"));
        as("city", CITY).get(PATH + "?year=2019&key=asset.benchmark-rate").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:policy-year-not-covered")).body("detail", containsString("2020"));
        // the income flags of such a year say the same instead of failing
        as("county", COUNTY).get("/api/v1/income/flags?period=2019H1").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:policy-year-not-covered"));
    }

    @Test
    void changingTheBenchmarkOnceReFlagsTheIncomeAndIsPublished() {
        TestClock.set("2029-07-10T02:00:00Z");
        String asset = as("village", V4).body("""
                {"name": "师寨三村光伏电站", "assetClass": "OPERATING", "value": 1000000.00, "regionCode": "%s", "inServiceOn": "2024-01-01",
                 "funding": {"linkage": 1000000.00, "otherFiscal": 0, "selfRaised": 0, "credit": 0}, "operatingMode": "SELF_RUN"}
                """.formatted(V4)).post("/api/v1/assets").then().statusCode(201).extract().path("id");
        // 9000 in a half-year on 1 000 000: 1.8% a year, above the 1.5% in force
        as("village", V4).body("{\"period\": \"2029H1\", \"income\": 9000.00}").post("/api/v1/assets/" + asset + "/income").then().statusCode(201)
                .body("belowBenchmark", equalTo(false)).body("benchmarkRate", equalTo(0.015f));
        as("county", COUNTY).get("/api/v1/income/flags?period=2029H1&size=200").then().statusCode(200)
                .body("benchmarkRate", equalTo(0.015f)).body("belowBenchmark.items.assetId", not(hasItem(asset)));

        // the city raises the rate from 2029 (and sets 2030 back), once, through the API
        String change = "{\"value\": 0.02, \"sourceDocument\": \"新乡市农业农村局2029年资产收益基准利率通知（测试）\"}";
        as("county", COUNTY).body(change).put(PATH + "/asset.benchmark-rate/2029").then().statusCode(403);
        as("city", CITY).body(change.replace("0.02", "1.5")).put(PATH + "/asset.benchmark-rate/2029").then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        as("city", CITY).body(change).put(PATH + "/asset.benchmark-rate/2029").then().statusCode(201).body("display", equalTo("2%"));
        as("city", CITY).body(change.replace("0.02", "0.015")).put(PATH + "/asset.benchmark-rate/2030").then().statusCode(201);

        as("county", COUNTY).get("/api/v1/income/flags?period=2029H1&size=200").then().statusCode(200)
                .body("benchmarkRate", equalTo(0.02f)).body("benchmarkSource", containsString("2029"))
                .body("belowBenchmark.items.assetId", hasItem(asset));
        // what was recorded stays as recorded: the comparison of its day
        as("village", V4).get("/api/v1/assets/" + asset + "/income").then().statusCode(200)
                .body("[0].belowBenchmark", equalTo(false)).body("[0].benchmarkRate", equalTo(0.015f));
        // 2030 on is back at 1.5%; 2028 keeps the seeded row
        as("city", CITY).get(PATH + "?year=2031&key=asset.benchmark-rate").then().body("items[0].appliesFrom", equalTo(2030));
        as("city", CITY).get(PATH + "?year=2028&key=asset.benchmark-rate").then().body("items[0].appliesFrom", equalTo(2020));

        var published = KafkaTestClient.readUntil("agri.policy", rs -> rs.stream().anyMatch(r -> "asset.benchmark-rate".equals(r.key())
                && data(r.value()).path("appliesFrom").asInt() == 2029), Duration.ofSeconds(30));
        var event = published.stream().filter(r -> "asset.benchmark-rate".equals(r.key())).map(r -> data(r.value()))
                .filter(d -> d.path("appliesFrom").asInt() == 2029).findFirst().orElseThrow();
        assertThat(event.path("value").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(event.path("owner").asText()).isEqualTo("asset-service");
        assertThat(event.path("unit").asText()).isEqualTo("fraction");
    }
}
