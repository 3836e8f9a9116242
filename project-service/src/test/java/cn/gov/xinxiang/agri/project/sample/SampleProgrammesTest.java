package cn.gov.xinxiang.agri.project.sample;

import cn.gov.xinxiang.agri.testing.ImportJobs;
import cn.gov.xinxiang.agri.testing.XlsxFiles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run's sample of issue 14's programmes reproduces the seed's counts through the APIs: loading it (twice:
 * it is re-runnable) adds exactly 16 city-level craftsmen, 1 provincial master and 1 master recommended nationally,
 * 25 provincial wellness demonstration villages and 25,000 certified people, whatever other tests stored before.
 */
@QuarkusTest
class SampleProgrammesTest {

    static final String CITY = "410700000000";

    @Inject
    AgroalDataSource dataSource;

    static JsonPath get(String path) {
        return given().header("Authorization", bearer("city", CITY)).get(path).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Integer> craftsmen() {
        Map<String, Integer> out = new HashMap<>();
        get("/api/v1/craftsmen/totals").getList("$").forEach(o -> {
            Map<?, ?> m = (Map<?, ?>) o;
            out.put((String) m.get("level"), ((Number) m.get("craftsmen")).intValue());
        });
        return out;
    }

    static int wellnessVillages() {
        return get("/api/v1/demonstration-villages?kind=WELLNESS&issuingLevel=PROVINCIAL&size=1").getInt("total");
    }

    static Map<String, Integer> served2025() {
        Map<String, Integer> out = new HashMap<>();
        get("/api/v1/envoys/coverage?year=2025").getList("$").forEach(o -> {
            Map<?, ?> m = (Map<?, ?>) o;
            out.put((String) m.get("countyCode"), ((Number) m.get("served")).intValue());
        });
        return out;
    }

    void load(String resource) throws Exception {
        String script;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(script);
        }
    }

    @Test
    void theSampleReproducesTheSeedsCountsThroughTheApis() throws Exception {
        Map<String, Integer> craftsmenBefore = craftsmen();
        int villagesBefore = wellnessVillages();
        JsonPath skillsBefore = get("/api/v1/skills/totals");
        Map<String, Integer> servedBefore = served2025();

        for (int i = 0; i < 2; i++) {
            load("/sample/sample-projects.sql");
            load("/sample/sample-skills-envoys-craftsmen-villages.sql");
        }

        // every sample record is announced once, however often the script runs: evaluation's figures count the same sample
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("select type, count(*) from outbox_event where aggregateid in (select id::text from craftsman where created_by = 'sample' "
                     + "union all select id::text from demonstration_village where created_by = 'sample' union all select id::text from skills_certificate "
                     + "where created_by = 'sample') group by type order by type")) {
            Map<String, Long> announced = new java.util.TreeMap<>();
            while (rs.next()) {
                announced.put(rs.getString(1), rs.getLong(2));
            }
            assertThat(announced).containsEntry("cn.gov.xinxiang.agri.craftsman.recognised.v1", 18L)
                    .containsEntry("cn.gov.xinxiang.agri.demonstration-village.designated.v1", 25L)
                    .containsEntry("cn.gov.xinxiang.agri.skills.certificate-recorded.v1", 26_000L);
        }

        Map<String, Integer> craftsmenAfter = craftsmen();
        assertThat(craftsmenAfter.get("CITY") - craftsmenBefore.get("CITY")).isEqualTo(16);
        assertThat(craftsmenAfter.get("PROVINCIAL_MASTER") - craftsmenBefore.get("PROVINCIAL_MASTER")).isEqualTo(1);
        assertThat(craftsmenAfter.get("NATIONAL_MASTER_RECOMMENDED") - craftsmenBefore.get("NATIONAL_MASTER_RECOMMENDED")).isEqualTo(1);
        assertThat(wellnessVillages() - villagesBefore).isEqualTo(25);
        JsonPath skillsAfter = get("/api/v1/skills/totals");
        assertThat(skillsAfter.getLong("people") - skillsBefore.getLong("people")).isEqualTo(25_000);
        assertThat(skillsAfter.getLong("certificates") - skillsBefore.getLong("certificates")).isEqualTo(26_000);
        Map<String, Integer> servedAfter = served2025();
        for (String county : List.of("410725000000", "410726000000", "410782000000")) {
            assertThat(servedAfter.getOrDefault(county, 0) - servedBefore.getOrDefault(county, 0)).as(county).isEqualTo(1);
        }
        assertThat(servedAfter.getOrDefault("410724000000", 0)).isEqualTo(servedBefore.getOrDefault("410724000000", 0));

        // the sample is sample data: sample villages only, ID numbers masked
        JsonPath villages = get("/api/v1/demonstration-villages?kind=WELLNESS&issuingLevel=PROVINCIAL&size=200");
        assertThat(villages.getList("items.villageName", String.class)).filteredOn(n -> n.endsWith("（样例）")).hasSizeGreaterThanOrEqualTo(25);
        JsonPath certificates = get("/api/v1/skills/certificates?regionCode=410782901201&size=5");
        assertThat(certificates.getList("items.idNumberMasked", String.class)).allMatch(m -> m.matches("\\d{6}\\*{8}\\d{4}"));

        // a sample certificate re-imported as the bureau would (masked number, Chinese labels) is found unchanged
        Map<String, Object> c = certificates.getMap("items[0]");
        List<String> values = List.of((String) c.get("nationalHouseholdNo"), (String) c.get("personName"), (String) c.get("idNumberMasked"),
                (String) c.get("kindLabel"), (String) c.get("levelLabel"), (String) c.get("issuer"), (String) c.get("certificateNo"),
                (String) c.get("issuedOn"), c.get("trainingId") == null ? "" : (String) c.get("trainingId"));
        List<String> keys = List.of("nationalHouseholdNo", "personName", "idNumber", "kind", "level", "issuer", "certificateNo", "issuedOn", "trainingId");
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            row.put(keys.get(i), values.get(i));
        }
        Response submitted = given().header("Authorization", bearer("city", CITY))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(XlsxFiles.workbook("证书", keys, List.of(row)))
                .post("/api/v1/imports/skills-certificates");
        JsonPath job = ImportJobs.finished(submitted, bearer("city", CITY), Duration.ofSeconds(60));
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("unchangedRows")).isEqualTo(1);
        assertThat(job.getInt("createdRows")).isZero();
    }
}
