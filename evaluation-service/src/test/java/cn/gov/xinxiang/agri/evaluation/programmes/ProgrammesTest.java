package cn.gov.xinxiang.agri.evaluation.programmes;

import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumEvents;
import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumRecordedV1;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanEvents;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanRecognisedV1;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageDesignatedV1;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageEvents;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyAssignmentsChangedV1;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyEvents;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyRegisteredV1;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyServiceRecordedV1;
import cn.gov.xinxiang.agri.contracts.skills.SkillsCertificateRecordedV1;
import cn.gov.xinxiang.agri.contracts.skills.SkillsEvents;
import cn.gov.xinxiang.agri.evaluation.TestEvents;
import cn.gov.xinxiang.agri.evaluation.evaluation.ProgrammeIndicators;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * project-service's programmes reach evaluation through Kafka: certificates and envoys feed their two
 * indicators (recomputable from the evidence), and the county and city figures are summed per county.
 * 卫辉市 (410781) in fiscal year 2026, used by no other test of these figures.
 */
@QuarkusTest
class ProgrammesTest {

    static final String CITY = "410700000000";
    static final String WEIHUI = "410781000000";
    static final String V1 = "410781100201";
    static final String V2 = "410781100202";
    static final int YEAR = 2026;
    static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");

    @BeforeEach
    void policyKnown() {
        TestEvents.seededPolicy();
    }

    static void certificate(String household, String village, LocalDate issuedOn) {
        String id = UUID.randomUUID().toString();
        TestEvents.send(SkillsEvents.AGGREGATE, id, SkillsEvents.CERTIFICATE_RECORDED_V1, new SkillsCertificateRecordedV1(id, household,
                "4107810" + id.substring(0, 6), "POVERTY_ALLEVIATED", village, WEIHUI, "SKILL_LEVEL", "LEVEL_4", "卫辉市人力资源和社会保障局",
                "Z" + id.substring(0, 10), issuedOn, issuedOn.getYear(), null, "county-weihui", AT));
    }

    static void craftsman(String level) {
        String id = UUID.randomUUID().toString();
        TestEvents.send(CraftsmanEvents.AGGREGATE, id, CraftsmanEvents.RECOGNISED_V1, new CraftsmanRecognisedV1(id, "张师傅", level, "竹编",
                V1, WEIHUI, "竹编工艺品", 12, YEAR, "city-officer", AT));
    }

