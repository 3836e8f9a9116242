package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static cn.gov.xinxiang.agri.project.region.RegionDiff.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionDiffTest {

    static RegionDiff.Held held(String code, String name, boolean active) {
        return new RegionDiff.Held(RegionCode.of(code), name, active);
    }

    static RegionDiff.Entry entry(String code, String name) {
        return new RegionDiff.Entry(RegionCode.of(code), name);
    }

    final List<RegionDiff.Held> directory = List.of(
            held("410700000000", "新乡市", true),
            held("410726000000", "延津县", true),
            held("410726101000", "东屯镇", true),
            held("410726102000", "丰庄镇", true),
            held("410726101201", "东屯村村民委员会", true),
            held("410726101202", "王庄村村民委员会", true),
            held("410726101203", "李庄村村民委员会", true),
            held("410726102201", "小吴村村民委员会", true),
            held("410726102202", "旧村村民委员会", false));

    @Test
    void findsAddedRenamedMovedRetiredAndRestored() {
        RegionDiff.Result r = RegionDiff.of(directory, List.of(
                // the city may be left out: it is never retired
                entry("410726000000", "延津县"),
                entry("410726101000", "东屯镇"),
                entry("410726102000", "丰庄镇"),
                entry("410726101201", "东屯社区居民委员会"),     // renamed
                entry("410726102203", "王庄村村民委员会"),       // moved from 101202 to another township
                entry("410726102201", "小吴村村民委员会"),
                entry("410726102202", "旧村村民委员会"),         // back from retirement
                entry("410726102204", "新建村村民委员会")));     // added
        assertThat(r.unchanged()).isEqualTo(4);
        assertThat(r.changes()).extracting(c -> c.kind() + " " + c.code() + " " + c.name() + " " + c.previousName() + " " + c.fromCode())
                .containsExactly(
                        "ADDED 410726102204 新建村村民委员会 null null",
                        "RENAMED 410726101201 东屯社区居民委员会 东屯村村民委员会 null",
                        "MOVED 410726102203 王庄村村民委员会 王庄村村民委员会 410726101202",
                        "RETIRED 410726101203 李庄村村民委员会 null null",
                        "RESTORED 410726102202 旧村村民委员会 旧村村民委员会 null");
        assertThat(r.count(RETIRED)).isEqualTo(1);
        assertThat(r.changes().get(2).parentCode()).isEqualTo("410726102000");
    }

    @Test
    void anUnchangedListHasNoChanges() {
        List<RegionDiff.Entry> same = directory.stream().filter(RegionDiff.Held::active).map(h -> new RegionDiff.Entry(h.code(), h.name())).toList();
        RegionDiff.Result r = RegionDiff.of(directory, same);
        assertThat(r.changes()).isEmpty();
        assertThat(r.unchanged()).isEqualTo(8);
    }

    @Test
    void aNameThatIsNotUniqueIsNotTakenForAMove() {
        // Two 王庄村 disappear and one appears elsewhere: which one moved is unknown, so no move is claimed.
        List<RegionDiff.Held> dir = new ArrayList<>(directory);
        dir.add(held("410726101204", "王庄村村民委员会", true));
        RegionDiff.Result r = RegionDiff.of(dir, List.of(entry("410726000000", "延津县"), entry("410726101000", "东屯镇"),
                entry("410726102000", "丰庄镇"), entry("410726101201", "东屯村村民委员会"), entry("410726101203", "李庄村村民委员会"),
                entry("410726102201", "小吴村村民委员会"), entry("410726102203", "王庄村村民委员会")));
        assertThat(r.count(MOVED)).isZero();
        assertThat(r.changes()).extracting(c -> c.kind() + " " + c.code())
                .containsExactly("ADDED 410726102203", "RETIRED 410726101202", "RETIRED 410726101204");
    }

    @Test
    void anUploadedListIsCheckedRowByRowBeforeAnythingIsCompared() {
        RegionCode city = RegionCode.of("410700000000");
        List<List<String>> table = List.of(
                List.of("# comment line, as in the packaged file"),
                List.of("code", "name", "parent_code"),
                List.of("410726000000", "延津县", "410700000000"),
                List.of("410726101000", "东屯镇", "410726000000"),
                List.of("4107261012", "短码", ""),
                List.of("410825000000", "外市县", "410800000000"),
                List.of("410726101201", "", "410726101000"),
                List.of("410726101000", "东屯镇", "410726000000"),
                List.of("410726101202", "东屯二村", "410726000000"),
                List.of("410726901201", "城关一村（样例）", "410726901000"),
                List.of("410726103201", "孤村", "410726103000"));
        assertThatThrownBy(() -> Refusals.orThrow(RegionList.read(table, city, Set.of("410726901201"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.slug()).isEqualTo("upload-rejected");
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly(
                            "row 5.code", "row 6.code", "row 7.name", "row 8.code", "row 9.parent_code", "row 10.code", "row 10.name",
                            "row 11.code");
                });
        List<RegionDiff.Entry> ok = RegionList.read(List.of(List.of("区划代码", "名称"), List.of("410726000000", "延津县"),
                List.of(" 410726101000 ", " 东屯镇 ")), city, Set.of()).change();
        assertThat(ok).containsExactly(entry("410726000000", "延津县"), entry("410726101000", "东屯镇"));
        assertThat(RegionList.read(List.of(List.of("a", "b")), city, Set.of()).violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.slug())).containsExactly(Violation.Kind.MALFORMED, "bad-header"));
    }
}
