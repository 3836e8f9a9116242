package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.TestEvents;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The eight indicators fed by project results, the asset register and fund flows: each value and its
 * evidence from events sent through Kafka, the by-hand recomputation, and a rebuild giving identical
 * read models and results. Fiscal year 2024 (seeded framework, deadlines passed) in 新乡县, used by no other test.
 */
@QuarkusTest
class FedIndicatorsTest {

    static final String CITY = "410700000000";
    static final String XINXIANG = "410721000000"; // 新乡县
    static final String V1 = "410721901201";
    static final String V2 = "410721901202";

    static String city() {
        return bearer("city", CITY);
    }

    static JsonNode preview(String type, String id, int year) throws Exception {
        String body = given().header("Authorization", city())
                .get("/api/v1/evaluations/preview?subjectType=" + type + "&subjectId=" + id + "&fiscalYear=" + year).then().statusCode(200)
                .extract().asString();
        return TestEvents.MAPPER.readTree(body);
    }

    /** A stored draft's evidence with its records read through GET /{id}/records (the evidence keeps only their count and fingerprint). */
    static JsonNode stored(String type, String id, int year) throws Exception {
        return cn.gov.xinxiang.agri.evaluation.CountedRecordsClient.evidenceWithRecords(cn.gov.xinxiang.agri.evaluation.CountedRecordsClient.create(type, id, year));
    }

    static JsonNode withoutRecords(JsonNode evidence) {
        JsonNode copy = evidence.deepCopy();
        copy.get("indicators").forEach(i -> ((com.fasterxml.jackson.databind.node.ObjectNode) i).remove("records"));
        return copy;
    }