    static JsonNode indicator(String code) throws Exception {
        String body = given().header("Authorization", bearer("city", CITY))
                .get("/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + WEIHUI + "&fiscalYear=" + YEAR).then().statusCode(200)
                .extract().asString();
        for (JsonNode i : TestEvents.MAPPER.readTree(body).get("indicators")) {
            if (code.equals(i.get("code").asText())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code + " in the " + YEAR + " framework");
    }

    @Test
    void certificatesAndEnvoysFeedTheirIndicatorsAndEveryProgrammeIsSummedPerCounty() throws Exception {
        // three labour-capable target households on the roster, one other household that never counts
        String h1 = TestEvents.household(V1, "POVERTY_ALLEVIATED");
        String h2 = TestEvents.household(V1, "MONITORED");
        TestEvents.household(V2, "POVERTY_ALLEVIATED");
        TestEvents.household(V2, "OTHER");
        certificate(h1, V1, LocalDate.of(2026, 3, 1));
        certificate(h1, V1, LocalDate.of(2026, 9, 1));      // a second certificate of the same household
        certificate(h2, V1, LocalDate.of(2027, 1, 5));      // issued after the year

        String p1 = TestEvents.admitted(YEAR, V1, "卫辉市竹编产业园", true, "EMPLOYMENT", "ORDER_PURCHASING");
        String p2 = TestEvents.admitted(YEAR, V2, "卫辉市食用菌大棚", false, "EMPLOYMENT", "ASSET_LEASE");
        String envoy = UUID.randomUUID().toString();
        TestEvents.send(EnvoyEvents.AGGREGATE, envoy, EnvoyEvents.REGISTERED_V1, new EnvoyRegisteredV1(envoy, "李特派", "河南科技学院", "食用菌栽培",
                WEIHUI, YEAR, List.of(p1), List.of(V1), "county-weihui", AT));
        // the assignments change: p2 instead of p1, then back to p1 alone (the current list counts, not the history)
        TestEvents.send(EnvoyEvents.AGGREGATE, envoy, EnvoyEvents.ASSIGNMENTS_CHANGED_V1, new EnvoyAssignmentsChangedV1(envoy, WEIHUI, YEAR,
                List.of(p2), List.of(V2), "county-weihui", AT));
        TestEvents.send(EnvoyEvents.AGGREGATE, envoy, EnvoyEvents.ASSIGNMENTS_CHANGED_V1, new EnvoyAssignmentsChangedV1(envoy, WEIHUI, YEAR,
                List.of(p1), List.of(V1), "county-weihui", AT));
        TestEvents.send(EnvoyEvents.AGGREGATE, envoy, EnvoyEvents.SERVICE_RECORDED_V1, new EnvoyServiceRecordedV1(UUID.randomUUID().toString(), envoy,
                WEIHUI, LocalDate.of(2026, 6, 2), "菌棒接种技术", 35, V1, null, "county-weihui", AT));
        // a service of the next year names p2: it does not count for 2026
        TestEvents.send(EnvoyEvents.AGGREGATE, envoy, EnvoyEvents.SERVICE_RECORDED_V1, new EnvoyServiceRecordedV1(UUID.randomUUID().toString(), envoy,
                WEIHUI, LocalDate.of(2027, 2, 2), "大棚越冬管理", 20, V2, p2, "county-weihui", AT));

        craftsman("CITY");
        craftsman("CITY");
        craftsman("PROVINCIAL_MASTER");
        String designation = UUID.randomUUID().toString();
        TestEvents.send(DemonstrationVillageEvents.AGGREGATE, designation, DemonstrationVillageEvents.DEMONSTRATION_VILLAGE_DESIGNATED_V1,
                new DemonstrationVillageDesignatedV1(designation, V2, WEIHUI, "WELLNESS", "PROVINCIAL", YEAR, List.of(p2), "city-officer", AT));

        // a consortium of the year, then its correction (version 2): only the corrected figures count
        String consortium = UUID.randomUUID().toString();
        ConsortiumRecordedV1 recorded = new ConsortiumRecordedV1(consortium, "卫辉市竹编产业联合体", WEIHUI, YEAR, "BAMBOO", "91410781MA44ABCD1X",
                List.of(), 100, 250, List.of(new ConsortiumRecordedV1.Link("PURCHASE", "竹编半成品", new java.math.BigDecimal("1200.00"), "件", 80, null)),
                List.of(), 1, "county-weihui", AT, null);
        TestEvents.send(ConsortiumEvents.AGGREGATE, consortium, ConsortiumEvents.CONSORTIUM_RECORDED_V1, recorded);
        TestEvents.send(ConsortiumEvents.AGGREGATE, consortium, ConsortiumEvents.CONSORTIUM_RECORDED_V1, new ConsortiumRecordedV1(consortium,
                recorded.name(), WEIHUI, YEAR, "BAMBOO", recorded.leadEnterpriseCreditCode(), List.of(), 120, 260, recorded.links(), List.of(), 2,
                "county-weihui", AT, new cn.gov.xinxiang.agri.contracts.Correction(1, "用工户数按年底花名册更正", "county-weihui", "COUNTY", null, null, AT)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode certified = indicator(ProgrammeIndicators.CERTIFIED_LABOUR_HOUSEHOLDS);
            assertThat(certified.get("hasData").asBoolean()).as(certified.toString()).isTrue();
            assertThat(certified.get("numerator").decimalValue()).isEqualByComparingTo("1");
            assertThat(certified.get("denominator").decimalValue()).isEqualByComparingTo("3");
            JsonNode coverage = indicator(ProgrammeIndicators.ENVOY_PROJECT_COVERAGE);
            assertThat(coverage.get("hasData").asBoolean()).as(coverage.toString()).isTrue();
            assertThat(coverage.get("numerator").decimalValue()).isEqualByComparingTo("1");
            assertThat(coverage.get("denominator").decimalValue()).isEqualByComparingTo("2");
            assertThat(given().header("Authorization", bearer("county", WEIHUI)).get("/api/v1/programmes/summary?fiscalYear=" + YEAR)
                    .then().statusCode(200).extract().jsonPath().<Object>get("counties.find { it.countyCode == '" + WEIHUI + "' }.demonstrationVillages"))
                    .as("every programme event applied").isEqualTo(1);
            assertThat(given().header("Authorization", bearer("county", WEIHUI)).get("/api/v1/programmes/summary?fiscalYear=" + YEAR)
                    .then().statusCode(200).extract().jsonPath().<Object>get("counties.find { it.countyCode == '" + WEIHUI + "' }.consortiaEmployedHouseholds"))
                    .as("the correction applied").isEqualTo(120);
        });

        // the evidence redoes the sums: one record per household / project with its parts (a stored draft's, read through /records)
        JsonNode certified = indicator(ProgrammeIndicators.CERTIFIED_LABOUR_HOUSEHOLDS);
        assertThat(certified.get("recordCount").asInt()).isEqualTo(3);
        assertThat(certified.get("weight").decimalValue()).as("weighs nothing until the city sets a weight").isZero();
        String draft = cn.gov.xinxiang.agri.evaluation.CountedRecordsClient.create("COUNTY", WEIHUI, YEAR).get("id").asText();
        JsonNode households = cn.gov.xinxiang.agri.evaluation.CountedRecordsClient.records(draft, ProgrammeIndicators.CERTIFIED_LABOUR_HOUSEHOLDS);
        assertThat(households).hasSize(3);
        BigDecimal certifiedSum = BigDecimal.ZERO;
        for (JsonNode r : households) {
            certifiedSum = certifiedSum.add(r.get("numeratorPart").decimalValue());
        }
        assertThat(certifiedSum).isEqualByComparingTo(certified.get("numerator").decimalValue());
        JsonNode coverage = indicator(ProgrammeIndicators.ENVOY_PROJECT_COVERAGE);
        assertThat(cn.gov.xinxiang.agri.evaluation.CountedRecordsClient.records(draft, ProgrammeIndicators.ENVOY_PROJECT_COVERAGE)
                .findValuesAsText("projectId")).containsExactlyInAnyOrder(p1, p2);

        JsonPath county = given().header("Authorization", bearer("county", WEIHUI)).get("/api/v1/programmes/summary?fiscalYear=" + YEAR)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = county.getMap("counties.find { it.countyCode == '" + WEIHUI + "' }");
        assertThat(county.getList("counties")).hasSize(1);
        assertThat(row).containsEntry("certificatesIssued", 2).containsEntry("certificatesToDate", 2).containsEntry("certifiedHouseholdsToDate", 1)
                .containsEntry("craftsmenHouseholdsEmployed", 36).containsEntry("demonstrationVillages", 1).containsEntry("envoys", 1)
                .containsEntry("envoyServices", 1).containsEntry("envoyHouseholdsReached", 35)
                .containsEntry("consortia", 1).containsEntry("consortiaEmployedHouseholds", 120).containsEntry("consortiaLinkedHouseholds", 260);
        assertThat(county.getMap("counties[0].craftsmenByLevel")).containsEntry("CITY", 2).containsEntry("PROVINCIAL_MASTER", 1);
        // the next year counts the later certificate and service too
        JsonPath next = given().header("Authorization", bearer("county", WEIHUI)).get("/api/v1/programmes/summary?fiscalYear=" + (YEAR + 1))
                .then().statusCode(200).extract().jsonPath();
        assertThat(next.getInt("counties[0].certificatesIssued")).isEqualTo(1);
        assertThat(next.getInt("counties[0].certificatesToDate")).isEqualTo(3);
        assertThat(next.getInt("counties[0].envoyServices")).isEqualTo(1);

        // another county sees none of 卫辉's figures; the city overview shows them beside the grades
        assertThat(given().header("Authorization", bearer("county", "410782000000")).get("/api/v1/programmes/summary?fiscalYear=" + YEAR)
                .then().statusCode(200).extract().jsonPath().getList("counties.countyCode")).doesNotContain(WEIHUI);
        JsonPath overview = given().header("Authorization", bearer("city", CITY)).get("/api/v1/overview?fiscalYear=" + YEAR)
                .then().statusCode(200).extract().jsonPath();
        assertThat(overview.getInt("programmes.counties.find { it.countyCode == '" + WEIHUI + "' }.certificatesIssued")).isEqualTo(2);
        assertThat(overview.getInt("programmes.total.certificatesIssued")).isGreaterThanOrEqualTo(2);

        given().header("Authorization", bearer("county", WEIHUI)).get("/api/v1/programmes/summary?fiscalYear=20x6").then().statusCode(400);
    }
}
