package cn.gov.xinxiang.agri.funding.summary;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The execution summary workbook speaks Chinese: every header, the subtotal and total rows. */
class ChineseHeadersTest {

    @Test
    void summaryExportHasChineseHeaders() {
        Pattern han = Pattern.compile("\\p{IsHan}");
        assertThat(Arrays.asList(SummaryXlsx.HEADERS)).isNotEmpty().allSatisfy(h -> assertThat(han.matcher(h).find()).as(h).isTrue());
        assertThat(han.matcher(SummaryXlsx.SUBTOTAL + SummaryXlsx.TOTAL).find()).isTrue();
    }
}
