package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RowCheckTest {

    enum Colour { RED, GREEN }

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("name", "名称", ImportColumn.Type.TEXT, "", ""),
            ImportColumn.required("code", "区划代码", ImportColumn.Type.CODE, "", ""),
            ImportColumn.optional("value", "价值", ImportColumn.Type.DECIMAL, "", ""),
            ImportColumn.optional("year", "年度", ImportColumn.Type.INTEGER, "", ""),
            ImportColumn.optional("on", "日期", ImportColumn.Type.DATE, "", ""),
            ImportColumn.optional("colour", "颜色", ImportColumn.Type.TEXT, "", ""));

    static RowCheck check(Map<String, String> cells) {
        return new RowCheck(new ImportRow(7, cells), COLUMNS);
    }

    @Test
    void readsEveryTypeAndCollectsNothingForAGoodRow() {
        RowCheck c = check(Map.of("name", " 羊舍 ", "code", "410725901201", "value", "1,500,000.5", "year", "2019", "on", "2021年6月30日",
                "colour", "红"));
        assertThat(c.text("name", 10)).isEqualTo("羊舍");
        assertThat(c.digits("code", 12)).isEqualTo("410725901201");
        assertThat(c.decimal("value", 16, 2, BigDecimal.ZERO)).isEqualTo(new BigDecimal("1500000.50"));
        assertThat(c.integer("year", 2000, 2100)).isEqualTo(2019);
        assertThat(c.date("on")).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(c.choice("colour", Map.of("红", Colour.RED, "绿", Colour.GREEN))).isEqualTo(Colour.RED);
        assertThat(c.ok()).isTrue();
    }

    @Test
    void collectsEveryProblemOfTheRowWithRowNumberHeaderAndField() {
        RowCheck c = check(Map.of("code", "41072590120", "value", "1.005", "year", "1999", "on", "30/06/2021", "colour", "蓝"));
        assertThat(c.text("name", 10)).isNull();
        assertThat(c.digits("code", 12)).isNull();
        assertThat(c.decimal("value", 16, 2, BigDecimal.ZERO)).isNull();
        assertThat(c.integer("year", 2000, 2100)).isNull();
        assertThat(c.date("on")).isNull();
        assertThat(c.choice("colour", RowCheck.labels(Colour.class, x -> x == Colour.RED ? "红" : "绿"))).isNull();
        assertThat(c.errors()).extracting(ImportError::field).containsExactly("name", "code", "value", "year", "on", "colour");
        assertThat(c.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(7));
        assertThat(c.errors().get(0)).extracting(ImportError::row, ImportError::column, ImportError::field, ImportError::message, ImportError::key)
                .containsExactly(7, "名称", "name", "必填", "import.required");
        assertThat(c.errors().get(0).in(Language.EN).message()).isEqualTo("is required");
        assertThat(c.errors().get(0).in(Language.EN).texts()).isNull();
        assertThat(c.errors().get(5).message()).isEqualTo("须为以下之一：红、绿");
        assertThat(c.errors().get(5).in(Language.EN).message()).isEqualTo("must be one of 红、绿");
    }

    @Test
    void boundsAndCodes() {
        RowCheck c = check(Map.of("name", "一二三四五六", "value", "-1", "code", "4107259012ab"));
        assertThat(c.text("name", 5)).isNull();
        assertThat(c.decimal("value", 16, 2, BigDecimal.ZERO)).isNull();
        assertThat(c.digits("code", 12)).isNull();
        assertThat(check(Map.of("value", "12345678901234567")).decimal("value", 16, 2, null)).isNull();
        assertThat(check(Map.of("value", "1.50")).decimal("value", 16, 2, null)).isEqualByComparingTo("1.5");
        assertThat(check(Map.of("colour", "green")).choice("colour", RowCheck.labels(Colour.class, Enum::name))).isEqualTo(Colour.GREEN);
        assertThat(c.errors()).extracting(e -> e.in(Language.EN).message())
                .containsExactly("must be at most 5 characters", "must be at least 0", "must be 12 digits");
        assertThat(c.errors()).extracting(ImportError::message).containsExactly("最多 5 个字符", "不得小于 0", "须为 12 位数字");
    }
}