    static JsonNode indicator(JsonNode evidence, String code) {
        for (JsonNode i : evidence.get("indicators")) {
            if (code.equals(i.get("code").asText())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    static void value(JsonNode evidence, String code, String numerator, String denominator, String actual, String score) {
        JsonNode i = indicator(evidence, code);
        assertThat(i.get("hasData").asBoolean()).as(code + " has data: " + i.get("noDataReason")).isTrue();
        assertThat(i.get("numerator").decimalValue()).as(code + " numerator").isEqualByComparingTo(numerator);
        assertThat(i.get("denominator").decimalValue()).as(code + " denominator").isEqualByComparingTo(denominator);
        assertThat(i.get("actual").decimalValue()).as(code + " actual").isEqualByComparingTo(actual);
        assertThat(i.get("score").decimalValue()).as(code + " score").isEqualByComparingTo(score);
        assertThat(i.get("rule").asText()).as(code + " rule").isNotBlank();
    }

    @org.junit.jupiter.api.BeforeEach
    void policyKnown() {
        TestEvents.seededPolicy();
    }

    @Test
    void resultsAssetsAndFundFlowsFeedTheirIndicatorsRecomputablyAndRebuildably() throws Exception {
        int year = 2024;
        // nothing yet for this county and year: every indicator reports no data
        JsonNode empty = preview("COUNTY", XINXIANG, year);
        for (JsonNode i : empty.get("indicators")) {
            assertThat(i.get("hasData").asBoolean()).as(i.get("code").asText()).isFalse();
        }

        // library projects: each planned mechanism 10 + 5 (+3 other) households, 2000.00 expected per household
        String p1 = TestEvents.admitted(year, V1, "新乡县食用菌产业园", true, "EMPLOYMENT", "ORDER_PURCHASING", "LAND_TRANSFER");
        String p2 = TestEvents.admitted(year, V2, "新乡县小麦良种繁育", false, "EMPLOYMENT", "ASSET_LEASE");
        String p3 = TestEvents.admitted(year, V1, "新乡县蔬菜大棚", false, "EMPLOYMENT");
        TestEvents.results(p1, year, V1, "EMPLOYMENT:8:4:2:30000.00", "ORDER_PURCHASING:6:3:0:20000.00", "LAND_TRANSFER:0:0:0:0.00");
        TestEvents.results(p2, year, V2, "EMPLOYMENT:20:20:0:99999.00");
        // a later report of the same project and year replaces the earlier one
        TestEvents.results(p2, year, V2, "EMPLOYMENT:10:5:3:40000.00", "ASSET_LEASE:2:0:0:0.00");
        // another year's results do not count for 2024
        TestEvents.results(p1, year + 1, V1, "EMPLOYMENT:50:50:0:500000.00", "ORDER_PURCHASING:50:50:0:500000.00");

        String a1 = TestEvents.allocation(year, p1, XINXIANG, "INDUSTRY_DEVELOPMENT", "400000.00", true);
        TestEvents.allocation(year, p2, XINXIANG, "INDUSTRY_DEVELOPMENT", "100000.00", false);
        String a3 = TestEvents.allocation(year, p2, XINXIANG, "INFRASTRUCTURE", "500000.00", false);
        TestEvents.disbursed(a1, year, p1, XINXIANG, "300000.00");
        TestEvents.spent(a1, year, p1, XINXIANG, "250000.00");
        TestEvents.disbursed(a3, year, p2, XINXIANG, "200000.00");
        TestEvents.spent(a3, year, p2, XINXIANG, "150000.00");

        // assets: the inventory deadline is 30 days after each half-year (asset.inventory-deadline-days, learned from agri.policy)
        String as1 = TestEvents.assetRegistered("OPERATING", "500000.00", V1, p1, "2024-03-01T02:00:00Z");
        TestEvents.assetConfirmed(as1, "OPERATING", "500000.00", V1, "2024-05-01T02:00:00Z");
        TestEvents.income(as1, V1, "2024H1", false, "2024-07-15T02:00:00Z");      // on time, at benchmark
        TestEvents.income(as1, V1, "2024H2", true, "2025-02-10T02:00:00Z");       // late (deadline 2025-01-30), below benchmark
        String as2 = TestEvents.assetRegistered("OPERATING", "300000.00", V2, p2, "2024-08-01T02:00:00Z"); // only H2 due
        TestEvents.income(as2, V2, "2024H2", false, "2025-01-20T02:00:00Z");
        String as3 = TestEvents.assetRegistered("PUBLIC_WELFARE", "80000.00", V1, null, "2024-02-01T02:00:00Z");
        TestEvents.assetConfirmed(as3, "PUBLIC_WELFARE", "80000.00", V1, "2025-03-01T02:00:00Z"); // after the year
        TestEvents.assetRegistered("OPERATING", "90000.00", V1, null, "2025-02-01T02:00:00Z");     // registered after the year
        // disposed of before H1 ended: neither due for an inventory nor counted for confirmation
        String as5 = TestEvents.assetRegistered("OPERATING", "60000.00", V2, null, "2024-01-10T02:00:00Z");
        TestEvents.disposed(as5, V2, "2024-05-01T02:00:00Z");
        TestEvents.distribution(V1, "2024H1", "100000.00", "75000.00");
        TestEvents.distribution(V2, "2024H2", "50000.00", "30000.00");
        TestEvents.distribution(V1, "2025H1", "90000.00", "10000.00");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode ev = preview("COUNTY", XINXIANG, year);
            for (JsonNode i : ev.get("indicators")) {
                assertThat(i.get("hasData").asBoolean()).as(i.get("code").asText() + ": " + i.get("noDataReason")).isTrue();
            }
            assertThat(indicator(ev, "INVENTORY_COMPLETION").get("recordCount").asInt()).isEqualTo(3);
            assertThat(indicator(ev, "FUND_EXECUTION_RATE").get("numerator").decimalValue()).isEqualByComparingTo("400000");
            assertThat(indicator(ev, "INCOME_INCREASE").get("numerator").decimalValue()).isEqualByComparingTo("90000");
            assertThat(indicator(ev, "CONFIRMATION_COMPLETION").get("recordCount").asInt()).isEqualTo(3);
            assertThat(indicator(ev, "DISTRIBUTION_SHARE").get("recordCount").asInt()).isEqualTo(2);
        });
        await().atMost(Duration.ofSeconds(30)).until(FedIndicatorsTest::fingerprintsStable);

        JsonNode county = stored("COUNTY", XINXIANG, year);
        value(county, "INDUSTRY_FUND_SHARE", "500000", "1000000", "50.00", "76.92");
        value(county, "LEADING_INDUSTRY_SHARE", "400000", "500000", "80.00", "100");
        // p1 has 2 working mechanisms (LAND_TRANSFER has none); p2 one (ASSET_LEASE had no income); p3 did not report
        value(county, "WORKING_MECHANISMS_SHARE", "1", "3", "33.33", "33.33");
        // linked poverty-alleviated + monitored: p1 12+9, p2 15+2 = 38; planned (10+5) per mechanism × 6 = 90
        value(county, "LINKED_HOUSEHOLDS", "38", "90", "42.22", "42.22");
        // received 30000+20000+0+40000+0+0; no earlier results, so the baseline is the 2000.00 expected per household, times the
        // households linked (14, 9, 18, 2) or, where none were linked or nothing was reported, the 18 planned:
        // 28000 + 18000 + 36000 + 36000 + 4000 + 36000
        value(county, "INCOME_INCREASE", "90000", "158000", "56.96", "56.96");
        // latest inventory of the year per asset: as1 2024H2 below, as2 2024H2 at benchmark
        value(county, "ASSET_RETURN_BENCHMARK", "1", "2", "50.00", "50");
        value(county, "DISTRIBUTION_SHARE", "105000", "150000", "70.00", "100");
        // due: as1 H1 (on time), as1 H2 (late), as2 H2 (on time); as2 was registered after H1 ended
        value(county, "INVENTORY_COMPLETION", "2", "3", "66.67", "66.67");
        value(county, "FUND_EXECUTION_RATE", "400000", "1000000", "40.00", "40");
        // registered by 2024-12-31: as1, as2, as3; confirmed by then: as1 only
        value(county, "CONFIRMATION_COMPLETION", "1", "3", "33.33", "33.33");
        assertThat(county.get("score").decimalValue()).isEqualByComparingTo("58.72");
        assertThat(county.get("coverage").get("percent").decimalValue()).isEqualByComparingTo("100");
        assertThat(county.get("gradeLabel").asText()).isEqualTo("差");
        assertThat(EvaluationFlowTest.recomputeByHand(county)).isEqualByComparingTo(county.get("score").decimalValue());

        // evidence names the rows and the rules
        JsonNode inventory = indicator(county, "INVENTORY_COMPLETION");
        assertThat(inventory.get("rule").asText()).contains("30 days").contains("asset.inventory-deadline-days");
        // the benchmark is the one asset-service published for the year, applied to the recorded income and value
        JsonNode assetReturn = indicator(county, "ASSET_RETURN_BENCHMARK");
        assertThat(assetReturn.get("rule").asText()).contains("asset.benchmark-rate = 0.015");
        assertThat(county.get("policies").toString()).contains("asset.benchmark-rate").contains("asset-service");
        Map<String, String> recordedOn = new HashMap<>();
        for (JsonNode r : inventory.get("records")) {
            recordedOn.put(r.get("assetId").asText() + "/" + r.get("period").asText(), r.get("numeratorPart").asText() + "@" + r.get("deadline").asText());
        }
        assertThat(recordedOn).containsEntry(as1 + "/2024H1", "1@2024-07-30").containsEntry(as1 + "/2024H2", "0@2025-01-30")
                .containsEntry(as2 + "/2024H2", "1@2025-01-30").hasSize(3);
        JsonNode working = indicator(county, "WORKING_MECHANISMS_SHARE");
        for (JsonNode r : working.get("records")) {
            String project = r.get("projectId").asText();
            int expected = project.equals(p1) ? 2 : project.equals(p2) ? 1 : 0;
            assertThat(r.get("workingMechanisms").asInt()).as(project).isEqualTo(expected);
        }
        assertThat(indicator(county, "FUND_EXECUTION_RATE").toString()).contains(a1).contains("300000");
        assertThat(indicator(county, "CONFIRMATION_COMPLETION").toString()).contains(as3).contains("2025-03-01").doesNotContain(as5);
        assertThat(inventory.toString()).doesNotContain(as5);

        // the project's own evaluation: its assets, allocations and results only; distributions are per village
        JsonNode project = stored("PROJECT", p1, year);
        value(project, "WORKING_MECHANISMS_SHARE", "1", "1", "100.00", "100");
        value(project, "LINKED_HOUSEHOLDS", "21", "45", "46.67", "46.67");
        value(project, "INCOME_INCREASE", "50000", "82000", "60.98", "60.98");
        value(project, "ASSET_RETURN_BENCHMARK", "0", "1", "0.00", "0");
        value(project, "INVENTORY_COMPLETION", "1", "2", "50.00", "50");
        value(project, "FUND_EXECUTION_RATE", "250000", "400000", "62.50", "62.50");
        value(project, "CONFIRMATION_COMPLETION", "1", "1", "100.00", "100");
        assertThat(indicator(project, "DISTRIBUTION_SHARE").get("hasData").asBoolean()).isFalse();
        assertThat(indicator(project, "DISTRIBUTION_SHARE").get("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(project.get("coverage").get("notApplicable").toString()).contains("DISTRIBUTION_SHARE");
        assertThat(EvaluationFlowTest.recomputeByHand(project)).isEqualByComparingTo(project.get("score").decimalValue());
        assertThat(project.get("score").decimalValue()).isEqualByComparingTo("68.72");

        // 2025: no inventories or flows of the year; but the 2024 library projects are still library projects, and p1's 2025
        // results count for 2025 (p2 and p3 reported nothing for 2025: 0 working)
        JsonNode next = stored("COUNTY", XINXIANG, year + 1);
        for (String code : new String[]{"ASSET_RETURN_BENCHMARK", "FUND_EXECUTION_RATE"}) {
            assertThat(indicator(next, code).get("hasData").asBoolean()).as(code).isFalse();
        }
        value(next, "WORKING_MECHANISMS_SHARE", "1", "3", "33.33", "33.33");
        value(next, "LINKED_HOUSEHOLDS", "200", "90", "222.22", "100");
        // the income of 2025 against a baseline: p1's EMPLOYMENT and ORDER_PURCHASING worked in 2024, so their 2024 income per
        // linked household is the baseline (30000/14, 20000/9) for the 100 households linked in 2025; p2's EMPLOYMENT baseline is
        // its 2024 result for its 18 planned households; the others (never worked) fall back to the 2000.00 expected at entry
        value(next, "INCOME_INCREASE", "1000000", "584507.93", "171.08", "100");
        Map<String, String> baselines = new HashMap<>();
        for (JsonNode r : indicator(next, "INCOME_INCREASE").get("records")) {
            baselines.put(r.get("projectId").asText() + "/" + r.get("mechanism").asText(), r.get("baselineKind").asText() + "@"
                    + r.path("baselineYear").asText("-") + "=" + r.get("baselineIncomePerHousehold").decimalValue().stripTrailingZeros().toPlainString());
        }
        assertThat(baselines).containsEntry(p1 + "/EMPLOYMENT", "PREVIOUS_YEAR_RESULT@2024=2142.86")
                .containsEntry(p1 + "/LAND_TRANSFER", "EXPECTED_AT_ENTRY@-=2000")
                .containsEntry(p2 + "/EMPLOYMENT", "PREVIOUS_YEAR_RESULT@2024=2222.22")
                .containsEntry(p2 + "/ASSET_LEASE", "EXPECTED_AT_ENTRY@-=2000");
        // but the register is a stock: in 2025 the three operating assets owe both half-years' inventories, none done
        value(next, "INVENTORY_COMPLETION", "0", "6", "0.00", "0");
        // another county has none of it
        JsonNode other = preview("COUNTY", "410724000000", year);
        for (JsonNode i : other.get("indicators")) {
            if (!i.get("code").asText().endsWith("FUND_SHARE") && !i.get("code").asText().equals("LEADING_INDUSTRY_SHARE")) {
                assertThat(i.get("hasData").asBoolean()).as(i.get("code").asText()).isFalse();
            }
        }

        // a rebuild from the topics (agri.asset included) gives identical read models and evidence
        Map<String, Object> before = fingerprints();
        assertThat(before).containsKeys("observed_mechanism_result", "observed_asset", "observed_asset_income", "observed_distribution",
                "observed_disbursement", "observed_expenditure");
        given().header("Authorization", city()).post("/api/v1/operations/rebuild").then().statusCode(200)
                .body("replayedPerTopic.'agri.asset'", org.hamcrest.Matchers.greaterThanOrEqualTo(14));
        assertThat(fingerprints()).isEqualTo(before);
        assertThat(preview("COUNTY", XINXIANG, year)).isEqualTo(withoutRecords(county));
        assertThat(preview("PROJECT", p1, year)).isEqualTo(withoutRecords(project));
        given().header("Authorization", city()).get("/api/v1/operations/read-models").then().statusCode(200)
                .body("observed_asset.rows", org.hamcrest.Matchers.greaterThanOrEqualTo(5));
        assertThat(p3).isNotNull();
    }

    @Test
    void aMalformedAssetEventIsDeadLetteredAndTheNextOneOfItsKeyIsApplied() throws Exception {
        String assetId = java.util.UUID.randomUUID().toString();
        cn.gov.xinxiang.agri.testing.KafkaTestClient.send("agri.asset", assetId, "{not an asset event");
        String id = TestEvents.assetRegistered("OPERATING", "120000.00", "410726901201", null, "2024-04-01T02:00:00Z");
        var dead = cn.gov.xinxiang.agri.testing.KafkaTestClient.readUntil("agri.dlq.evaluation-service",
                rs -> rs.stream().anyMatch(r -> assetId.equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead.stream().filter(r -> assetId.equals(r.key())).findFirst().orElseThrow().value()).isEqualTo("{not an asset event");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(indicator(preview("COUNTY", "410726000000", 2024), "CONFIRMATION_COMPLETION").get("recordCount").asInt()).isPositive());
        assertThat(indicator(stored("COUNTY", "410726000000", 2024), "CONFIRMATION_COMPLETION").toString()).contains(id);
        // region scope of the evidence: 延津县's asset is not in 新乡县's evaluation
        given().header("Authorization", bearer("county", XINXIANG))
                .get("/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=410726000000&fiscalYear=2024").then().statusCode(404);
    }

    static Map<String, Object> fingerprints() {
        return given().header("Authorization", bearer("auditor", CITY)).get("/api/v1/operations/read-models").then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    static boolean fingerprintsStable() throws InterruptedException {
        Map<String, Object> a = fingerprints();
        Thread.sleep(1000);
        return a.equals(fingerprints());
    }
}
