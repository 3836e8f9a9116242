package cn.gov.xinxiang.agri.asset.ledger;

import cn.gov.xinxiang.agri.asset.imports.LegacyAssetColumns;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbooks clerks open speak Chinese: the ledger export's sheets and headers, the import template's headers and hints. */
class ChineseHeadersTest {

    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void ledgerExportAndLegacyTemplateHaveChineseHeaders() {
        assertThat(Arrays.asList(LedgerXlsx.HEADER)).isNotEmpty().allSatisfy(h -> assertThat(HAN.matcher(h).find()).as(h).isTrue());
        assertThat(HAN.matcher(LedgerXlsx.ROWS_SHEET).find()).isTrue();
        assertThat(HAN.matcher(LedgerXlsx.SUMMARY_SHEET).find()).isTrue();
        assertThat(LegacyAssetColumns.ALL).isNotEmpty().allSatisfy((ImportColumn c) -> {
            assertThat(HAN.matcher(c.header()).find()).as(c.key()).isTrue();
            assertThat(c.hint() == null || c.hint().isBlank() || HAN.matcher(c.hint()).find()).as(c.key() + " hint").isTrue();
        });
    }
}
