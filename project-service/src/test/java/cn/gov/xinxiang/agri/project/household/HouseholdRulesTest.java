package cn.gov.xinxiang.agri.project.household;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster's deciders in plain code: each row rule, the shape of a refusal, the foreign village, the import's row shapes. */
class HouseholdRulesTest {

    static final String VILLAGE = "410725901201";
    static final String RETIRED = "410725901209";
    static final String ELSEWHERE = "410726101201";
    static final String ID = "11010519491231002X";

    /** The directory knows three villages (one retired); the caller's region is county 410725. */
    static final HouseholdRules.Villages VILLAGES = new HouseholdRules.Villages(
            v -> Set.of(VILLAGE, RETIRED, ELSEWHERE).contains(v.value()),
            v -> v.value().equals(RETIRED) ? Optional.of(new Text("region.retired", RETIRED, "旧村", "2024-01-01")) : Optional.empty(),
            v -> v.value().startsWith("410725"));

    static HouseholdDtos.HouseholdInput row(String no, String village, String name, String category, Boolean labour, String id) {
        return new HouseholdDtos.HouseholdInput(no, village, name, category, labour, id, null);
    }

    static HouseholdDtos.HouseholdInput good(String no) {
        return row(no, VILLAGE, "张三", "POVERTY_ALLEVIATED", true, ID);
    }

    static HouseholdRules.Verdict upsert(HouseholdRules.Rejection as, HouseholdDtos.HouseholdInput... rows) {
        return HouseholdRules.upsert(List.of(rows), i -> "households[" + i + "]", VILLAGES, as);
    }

    static List<String> fields(HouseholdRules.Verdict v) {
        return v.decision().violations().stream().map(Violation::field).toList();
    }

    static void assertText(Text text, String key, Object... args) {
        assertThat(text.key()).isEqualTo(key);
        assertThat(text.args()).containsExactly(args);
    }

    @Test
    void validRowsAreWrittenMaskedAndOnTheRosterUnlessSaidOtherwise() {
        HouseholdRules.Verdict v = upsert(HouseholdRules.Rejection.FIELDS, good(" H-1 "), row("H-2", VILLAGE, "李四", "OTHER", false, "110105********002X"));
        assertThat(v.decision().change()).containsExactly(
                new HouseholdRules.Row("H-1", VILLAGE, "张三", HouseholdCategory.POVERTY_ALLEVIATED, true, "110105********002X", true),
                new HouseholdRules.Row("H-2", VILLAGE, "李四", HouseholdCategory.OTHER, false, "110105********002X", true));
    }

    @Test
    void eachFaultOfARowIsNamedOnItsField() {
        HouseholdRules.Verdict v = upsert(HouseholdRules.Rejection.FIELDS, good("H-1"), good("H-1"),
                row("H 3", "4107", "", "NONE", null, "110105194912310021"));
        assertThat(fields(v)).containsExactly("households[1].nationalHouseholdNo", "households[2].nationalHouseholdNo",
                "households[2].villageCode", "households[2].headName", "households[2].category", "households[2].labourCapacity",
                "households[2].idNumber");
        assertThat(v.decision().violations()).extracting(x -> x.text().key()).containsExactly("household.twice", "household.no-format",
                "household.village-code", "household.head-name", "household.category", "household.labour", "household.id-number");
        assertThat(v.decision().violations()).extracting(Violation::kind).containsOnly(Violation.Kind.INVALID_FIELD);
        // the ID number is never echoed
        assertThat(v.decision().violations()).allSatisfy(x -> assertThat(List.of(x.text().args())).doesNotContain("110105194912310021"));
        assertText(v.summary(), "household.rejected", 7, 3);
    }

    @Test
    void theVillageIsAKnownActiveVillageOfTheCallersRegion() {
        assertThat(upsert(HouseholdRules.Rejection.FIELDS, row("H-1", "410725901000", "张三", "OTHER", true, ID)).decision().violations())
                .extracting(x -> x.text().key()).containsExactly("household.village-code");
        assertThat(upsert(HouseholdRules.Rejection.FIELDS, row("H-1", "410725901299", "张三", "OTHER", true, ID)).decision().violations())
                .extracting(x -> x.text().key()).containsExactly("household.village-code");
        assertThat(upsert(HouseholdRules.Rejection.FIELDS, good("H-0"), row("H-1", ELSEWHERE, "张三", "OTHER", true, ID)).decision().violations())
                .singleElement().satisfies(x -> assertThat(List.of(x.field(), x.text().key(), x.text().args()[0]))
                        .containsExactly("households[1].villageCode", "household.village-outside", ELSEWHERE));
    }

