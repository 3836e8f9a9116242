package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.CountedRecordsClient;
import cn.gov.xinxiang.agri.evaluation.TestEvents;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The counted records beside the evidence: paged, region-scoped, replaced when a draft is recomputed, summed into the evidence's numbers. */
@QuarkusTest
class CountedRecordsTest {

    static final int YEAR = 2051;
    static final String HUOJIA = "410724000000";

    @Inject
    AgroalDataSource dataSource;

    static String city() {
        return CountedRecordsClient.city();
    }

    static String preview() {
        return "/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + HUOJIA + "&fiscalYear=" + YEAR;
    }

    @Test
    void recordsArePagedScopedAndReplacedOnRecompute() throws Exception {
        TestEvents.seededPolicy();
        given().header("Authorization", city()).contentType(ContentType.JSON).body("{\"fromYear\":2025}")
                .post("/api/v1/indicator-frameworks/" + YEAR + "/copy").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String project = UUID.randomUUID().toString();
        List<String> allocations = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            allocations.add(TestEvents.allocation(YEAR, project, HUOJIA, i % 3 == 0 ? "INFRASTRUCTURE" : "INDUSTRY_DEVELOPMENT", (1000 + i) + ".00", i % 2 == 0));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview()).then().statusCode(200)
                .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.recordCount", equalTo(25)));

        JsonNode v1 = CountedRecordsClient.create("COUNTY", HUOJIA, YEAR);
        String id = v1.get("id").asText();
        JsonNode share = indicator(v1.get("evidence"), "INDUSTRY_FUND_SHARE");
        assertThat(share.has("records")).as("the evidence keeps no record list").isFalse();
        assertThat(share.get("recordsFingerprint").asText()).matches("[0-9a-f]{64}");

