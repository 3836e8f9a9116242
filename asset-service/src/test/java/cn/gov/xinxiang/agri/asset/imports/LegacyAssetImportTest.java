package cn.gov.xinxiang.agri.asset.imports;

import cn.gov.xinxiang.agri.testing.ImportJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The legacy-asset import end to end: the template, 1,000 assets in one call, all-or-nothing with every
 * row's errors, idempotence, sealed custody chains that verify, events, ledger totals, roles and scope.
 */
@QuarkusTest
class LegacyAssetImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    static Response submit(String role, String region, byte[] file) {
        return given().header("Authorization", bearer(role, region)).contentType(XLSX).body(file)
                .post("/api/v1/imports/legacy-assets?fileName=历史资产.xlsx");
    }

    /** Polls the job until it has finished. */
    static JsonPath finished(String role, String region, Response accepted) {
        return ImportJobs.finished(accepted, bearer(role, region), Duration.ofSeconds(120));
    }

    /** The county's ledger, amounts as exact decimals (REST Assured reads JSON numbers as floats by default). */
    static JsonPath ledger() {
        return as("county", COUNTY).get("/api/v1/ledger").then().statusCode(200).extract().jsonPath()
                .using(new io.restassured.path.json.config.JsonPathConfig(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    @Test
    void theTemplateHasTheChineseHeadersWithHints() throws Exception {
        byte[] template = given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/imports/legacy-assets/template")
                .then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("*原资产编号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("*资产名称");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("*资产类别");
            assertThat(header.getCell(2).getCellComment().getString().getString()).contains("经营性、公益性、到户类");
            assertThat(wb.getSheet("填写说明")).isNotNull();
        }
        // the template itself imports as an empty file: nothing to store
        JsonPath empty = finished("county", COUNTY, submit("county", COUNTY, template));
        assertThat(empty.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(empty.getInt("totalRows")).isZero();
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/imports/no-such-kind/template").then().statusCode(404);
    }

    @Test
    void aThousandLegacyAssetsImportInOneCallOnceWithSealedChainsEventsAndLedgerTotals() {
        JsonPath before = ledger();
        List<Map<String, Object>> rows = LegacyAssetFiles.many("K" + System.nanoTime(), 1000);
        BigDecimal sum = rows.stream().map(r -> BigDecimal.valueOf((Double) r.get("*资产价值（元）"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        byte[] file = LegacyAssetFiles.workbook(rows);

        long t0 = System.nanoTime();
        JsonPath job = finished("county", COUNTY, submit("county", COUNTY, file));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[imports] 1000 legacy assets imported in %.2f s: %.0f rows/s (file %d bytes)%n", seconds, 1000 / seconds, file.length);
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("totalRows")).isEqualTo(1000);
        assertThat(job.getInt("processedRows")).isEqualTo(1000);
        assertThat(job.getInt("createdRows")).isEqualTo(1000);
        assertThat(job.getInt("failedRows")).isZero();
        assertThat(job.getString("fileName")).isEqualTo("历史资产.xlsx");
        UUID jobId = UUID.fromString(job.getString("id"));
        assertThat(count("select count(*) from asset where import_job_id = ?1 and status = 'CONFIRMED' and registered_via = 'IMPORT'", jobId)).isEqualTo(1000);

        // the same events as the normal path, registeredVia=IMPORT
        assertThat(count("select count(*) from outbox_event o join asset a on o.aggregateid = a.id::text where a.import_job_id = ?1 "
                + "and o.type = 'cn.gov.xinxiang.agri.asset.registered.v1' and o.payload->'data'->>'registeredVia' = 'IMPORT'", jobId)).isEqualTo(1000);
        assertThat(count("select count(*) from outbox_event o join asset a on o.aggregateid = a.id::text where a.import_job_id = ?1 "
                + "and o.type = 'cn.gov.xinxiang.agri.asset.confirmed.v1'", jobId)).isEqualTo(1000);
        // 900 village assets with four custodians, 100 township assets with two
        assertThat(count("select count(*) from outbox_event o join asset a on o.aggregateid = a.id::text where a.import_job_id = ?1 "
                + "and o.type = 'cn.gov.xinxiang.agri.asset.custody-changed.v1'", jobId)).isEqualTo(900 * 4 + 100 * 2);

        // custody verifies on imported assets, and the chain extends normally afterwards
        String village = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id::text from asset where import_job_id = ?1 and region_code = '410725901201' limit 1").setParameter(1, jobId).getSingleResult().toString());
        String township = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id::text from asset where import_job_id = ?1 and region_code = '410725901000' limit 1").setParameter(1, jobId).getSingleResult().toString());
        as("city", CITY).get("/api/v1/assets/" + village).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("registeredVia", equalTo("IMPORT")).body("ownerType", equalTo("VILLAGE_COLLECTIVE"));
        as("auditor", CITY).get("/api/v1/assets/" + village + "/custody/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", equalTo(4)).body("anchorHeadSeq", equalTo(4));
        as("county", COUNTY).get("/api/v1/assets/" + village + "/custody").then().statusCode(200).body("complete", equalTo(true));
        as("auditor", CITY).get("/api/v1/assets/" + township + "/custody/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", equalTo(2));
        as("county", COUNTY).body(Map.of("unitName", "原阳县农业农村局", "personName", "李红")).put("/api/v1/assets/" + township + "/custody/COUNTY")
                .then().statusCode(201);
        as("auditor", CITY).get("/api/v1/assets/" + township + "/custody/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", equalTo(3));

        // the ledger includes them
        JsonPath after = ledger();
        assertThat(after.getLong("assetCount") - before.getLong("assetCount")).isEqualTo(1000);
        assertThat(new BigDecimal(after.getString("totalValue")).subtract(new BigDecimal(before.getString("totalValue")))).isEqualByComparingTo(sum);

        // importing the same file again changes nothing
        JsonPath again = finished("county", COUNTY, submit("county", COUNTY, file));
        assertThat(again.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(again.getInt("createdRows")).isZero();
        assertThat(again.getInt("unchangedRows")).isEqualTo(1000);
        assertThat(again.getString("fileSha256")).isEqualTo(job.getString("fileSha256"));
        JsonPath unchanged = ledger();
        assertThat(unchanged.getLong("assetCount")).isEqualTo(after.getLong("assetCount"));

        // a row with the same key and other content is an error: nothing of that file is stored
        Map<String, Object> changed = rows.get(1);
        changed.put("*资产价值（元）", 1.0);
        Map<String, Object> fresh = LegacyAssetFiles.villageAsset("NEW" + System.nanoTime(), "410725901202", new BigDecimal("5000.00"));
        JsonPath conflict = finished("county", COUNTY, submit("county", COUNTY, LegacyAssetFiles.workbook(List.of(fresh, changed))));
        assertThat(conflict.getString("status")).isEqualTo("FAILED");
        assertThat(conflict.getList("errors.row", Integer.class)).containsExactly(3);
        assertThat(conflict.getString("errors[0].message")).contains("已在").contains("请办理更正");
        assertThat(count("select count(*) from asset where legacy_asset_no = ?1", fresh.get("*原资产编号"))).isZero();

        // the job reads in the creator's subtree and above, not elsewhere
        as("city", CITY).get("/api/v1/imports/" + jobId).then().statusCode(200).body("createdRows", equalTo(1000));
        as("county", OTHER_COUNTY).get("/api/v1/imports/" + jobId).then().statusCode(404);
        as("county", COUNTY).get("/api/v1/imports?kind=legacy-assets&status=SUCCEEDED").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(jobId.toString()));
        as("county", OTHER_COUNTY).get("/api/v1/imports?kind=legacy-assets").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(jobId.toString())));
    }

    @Test
    void aFileWithBadRowsFailsWithEveryRowsErrorsAndStoresNothing() {
        String p = "B" + System.nanoTime();
        Map<String, Object> good = LegacyAssetFiles.villageAsset(p + "-ok", "410725901201", new BigDecimal("800000.00"));
        Map<String, Object> unknownRegion = LegacyAssetFiles.villageAsset(p + "-1", "410725909201", new BigDecimal("1.00"));
        Map<String, Object> otherCounty = LegacyAssetFiles.villageAsset(p + "-2", "410726901201", new BigDecimal("1.00"));
        Map<String, Object> badCells = LegacyAssetFiles.villageAsset(p + "-3", "410725901201", new BigDecimal("1.00"));
        badCells.put("*资产类别", "固定资产");
        badCells.put("*确权日期", "去年");
        badCells.remove("村级责任人");
        Map<String, Object> stateOwnedVillage = LegacyAssetFiles.villageAsset(p + "-4", "410725901202", new BigDecimal("1.00"));
        stateOwnedVillage.put("*所有权性质", "国有");
        Map<String, Object> countyLevel = LegacyAssetFiles.villageAsset(p + "-5", "410725000000", new BigDecimal("1.00"));
        Map<String, Object> duplicate = LegacyAssetFiles.villageAsset(p + "-ok", "410725901201", new BigDecimal("2.00"));
        byte[] file = LegacyAssetFiles.workbook(List.of(good, unknownRegion, otherCounty, badCells, stateOwnedVillage, countyLevel, duplicate));

        // multipart this time
        Response accepted = given().header("Authorization", bearer("county", COUNTY)).multiPart("file", "bad-rows.xlsx", file, XLSX)
                .post("/api/v1/imports/legacy-assets");
        JsonPath job = finished("county", COUNTY, accepted);
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("fileName")).isEqualTo("bad-rows.xlsx");
        assertThat(job.getInt("totalRows")).isEqualTo(7);
        assertThat(job.getInt("failedRows")).isEqualTo(6);
        assertThat(job.getInt("createdRows")).isZero();
        List<Map<String, Object>> errors = job.getList("errors");
        assertThat(errors).extracting(e -> e.get("row")).containsOnly(3, 4, 5, 6, 7, 8);
        assertThat(errors).filteredOn(e -> e.get("row").equals(3)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("column", "所在地区划代码").containsEntry("field", "regionCode"));
        assertThat(errors).filteredOn(e -> e.get("row").equals(4)).singleElement()
                .satisfies(e -> assertThat(e.get("message").toString()).contains("不在您的辖区"));
        assertThat(errors).filteredOn(e -> e.get("row").equals(5)).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("assetClass", "confirmedOn", "villageCustodianPerson");
        assertThat(errors).filteredOn(e -> e.get("row").equals(6)).singleElement()
                .satisfies(e -> assertThat(e.get("message").toString()).contains("须为集体所有"));
        assertThat(errors).filteredOn(e -> e.get("row").equals(7)).singleElement()
                .satisfies(e -> assertThat(e.get("message").toString()).contains("不得位于县一级"));
        assertThat(errors).filteredOn(e -> e.get("row").equals(8)).singleElement()
                .satisfies(e -> assertThat(e.get("message").toString()).contains("与第 2 行"));
        assertThat(count("select count(*) from asset where legacy_asset_no like ?1", p + "%")).isZero();
    }

    @Test
    void onlyCityAndCountyImportAndAFileThatIsNoWorkbookFailsAsAWhole() {
        submit("village", VILLAGE, LegacyAssetFiles.workbook(List.of())).then().statusCode(403);
        submit("township", TOWNSHIP, LegacyAssetFiles.workbook(List.of())).then().statusCode(403);
        given().contentType(XLSX).body(new byte[]{1}).post("/api/v1/imports/legacy-assets").then().statusCode(401);
        // a CSV is refused at once and leaves no job behind
        long jobs = given().header("Authorization", bearer("city", CITY)).get("/api/v1/imports?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
        submit("city", CITY, "原资产编号,资产名称\n".getBytes()).then().statusCode(400).body("type", equalTo("urn:agri:problem:import-not-xlsx"));
        given().header("Authorization", bearer("city", CITY)).get("/api/v1/imports?size=1").then().body("total", equalTo((int) jobs));
        // a ZIP archive that is no workbook gets a job, which fails as a whole
        JsonPath job = finished("city", CITY, submit("city", CITY, zipWithoutWorkbook()));
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("detail")).contains("不是可读取的 XLSX 工作簿");
        assertThat(job.getInt("errors[0].row")).isZero();
        assertThat(job.getString("errors[0].key")).isEqualTo("import.not-xlsx-workbook");
        assertThat(job.getString("errors[0].texts")).isNull();
        // stored in both languages: an English reader sees the same job in English
        JsonPath en = as("city", CITY).header("Accept-Language", "en").get("/api/v1/imports/" + job.getString("id")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(en.getString("detail")).contains("not a readable XLSX");
        assertThat(en.getString("errors[0].message")).contains("not a readable XLSX");
    }

    private static byte[] zipWithoutWorkbook() {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("说明.txt"));
            zip.write("不是工作簿".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
