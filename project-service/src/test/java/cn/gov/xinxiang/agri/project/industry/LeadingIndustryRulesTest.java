package cn.gov.xinxiang.agri.project.industry;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The leading-industry deciders in plain code. */
class LeadingIndustryRulesTest {

    static final RegionCode COUNTY = RegionCode.of("410725000000");
    static final LeadingIndustryService.Industry GOATS = new LeadingIndustryService.Industry("G", "肉羊");
    static final LeadingIndustryService.Industry YAMS = new LeadingIndustryService.Industry("Y", "怀山药");
    static final LeadingIndustryService.Industry PEPPERS = new LeadingIndustryService.Industry("P", "辣椒");

    @Test
    void aListBelongsToAKnownCounty() {
        assertThat(LeadingIndustryRules.county("410725000000", r -> true).change()).isEqualTo(COUNTY);
        for (Decision<RegionCode> refused : List.of(LeadingIndustryRules.county("4107", r -> true),
                LeadingIndustryRules.county(null, r -> true),
                LeadingIndustryRules.county("410725901000", r -> true),
                LeadingIndustryRules.county("410725000000", r -> false))) {
            assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(List.of(v.kind(), v.field(), v.text().key()))
                    .containsExactly(Violation.Kind.INVALID_FIELD, "countyCode", "region.county-code"));
        }
    }

    @Test
    void onlyTheCountyReplacesItsList() {
        assertThat(LeadingIndustryRules.ownCounty(COUNTY, COUNTY).change()).isEqualTo(COUNTY);
        assertThat(LeadingIndustryRules.ownCounty(COUNTY, RegionCode.of("410726000000")).violations())
                .singleElement().satisfies(v -> assertThat(List.of(v.kind(), v.text().key()))
                        .containsExactly(Violation.Kind.FORBIDDEN, "leading-industry.own-county-only"));
    }

    @Test
    void theListHasTheYearsNumberOfEntries() {
        assertThat(LeadingIndustryRules.replace(2025, 2, 3, List.of(GOATS, YAMS)).change()).containsExactly(GOATS, YAMS);
        assertThat(LeadingIndustryRules.replace(2025, 2, 3, List.of(GOATS, YAMS, PEPPERS)).allowed()).isTrue();
        List<Violation> tooFew = LeadingIndustryRules.replace(2025, 2, 3, List.of(GOATS)).violations();
        assertThat(tooFew).extracting(Violation::kind).containsOnly(Violation.Kind.BROKEN_RULE);
        assertThat(tooFew).extracting(Violation::slug).containsOnly("leading-industry-count");
        assertThat(tooFew.get(0).text().key()).isEqualTo("leading-industry.count");
        assertThat(tooFew.get(0).text().args()).containsExactly(2, 3, 2025, 1);
        assertThat(tooFew.get(1).field()).isEqualTo("industries");
        assertThat(tooFew.get(1).text().key()).isEqualTo("leading-industry.entries");
    }

    @Test
    void eachCodeOnce() {
        assertThat(LeadingIndustryRules.replace(2025, 2, 3, List.of(GOATS, YAMS, GOATS)).violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.field(), v.text().key(), v.text().args()[0]))
                        .containsExactly(Violation.Kind.INVALID_FIELD, "industries[2].code", "leading-industry.duplicate", "G"));
    }
}