        // pages of 10: 10, 10, 5, then an empty page; in the rule's order (allocation id); the total is the evidence's count
        List<String> keys = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            JsonNode p = TestEvents.MAPPER.readTree(given().header("Authorization", city())
                    .get("/api/v1/evaluations/" + id + "/records?indicator=INDUSTRY_FUND_SHARE&page=" + page + "&size=10").then().statusCode(200)
                    .extract().asString());
            assertThat(p.get("total").asInt()).isEqualTo(25);
            assertThat(p.get("items")).hasSize(page < 2 ? 10 : page == 2 ? 5 : 0);
            for (JsonNode r : p.get("items")) {
                assertThat(r.get("table").asText()).isEqualTo("observed_allocation");
                assertThat(r.get("key").asText()).isEqualTo(r.get("detail").get("allocationId").asText() + "/" + project);
                keys.add(r.get("detail").get("allocationId").asText());
            }
        }
        assertThat(keys).containsExactlyElementsOf(allocations.stream().sorted().toList());
        // the numbers are the records' sums (the fund shares name the counted part instead of numeratorPart)
        BigDecimal den = BigDecimal.ZERO;
        BigDecimal num = BigDecimal.ZERO;
        for (JsonNode r : CountedRecordsClient.records(id, "INDUSTRY_FUND_SHARE")) {
            den = den.add(r.get("amount").decimalValue());
            num = r.get("counted").asText().startsWith("numerator") ? num.add(r.get("amount").decimalValue()) : num;
        }
        assertThat(den).isEqualByComparingTo(share.get("denominator").decimalValue());
        assertThat(num).isEqualByComparingTo(share.get("numerator").decimalValue());

        // the records of every indicator come back with their parts; their count is the evidence's
        CountedRecordsClient.evidenceWithRecords(v1);

        // bad requests, other regions
        given().header("Authorization", city()).get("/api/v1/evaluations/" + id + "/records?indicator=NO_SUCH_CODE").then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
        given().header("Authorization", city()).get("/api/v1/evaluations/" + id + "/records").then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
        given().header("Authorization", city()).get("/api/v1/evaluations/" + id + "/records?indicator=INDUSTRY_FUND_SHARE&size=201").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
        given().header("Authorization", bearer("county", "410725000000")).get("/api/v1/evaluations/" + id + "/records?indicator=INDUSTRY_FUND_SHARE")
                .then().statusCode(404);
        given().header("Authorization", bearer("county", HUOJIA)).get("/api/v1/evaluations/" + id + "/records?indicator=INDUSTRY_FUND_SHARE")
                .then().statusCode(200).body("total", equalTo(25));
        given().header("Authorization", city()).get("/api/v1/evaluations/" + UUID.randomUUID() + "/records?indicator=INDUSTRY_FUND_SHARE")
                .then().statusCode(404);
        given().get("/api/v1/evaluations/" + id + "/records?indicator=INDUSTRY_FUND_SHARE").then().statusCode(401);

        // recomputing the unchanged draft keeps its rows as they are (nothing rewritten)
        Map<String, Long> rowsBefore = rows(id);
        String ctidBefore = ctids(id);
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + id + "/recompute").then().statusCode(200);
        assertThat(rows(id)).isEqualTo(rowsBefore);
        assertThat(ctids(id)).as("no row rewritten").isEqualTo(ctidBefore);

        // one more allocation, one revoked: the recompute replaces the fund shares' rows (no leftovers, no duplicates)
        String added = TestEvents.allocation(YEAR, project, HUOJIA, "INDUSTRY_DEVELOPMENT", "5000.00", true);
        TestEvents.revoked(allocations.get(1), YEAR, project, HUOJIA, "1001.00");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", city()).get(preview()).then().statusCode(200)
                .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.denominator", TestEvents.num("29299.00")));
        JsonNode v1b = TestEvents.MAPPER.readTree(given().header("Authorization", city()).header("If-Match", "*")
                .post("/api/v1/evaluations/" + id + "/recompute").then().statusCode(200)
                .body("evidence.indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.recordCount", equalTo(25)).extract().asString());
        assertThat(indicator(v1b.get("evidence"), "INDUSTRY_FUND_SHARE").get("recordsFingerprint").asText())
                .isNotEqualTo(share.get("recordsFingerprint").asText());
        Map<String, Long> rowsAfter = rows(id);
        assertThat(rowsAfter.get("INDUSTRY_FUND_SHARE")).isEqualTo(25L);
        List<String> now = CountedRecordsClient.records(id, "INDUSTRY_FUND_SHARE").findValuesAsText("allocationId");
        assertThat(now).contains(added).doesNotContain(allocations.get(1)).doesNotHaveDuplicates();
        assertThat(rowsAfter.get("CONFIRMATION_COMPLETION")).isEqualTo(rowsBefore.get("CONFIRMATION_COMPLETION"));

        // version 2 has rows of its own; version 1's stay as they were, and the difference says the records changed
        given().header("Authorization", city()).header("If-Match", "*").post("/api/v1/evaluations/" + id + "/publish").then().statusCode(200);
        String v2 = CountedRecordsClient.create("COUNTY", HUOJIA, YEAR).get("id").asText();
        assertThat(rows(v2)).isEqualTo(rowsAfter);
        assertThat(rows(id)).isEqualTo(rowsAfter);

        // what keeping the records beside the evidence saves, for this county's 25 allocations
        long evidenceBytes = v1b.get("evidence").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        long recordBytes = CountedRecordsClient.evidenceWithRecords(v1b).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.out.println("evidence without records: " + evidenceBytes + " bytes; with the record lists inline: " + recordBytes + " bytes");
        assertThat(evidenceBytes).isLessThan(recordBytes);
    }

    static JsonNode indicator(JsonNode evidence, String code) {
        for (JsonNode i : evidence.get("indicators")) {
            if (code.equals(i.get("code").asText())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    Map<String, Long> rows(String evaluationId) throws Exception {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select indicator_code, count(*) from evaluation_record where evaluation_id = ? group by indicator_code")) {
            ps.setObject(1, UUID.fromString(evaluationId));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    String ctids(String evaluationId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select string_agg(ctid::text, ',' order by indicator_code, seq) from evaluation_record where evaluation_id = ?")) {
            ps.setObject(1, UUID.fromString(evaluationId));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
