package cn.gov.xinxiang.agri.asset.flow;

import cn.gov.xinxiang.agri.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Legacy registration, two half-year inventories flag a low-return asset, the proposed batch follows, an officer decides, disposal. */
@QuarkusTest
class IncomeBatchDisposalTest {

    static final String V3 = "410725901203";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String legacy(String name, String cls, String value) {
        return """
                {"name": "%s", "assetClass": "%s", "value": %s, "regionCode": "%s", "inServiceOn": "2024-01-01",
                 "funding": {"linkage": %s, "otherFiscal": 0, "selfRaised": 0, "credit": 0},
                 "operatingMode": "LEASED",
                 "contract": {"counterparty": "原阳县鑫农牧业有限公司", "start": "2024-01-01", "end": "2033-12-31", "annualRent": 20000.00}}
                """.formatted(name, cls, value, V3, value);
    }

    static String register(String body) {
        return as("village", V3).body(body).post("/api/v1/assets").then().statusCode(201)
                .header("Location", containsString("/api/v1/assets/")).body("registeredVia", equalTo("LEGACY"))
                .body("operatingModeLabel", equalTo("租赁经营")).extract().path("id");
    }

    static long count() {
        return ((Number) as("city", CITY).get("/api/v1/assets?size=1").then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void registrationValidatesAndIsScopedAndIdempotent() {
        TestClock.set("2025-07-10T02:00:00Z");
        long before = count();
        as("village", V3).body("{\"name\": \"\", \"value\": -1, \"regionCode\": \"4107\"}").post("/api/v1/assets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "assetClass", "value", "regionCode", "inServiceOn"));
        as("village", V3).body(legacy("x", "OPERATING", "100.00").replace("\"regionCode\": \"" + V3, "\"regionCode\": \"410725000000"))
                .post("/api/v1/assets").then().statusCode(400).body("detail", containsString("须位于村或乡镇"));
        as("village", V3).body(legacy("x", "HOUSEHOLD", "100.00")).post("/api/v1/assets").then().statusCode(400)
                .body("errors[0].field", equalTo("householdId"));
        as("village", V3).body(legacy("x", "OPERATING", "100.00").replace("\"linkage\": 100.00", "\"linkage\": 99.99")).post("/api/v1/assets")
                .then().statusCode(400).body("errors[0].field", equalTo("funding"));
        as("village", V3).body(legacy("x", "OPERATING", "100.00").replace("\"operatingMode\": \"LEASED\"", "\"operatingMode\": \"RENTED\""))
                .post("/api/v1/assets").then().statusCode(400).body("errors[0].field", equalTo("operatingMode"));
        as("village", V3).body(legacy("x", "OPERATING", "100.00").replace("2024-01-01\",", "2027-01-01\",")).post("/api/v1/assets")
                .then().statusCode(400);
        as("village", OTHER_VILLAGE).body(legacy("x", "OPERATING", "100.00")).post("/api/v1/assets").then().statusCode(403);
        as("auditor", CITY).body(legacy("x", "OPERATING", "100.00")).post("/api/v1/assets").then().statusCode(403);
        assertThat(count()).isEqualTo(before);

        String key = UUID.randomUUID().toString();
        String first = as("village", V3).header("Idempotency-Key", key).body(legacy("重放资产", "OPERATING", "100.00")).post("/api/v1/assets")
                .then().statusCode(201).extract().path("id");
        String again = as("village", V3).header("Idempotency-Key", key).body(legacy("重放资产", "OPERATING", "100.00")).post("/api/v1/assets")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(count()).isEqualTo(before + 1);

        // Operation update: If-Match, stale write, contract rules.
        String path = "/api/v1/assets/" + first;
        String tag = etag("village", V3, path);
        String selfRun = "{\"operatingMode\": \"SELF_RUN\"}";
        as("village", V3).body(selfRun).put(path + "/operation").then().statusCode(428);
        as("village", V3).header("If-Match", tag).body("{\"operatingMode\": \"EQUITY\"}").put(path + "/operation").then().statusCode(400)
                .body("errors[0].field", equalTo("contract"));
        as("village", V3).header("If-Match", tag).body(selfRun).put(path + "/operation").then().statusCode(200)
                .body("operatingMode", equalTo("SELF_RUN")).body("contract", nullValue());
        as("village", V3).header("If-Match", tag).body(selfRun).put(path + "/operation").then().statusCode(412);
        as("village", OTHER_VILLAGE).header("If-Match", "*").body(selfRun).put(path + "/operation").then().statusCode(404);
    }

    @Test
    void twoLowHalfYearsFlagTheAssetAndProposeRevitaliseThenTheOfficerDecidesAndAnAdjustedAssetIsDisposed() {
        TestClock.set("2025-07-10T02:00:00Z");
        String low = register(legacy("城关三村肉羊圈舍", "OPERATING", "1000000.00"));
        String silent = register(legacy("城关三村冷库", "OPERATING", "200000.00"));
        String road = as("village", V3).body("""
                {"name": "城关三村产业路", "assetClass": "PUBLIC_WELFARE", "value": 300000.00, "regionCode": "%s", "inServiceOn": "2024-01-01"}
                """.formatted(V3)).post("/api/v1/assets").then().statusCode(201).extract().path("id");
        String lowPath = "/api/v1/assets/" + low;

        String h1 = "{\"period\": \"2025H1\", \"income\": 5000.00, \"note\": \"租金到账\"}";
        as("county", COUNTY).body(h1).post(lowPath + "/income").then().statusCode(403);
        as("village", V3).body("{\"period\": \"2025-1\", \"income\": 1}").post(lowPath + "/income").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        as("village", V3).body("{\"period\": \"2025H1\", \"income\": -1}").post(lowPath + "/income").then().statusCode(400)
                .body("errors[0].field", equalTo("income"));
        as("village", V3).body("{\"period\": \"2025H2\", \"income\": 1.00}").post(lowPath + "/income").then().statusCode(400)
                .body("detail", containsString("尚未结束"));
        as("village", V3).body(h1).post("/api/v1/assets/" + road + "/income").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:not-operating"));
        as("village", V3).body(h1).post(lowPath + "/income").then().statusCode(201)
                .body("belowBenchmark", equalTo(true)).body("annualisedReturn", equalTo(0.01f)).body("benchmarkRate", equalTo(0.015f));
        as("village", V3).body(h1).post(lowPath + "/income").then().statusCode(409);
        as("village", V3).get(lowPath + "/batch/proposal").then().statusCode(200).body("proposedBatch", nullValue())
                .body("reason", containsString("至少需要两期"));

        TestClock.set("2026-01-05T02:00:00Z");
        as("township", TOWNSHIP).body("{\"period\": \"2025H2\", \"income\": 6000.00}").post(lowPath + "/income").then().statusCode(201)
                .body("belowBenchmark", equalTo(true));
        // Before the deadline (2026-01-30) a missing inventory is only pending.
        as("county", COUNTY).get("/api/v1/income/flags?period=2025H2&size=200").then().statusCode(200)
                .body("deadline", equalTo("2026-01-30")).body("deadlinePassed", equalTo(false))
                .body("belowBenchmark.items.assetId", hasItem(low)).body("missing.total", equalTo(0))
                .body("pending", greaterThanOrEqualTo(1)).body("benchmarkSource", containsString("基准利率"));
        TestClock.set("2026-02-15T02:00:00Z");
        as("county", COUNTY).get("/api/v1/income/flags?period=2025H2&size=200").then().statusCode(200)
                .body("deadlinePassed", equalTo(true)).body("missing.items.assetId", hasItem(silent))
                .body("missing.items.assetId", not(hasItem(low))).body("missing.items.assetId", not(hasItem(road)));
        as("county", OTHER_COUNTY).get("/api/v1/income/flags?period=2025H2&size=200").then().statusCode(200)
                .body("belowBenchmark.items.assetId", not(hasItem(low))).body("missing.items.assetId", not(hasItem(silent)));
        as("county", COUNTY).get("/api/v1/income/flags?period=H2").then().statusCode(400);
        as("village", V3).get(lowPath + "/income").then().statusCode(200).body("period", equalTo(List.of("2025H1", "2025H2")));

        // The proposal follows the income history: two periods running below the benchmark.
        as("county", COUNTY).get(lowPath + "/batch/proposal").then().statusCode(200).body("proposedBatch", equalTo("REVITALISE"))
                .body("reason", containsString("连续2期")).body("periodsConsidered", equalTo(List.of("2025H1", "2025H2")));
        as("county", COUNTY).get("/api/v1/assets/" + road + "/batch/proposal").then().statusCode(422);

        String decision = """
                {"batch": "%s", "measures": "减免2026年上半年租金50%%，协调就业奖补", "reasons": "%s"}""";
        String tag = etag("county", COUNTY, lowPath);
        as("village", V3).header("If-Match", tag).body(decision.formatted("REVITALISE", "暂时困难")).post(lowPath + "/batch/decisions").then().statusCode(403);
        as("county", COUNTY).body(decision.formatted("REVITALISE", "暂时困难")).post(lowPath + "/batch/decisions").then().statusCode(428);
        as("county", COUNTY).header("If-Match", tag).body(decision.formatted("REVITALISE", "")).post(lowPath + "/batch/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        String tag2 = as("county", COUNTY).header("If-Match", tag).body(decision.formatted("REVITALISE", "承租企业暂时困难")).post(lowPath + "/batch/decisions")
                .then().statusCode(201).body("proposedBatch", equalTo("REVITALISE")).body("batchLabel", equalTo("盘活一批")).extract().header("ETag");
        as("county", COUNTY).header("If-Match", tag).body(decision.formatted("ADJUST", "难以为继")).post(lowPath + "/batch/decisions").then().statusCode(412);

        // Disposal needs the adjust batch and a confirmed owner.
        String dispose = """
                {"method": "AUCTION", "reason": "连续亏损，经营难以为继", "decisionBody": "城关三村村民代表大会", "decisionRef": "城关三村〔2026〕2号",
                 "decidedOn": "2026-02-10", "proceeds": 180000.00}""";
        as("county", COUNTY).header("If-Match", tag2).body(dispose).post(lowPath + "/disposal").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:not-confirmed"));
        String tag3 = as("county", COUNTY).header("If-Match", tag2).body("""
                {"ownerType": "VILLAGE_COLLECTIVE", "ownerName": "城关三村股份经济合作社", "ownershipNature": "COLLECTIVE"}""")
                .post(lowPath + "/confirmation").then().statusCode(200).extract().header("ETag");
        as("county", COUNTY).header("If-Match", tag3).body(dispose).post(lowPath + "/disposal").then().statusCode(422)
                .body("type", equalTo("urn:agri:problem:not-adjusted"));
        String tag4 = as("county", COUNTY).header("If-Match", tag3).body(decision.formatted("ADJUST", "承租企业退出，无人接手"))
                .post(lowPath + "/batch/decisions").then().statusCode(201).body("batch", equalTo("ADJUST")).extract().header("ETag");
        as("county", COUNTY).get(lowPath + "/batch/decisions").then().statusCode(200).body("batch", equalTo(List.of("REVITALISE", "ADJUST")));
        as("village", V3).header("If-Match", tag4).body(dispose).post(lowPath + "/disposal").then().statusCode(403);
        as("county", COUNTY).header("If-Match", tag4).body(dispose.replace("AUCTION", "GIFT")).post(lowPath + "/disposal").then().statusCode(400);
        as("county", COUNTY).header("If-Match", tag4).body(dispose).post(lowPath + "/disposal").then().statusCode(201)
                .body("proceedsTo", equalTo("城关三村股份经济合作社")).body("methodLabel", equalTo("拍卖"));
        as("village", V3).get(lowPath).then().body("status", equalTo("DISPOSED"));
        as("village", V3).get(lowPath + "/disposal").then().statusCode(200).body("decisionRef", equalTo("城关三村〔2026〕2号"));
        as("county", COUNTY).header("If-Match", "*").body(dispose).post(lowPath + "/disposal").then().statusCode(409);
        TestClock.set("2026-08-01T02:00:00Z");
        as("village", V3).body("{\"period\": \"2026H1\", \"income\": 1.00}").post(lowPath + "/income").then().statusCode(409);
        // history is kept
        as("village", V3).get(lowPath + "/income").then().body("size()", equalTo(2));
    }
}
