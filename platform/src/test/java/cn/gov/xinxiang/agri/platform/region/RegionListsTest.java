package cn.gov.xinxiang.agri.platform.region;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The packaged lists (official and sample) and the in-memory copy built from them; no database. */
class RegionListsTest {

    static final RegionFile.Contents OFFICIAL = RegionFile.official();
    static final RegionFile.Contents SAMPLE = RegionFile.sample();

    @Test
    void theOfficialListHasXinxiangsStatisticalUnitsAndNothingElse() {
        Map<Tier, Long> perTier = OFFICIAL.regions().stream().collect(Collectors.groupingBy(RegionDirectory.Region::tier, Collectors.counting()));
        assertThat(perTier).containsEntry(Tier.CITY, 1L).containsEntry(Tier.COUNTY, 15L).containsEntry(Tier.TOWNSHIP, 170L)
                .containsEntry(Tier.VILLAGE, 3825L);
        assertThat(OFFICIAL.regions()).allSatisfy(r -> {
            assertThat(r.code().value()).startsWith("4107");
            assertThat(r.sample()).isFalse();
            assertThat(r.active()).isTrue();
            assertThat(r.name()).doesNotContain("样例");
        });
        Map<String, RegionDirectory.Region> byCode = OFFICIAL.regions().stream().collect(Collectors.toMap(r -> r.code().value(), Function.identity()));
        assertThat(byCode.get("410726000000").name()).isEqualTo("延津县");
        assertThat(byCode.get("410783000000").pinyin()).isEqualTo("changyuanshi");
        assertThat(byCode.get("410726101201")).satisfies(v -> {
            assertThat(v.name()).isEqualTo("东屯村村民委员会");
            assertThat(v.parentCode()).isEqualTo("410726101000");
            assertThat(v.pinyin()).startsWith("dongtun");
            assertThat(v.initials()).startsWith("dtc");
        });
        // Every parent is in the list: the tree has no holes.
        assertThat(OFFICIAL.regions()).allSatisfy(r -> {
            if (r.parentCode() != null) {
                assertThat(byCode).as("parent of " + r.code()).containsKey(r.parentCode());
            }
        });
    }

    @Test
    void theTwelveCountiesOfTheDomainAndThreeFunctionalZones() {
        List<RegionDirectory.Region> counties = OFFICIAL.regions().stream().filter(r -> r.tier() == Tier.COUNTY).toList();
        assertThat(counties.stream().filter(r -> !r.functionalZone()).map(r -> r.code().value() + " " + r.name())).containsExactly(
                "410702000000 红旗区", "410703000000 卫滨区", "410704000000 凤泉区", "410711000000 牧野区", "410721000000 新乡县",
                "410724000000 获嘉县", "410725000000 原阳县", "410726000000 延津县", "410727000000 封丘县", "410781000000 卫辉市",
                "410782000000 辉县市", "410783000000 长垣市");
        assertThat(counties.stream().filter(RegionDirectory.Region::functionalZone).map(r -> r.code().value()))
                .containsExactly("410771000000", "410772000000", "410773000000");
        assertThat(OFFICIAL.regions()).filteredOn(r -> r.tier() != Tier.COUNTY).noneMatch(RegionDirectory.Region::functionalZone);
    }

    @Test
    void sampleRowsAreMarkedUseTownshipDigits9xxAndNeverCollideWithRealCodes() {
        Set<String> official = OFFICIAL.regions().stream().map(r -> r.code().value()).collect(Collectors.toSet());
        Set<String> parents = new HashSet<>(official);
        SAMPLE.regions().forEach(r -> parents.add(r.code().value()));
        assertThat(SAMPLE.regions()).hasSize(36).allSatisfy(r -> {
            assertThat(r.sample()).isTrue();
            assertThat(r.name()).endsWith("（样例）");
            assertThat(r.code().value().charAt(6)).isEqualTo('9');
            assertThat(official).doesNotContain(r.code().value());
            assertThat(parents).contains(r.parentCode());
        });
    }

    @Test
    void theCopyLeavesSampleRowsOutWhenSampleDataIsOffAndKeepsRetiredOnesKnown() {
        RegionDirectory.Region dongtun = OFFICIAL.regions().stream().filter(r -> r.code().value().equals("410726101201")).findFirst().orElseThrow();
        RegionDirectory.Region retired = new RegionDirectory.Region(dongtun.code(), dongtun.name(), dongtun.parentCode(), dongtun.tier(), false, false,
                dongtun.pinyin(), dongtun.initials(), java.time.LocalDate.of(2025, 1, 1), null);
        List<RegionDirectory.Region> rows = new java.util.ArrayList<>(OFFICIAL.regions());
        rows.removeIf(r -> r.code().equals(dongtun.code()));
        rows.add(retired);
        rows.addAll(SAMPLE.regions());

        RegionSnapshot on = RegionSnapshot.of(7, rows, true);
        RegionSnapshot off = RegionSnapshot.of(7, rows, false);
        RegionCode sampleVillage = RegionCode.of("410725901201");
        assertThat(on.get(sampleVillage)).isNotNull();
        assertThat(off.get(sampleVillage)).isNull();
        assertThat(off.size()).isEqualTo(4011);
        assertThat(on.size()).isEqualTo(4011 + 36);

        assertThat(off.get(dongtun.code()).active()).isFalse();
        assertThat(off.active()).hasSize(4010).doesNotContain(retired);
        List<RegionDirectory.Region> township = off.activeWithin(RegionCode.of("410726101000"));
        assertThat(township).first().extracting(r -> r.code().value()).isEqualTo("410726101000");
        assertThat(township).allSatisfy(r -> assertThat(r.code().value()).startsWith("410726101")).doesNotContain(retired);
        assertThat(on.activeWithin(RegionCode.of("410725000000"))).anyMatch(r -> r.code().equals(sampleVillage));
        assertThat(off.activeWithin(RegionCode.of("410700000000"))).hasSize(4010);
    }

    @Test
    void aMalformedListIsRefusedWithItsLine() {
        String bad = RegionFile.HEADER + "\n410726101201,东屯村,410726000000,VILLAGE,false,dongtuncun,dtc\n";
        assertThatThrownBy(() -> RegionFile.parse(new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false, "x"))
                .hasMessageContaining("x:2").hasMessageContaining("parent");
        String wrongTier = RegionFile.HEADER + "\n410726101000,东屯镇,410726000000,VILLAGE,false,dongtunzhen,dtz\n";
        assertThatThrownBy(() -> RegionFile.parse(new java.io.ByteArrayInputStream(wrongTier.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false, "x"))
                .hasMessageContaining("tier");
    }
}
