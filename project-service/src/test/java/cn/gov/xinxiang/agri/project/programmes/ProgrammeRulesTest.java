package cn.gov.xinxiang.agri.project.programmes;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProgrammeRulesTest {

    static final RegionCode COUNTY = RegionCode.of("410725000000");
    static final RegionCode TOWNSHIP = RegionCode.of("410725100000");
    static final RegionCode VILLAGE = RegionCode.of("410725100201");

    @Test
    void aWriteNamesARegionOfAnAllowedTierInsideTheCallersRegion() {
        assertThat(ProgrammeRules.writeRegion("villageCode", VILLAGE, true, "410725000000", Tier.VILLAGE).change()).isEqualTo(VILLAGE);

        Decision<RegionCode> wrongTier = ProgrammeRules.writeRegion("villageCode", TOWNSHIP, true, "410725000000", Tier.VILLAGE);
        assertThat(wrongTier.violations()).extracting(Violation::kind, Violation::field, v -> v.text().key())
                .containsExactly(tuple(Violation.Kind.INVALID_FIELD, "villageCode", "programme.region-tier"));

        // the tier comes first: a wrong tier outside the caller's region is still a 400
        assertThat(ProgrammeRules.writeRegion("countyCode", VILLAGE, false, "410726000000", Tier.COUNTY).violations())
                .extracting(Violation::kind).containsExactly(Violation.Kind.INVALID_FIELD);

        Decision<RegionCode> outside = ProgrammeRules.writeRegion("regionCode", TOWNSHIP, false, "410726000000", Tier.COUNTY, Tier.TOWNSHIP);
        assertThat(outside.violations()).extracting(Violation::kind, Violation::slug, v -> v.text().key(), v -> v.text().args())
                .containsExactly(tuple(Violation.Kind.FORBIDDEN, "forbidden", "programme.outside-region",
                        new Object[]{"410725100000", "410726000000"}));
    }

    @Test
    void theAllowedTiersAreNamedInTheReadersLanguage() {
        assertThat(ProgrammeRules.tierNames(Tier.VILLAGE, Tier.TOWNSHIP).in(Language.ZH)).isEqualTo("村/乡镇");
        assertThat(ProgrammeRules.tierNames(Tier.COUNTY).in(Language.EN)).isEqualTo("county");
    }

    @Test
    void aRecordIsChangedOnlyFromARegionThatCoversIt() {
        assertThat(ProgrammeRules.inCallerRegion("410725000000", true, "410700000000").change()).isEqualTo("410725000000");
        assertThat(ProgrammeRules.inCallerRegion("410725000000", false, "410726000000").violations())
                .extracting(Violation::kind, Violation::field, v -> v.text().key())
                .containsExactly(tuple(Violation.Kind.FORBIDDEN, null, "programme.outside-region"));
    }

    @Test
    void aCountyIsNamedByAKnownCountyTierCode() {
        assertThat(ProgrammeRules.county("countyCode", " 410725000000 ").change()).isEqualTo(COUNTY);
        for (String bad : new String[]{null, "", "4107", "410725100000", "41072500000x"}) {
            assertThat(ProgrammeRules.county("countyCode", bad).violations()).as(bad)
                    .extracting(Violation::kind, Violation::field, v -> v.text().key())
                    .containsExactly(tuple(Violation.Kind.INVALID_FIELD, "countyCode", "region.county-code"));
        }
        assertThat(ProgrammeRules.county("countyCode", "410725000000", c -> false).allowed()).isFalse();
        assertThat(ProgrammeRules.county("countyCode", "410725000000", COUNTY::equals).allowed()).isTrue();
    }
}