    @Test
    void whenEveryFaultIsARetiredVillageTheRefusalIsTheDirectorysOwn() {
        List<Violation> one = upsert(HouseholdRules.Rejection.FIELDS, row("H-1", RETIRED, "张三", "OTHER", true, ID)).decision().violations();
        assertThat(one.get(0).kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(one).extracting(Violation::slug).containsOnly("region-retired");
        assertThat(one.get(0).text().key()).isEqualTo("problem.field-message");
        assertThat(one.get(1).field()).isEqualTo("households[0].villageCode");
        assertThat(one.get(1).text().key()).isEqualTo("region.retired");
        // a retired village beside another fault is one row error among the others
        assertThat(upsert(HouseholdRules.Rejection.FIELDS, row("H-1", RETIRED, "", "OTHER", true, ID)).decision().violations())
                .extracting(Violation::kind).containsOnly(Violation.Kind.INVALID_FIELD);
    }

    @Test
    void anImportIsRefusedAs422ListingEveryBadRow() {
        List<Violation> v = HouseholdRules.upsert(List.of(good("H-1"), row("H-2", VILLAGE, "王五", "OTHER", null, ID)), i -> "row " + (i + 2),
                VILLAGES, HouseholdRules.Rejection.IMPORT).decision().violations();
        assertThat(v).extracting(Violation::slug).containsOnly("import-rejected");
        assertThat(v).extracting(Violation::kind).containsOnly(Violation.Kind.BROKEN_RULE);
        assertThat(v.get(0).field()).isNull();
        assertText(v.get(0).text(), "household.rejected", 1, 2);
        assertThat(v.get(1).field()).isEqualTo("row 3.labourCapacity");
    }

    @Test
    void aRefusalListsTheFirst500Errors() {
        List<HouseholdDtos.HouseholdInput> rows = new ArrayList<>(Collections.nCopies(600, row("H-1", VILLAGE, "张三", "OTHER", null, ID)));
        HouseholdRules.Verdict v = HouseholdRules.upsert(rows, i -> "households[" + i + "]", VILLAGES, HouseholdRules.Rejection.FIELDS);
        // 600 missing labour capacities and 599 repeated numbers
        assertThat(v.decision().violations()).hasSize(HouseholdRules.SHOWN);
        assertText(v.summary(), "household.rejected-first", 1199, 600, 500);
    }

    @Test
    void anUpsertTakesAtMostTenThousandRows() {
        assertThat(HouseholdRules.size(10_000).allowed()).isTrue();
        assertThat(HouseholdRules.size(10_001).violations()).singleElement()
                .satisfies(x -> assertThat(List.of(x.field(), x.text().key())).containsExactly("households", "household.max-rows"));
    }

    @Test
    void aStoredHouseholdOfAnotherRegionIsNotOverwritten() {
        assertThat(HouseholdRules.overwrite("H-1", true).change()).isEqualTo("H-1");
        assertThat(HouseholdRules.overwrite("H-1", false).violations()).singleElement()
                .satisfies(x -> assertThat(List.of(x.kind(), x.slug(), x.text().key(), x.text().args()[0]))
                        .containsExactly(Violation.Kind.FORBIDDEN, "forbidden", "household.foreign-village", "H-1"));
    }

    @Test
    void everyImportRowHasAsManyCellsAsTheHeader() {
        assertThat(HouseholdRules.rowShapes(List.of(6, 6), 6).allowed()).isTrue();
        Decision<Integer> d = HouseholdRules.rowShapes(List.of(6, 5, 6, 7), 6);
        assertThat(d.violations()).extracting(Violation::field).containsExactly(null, "row 3", "row 5");
        assertThat(d.violations()).extracting(Violation::slug).containsOnly("import-rejected");
        assertText(d.violations().get(0).text(), "import.rows-malformed", 2);
        assertThat(d.violations().get(1).text().args()).containsExactly(5, 6);
    }

    @Test
    void anImportTableHasAHeaderWithTheRequiredColumnsAndRows() {
        List<String> required = List.of("nationalHouseholdNo", "villageCode");
        List<String> expected = List.of("nationalHouseholdNo", "villageCode", "onRoster");
        assertThat(HouseholdRules.table(List.of("villageCode", "nationalHouseholdNo"), required, expected, 3).allowed()).isTrue();
        assertThat(HouseholdRules.table(null, required, expected, 0).violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.slug(), v.text().key()))
                        .containsExactly(Violation.Kind.MALFORMED, "empty-import", "import.no-header"));
        assertThat(HouseholdRules.table(List.of("villageCode"), required, expected, 3).violations()).singleElement()
                .satisfies(v -> {
                    assertThat(List.of(v.kind(), v.slug(), v.text().key())).containsExactly(Violation.Kind.MALFORMED, "bad-header", "import.header-lacks");
                    assertThat(v.text().args()).containsExactly("[nationalHouseholdNo]", expected.toString());
                });
        assertThat(HouseholdRules.table(required, required, expected, 0).violations()).singleElement()
                .satisfies(v -> assertThat(v.text().key()).isEqualTo("import.no-rows"));
    }
}
