package cn.gov.xinxiang.agri.project.imports;

import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The library-project import template speaks Chinese: every header and hint. */
class ChineseHeadersTest {

    @Test
    void libraryTemplateHasChineseHeadersAndHints() {
        Pattern han = Pattern.compile("\\p{IsHan}");
        assertThat(LibraryProjectColumns.ALL).isNotEmpty().allSatisfy((ImportColumn c) -> {
            assertThat(han.matcher(c.header()).find()).as(c.key()).isTrue();
            assertThat(c.hint() == null || c.hint().isBlank() || han.matcher(c.hint()).find()).as(c.key() + " hint").isTrue();
        });
    }
}
