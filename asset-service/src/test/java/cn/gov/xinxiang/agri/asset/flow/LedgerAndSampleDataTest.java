package cn.gov.xinxiang.agri.asset.flow;

import cn.gov.xinxiang.agri.asset.sample.SampleDataLoader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LedgerAndSampleDataTest {

    @Inject
    SampleDataLoader loader;

    static BigDecimal sum(List<Map<String, Object>> totals, String field) {
        return totals.stream().map(t -> new BigDecimal(t.get(field).toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void sampleDataLoadsOnceWithValidCustodyChains() {
        loader.load();
        assertThat(loader.load()).isFalse();
        String sample = "/api/v1/assets/5a000000-0000-4000-8000-000000000001";
        as("city", CITY).get(sample).then().statusCode(200).body("currentBatch", equalTo("REVITALISE"));
        as("city", CITY).get(sample + "/custody").then().body("complete", equalTo(true));
        as("city", CITY).get(sample + "/custody/verify").then().body("valid", equalTo(true)).body("entries", equalTo(5));
        as("city", CITY).get("/api/v1/assets/5a000000-0000-4000-8000-000000000006").then().body("status", equalTo("DISPOSED"));
        as("city", CITY).get("/api/v1/assets/5a000000-0000-4000-8000-000000000001/batch/proposal").then().body("proposedBatch", equalTo("REVITALISE"));
    }

    @Test
    void ledgerTotalsMatchItsRowsAndTheXlsxOpensWithTheSameTotals() throws Exception {
        loader.load();
        var ledger = as("county", COUNTY).get("/api/v1/ledger").then().statusCode(200).body("regionName", equalTo("原阳县")).extract().jsonPath();
        long count = ledger.getLong("assetCount");
        BigDecimal total = new BigDecimal(ledger.getString("totalValue"));
        assertThat(count).isPositive();
        for (String group : List.of("byClass", "byOwnerType", "byOwnershipNature", "byTier", "byRegion")) {
            List<Map<String, Object>> totals = ledger.getList(group);
            assertThat(totals.stream().mapToLong(t -> ((Number) t.get("count")).longValue()).sum()).as(group).isEqualTo(count);
            assertThat(sum(totals, "value")).as(group).isEqualByComparingTo(total);
        }
        // the rows: every asset of the county that is not disposed
        List<Map<String, Object>> assets = as("county", COUNTY).get("/api/v1/assets?size=200").then().statusCode(200).extract().path("items");
        List<Map<String, Object>> active = assets.stream().filter(a -> !"DISPOSED".equals(a.get("status"))).toList();
        assertThat(active).hasSize((int) count);
        assertThat(active.stream().map(a -> new BigDecimal(a.get("value").toString())).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);

        byte[] xlsx = as("county", COUNTY).get("/api/v1/ledger/export").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet rows = wb.getSheet("资产台账");
            assertThat(rows.getRow(0).getCell(1).getStringCellValue()).isEqualTo("资产名称");
            BigDecimal sheetSum = BigDecimal.ZERO;
            int n = 0;
            for (int i = 1; i <= rows.getLastRowNum(); i++) {
                Row r = rows.getRow(i);
                if ("合计".equals(r.getCell(0).getStringCellValue())) {
                    assertThat(BigDecimal.valueOf(r.getCell(3).getNumericCellValue())).isEqualByComparingTo(total);
                    break;
                }
                sheetSum = sheetSum.add(BigDecimal.valueOf(r.getCell(3).getNumericCellValue()));
                n++;
            }
            assertThat(n).isEqualTo(count);
            assertThat(sheetSum.setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo(total);
            Sheet summary = wb.getSheet("汇总");
            Row all = summary.getRow(2);
            assertThat(all.getCell(0).getStringCellValue()).isEqualTo("全部资产");
            assertThat((long) all.getCell(1).getNumericCellValue()).isEqualTo(count);
        }

        // A village sees its own ledger; a region outside the caller's subtree does not exist for it; auditors read.
        as("village", VILLAGE).get("/api/v1/ledger").then().statusCode(200).body("regionCode", equalTo(VILLAGE)).body("byRegion.size()", equalTo(0));
        as("county", COUNTY).get("/api/v1/ledger?regionCode=" + OTHER_COUNTY).then().statusCode(404).contentType("application/problem+json");
        as("county", COUNTY).get("/api/v1/ledger/export?regionCode=" + OTHER_COUNTY).then().statusCode(404);
        as("county", COUNTY).get("/api/v1/ledger?regionCode=41").then().statusCode(400);
        as("auditor", CITY).get("/api/v1/ledger?regionCode=" + COUNTY).then().statusCode(200).body("assetCount", equalTo((int) count));
    }
}
