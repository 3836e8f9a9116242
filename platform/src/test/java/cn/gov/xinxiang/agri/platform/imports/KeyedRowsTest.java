package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyedRowsTest {

    record Row(int rowNumber, String key, String digest) {
    }

    record Checked(Row row, List<ImportError> errors) implements CheckedRow<Row> {
    }

    static ImportRow input(int n, String key, String digest) {
        return new ImportRow(n, Map.of("key", key, "digest", digest));
    }

    static Checked check(ImportRow r) {
        return r.get("key").isEmpty()
                ? new Checked(null, List.of(ImportError.of(r.number(), "键", "key", new Text("problem.if-match-required"))))
                : new Checked(new Row(r.number(), r.get("key"), r.get("digest")), List.of());
    }

    static KeyedRows<Row> keyed(List<ImportRow> rows, int[] progress) {
        return KeyedRows.check(rows, KeyedRowsTest::check, Row::key, Row::digest,
                (earlier, row) -> ImportError.of(row.rowNumber(), "键", "key", new Text("problem.if-match-required")), n -> progress[0] = n);
    }

    @Test
    void aKeyRepeatedInTheFileCountsOnceWhenAlikeAndIsAnErrorWhenNot() {
        int[] progress = {0};
        KeyedRows<Row> k = keyed(List.of(input(1, "a", "x"), input(2, "a", "x"), input(3, "b", "y"), input(4, "b", "z"), input(5, "", "")), progress);
        assertThat(progress[0]).isEqualTo(5);
        assertThat(k.keys()).containsExactly("a", "b");
        assertThat(k.unchanged()).isEqualTo(1);
        assertThat(k.errors()).extracting(ImportError::row).containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void aStoredKeyIsUnchangedWhenAlikeAndAnErrorWhenNotEvenWithoutADigest() {
        KeyedRows<Row> k = keyed(List.of(input(1, "a", "x"), input(2, "b", "y"), input(3, "c", "z"), input(4, "d", "w")), new int[1]);
        Map<String, String> stored = new HashMap<>();
        stored.put("a", "x");
        stored.put("b", "other");
        stored.put("c", null); // stored by hand, no digest: not the same content
        List<Row> fresh = k.fresh(stored, row -> ImportError.of(row.rowNumber(), "键", "key", new Text("problem.if-match-required")));
        assertThat(fresh).extracting(Row::key).containsExactly("d");
        assertThat(k.unchanged()).isEqualTo(1);
        assertThat(k.errors()).extracting(ImportError::row).containsExactly(2, 3);
    }
}
