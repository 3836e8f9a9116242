package cn.gov.xinxiang.agri.project.consortium;

import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import cn.gov.xinxiang.agri.project.entity.EntityKind;
import cn.gov.xinxiang.agri.project.entity.OperatingEntity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsortiumRulesTest {

    static final String LEAD = "91410725MA9F5LJX21";
    static final String COOP = "93410725MA45U2PL07";
    static final String FARM = "92410725MAYY00003E";

    static ConsortiumDtos.CreateRequest req(String lead, List<ConsortiumDtos.MemberDto> members, List<ConsortiumDtos.LinkDto> links) {
        return new ConsortiumDtos.CreateRequest("联合体", "410725000000", 2024, "PREPARED_MEALS", lead, members, 10, null, links, null, null);
    }

    static ConsortiumDtos.MemberDto member(String code) {
        return new ConsortiumDtos.MemberDto(code, MemberRole.UNDERTAKER);
    }

    static ConsortiumDtos.LinkDto link(LinkKind kind, String product, String unit) {
        return new ConsortiumDtos.LinkDto(kind, product, new BigDecimal("100"), unit, null, null);
    }

    @Test
    void membersAreDistinctRegisteredCodesOtherThanTheLead() {
        assertThat(ConsortiumRules.violations(req(LEAD, List.of(member(COOP), member(FARM)), List.of()))).isEmpty();
        assertThat(ConsortiumRules.violations(req(LEAD, List.of(member(COOP), member(" " + COOP.toLowerCase() + " "), member(LEAD),
                member("93410725MA45U2PL08")), List.of())))
                .extracting(Violation::field, v -> v.text().in(Language.EN)).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("members[1].creditCode", "the same entity as members[0]"),
                        org.assertj.core.groups.Tuple.tuple("members[2].creditCode", "the lead enterprise is not listed again as a member"),
                        org.assertj.core.groups.Tuple.tuple("members[3].creditCode", "check character is wrong (expected 7)"));
        assertThat(ConsortiumRules.violations(req("91410725MA9F5LJX22", null, null))).extracting(Violation::field)
                .containsExactly("leadEnterpriseCreditCode");
    }

    /** Totals add quantities per product and unit, so one consortium states each (kind, product, unit) once. */
    @Test
    void aLineIsListedOncePerKindProductAndUnit() {
        assertThat(ConsortiumRules.violations(req(LEAD, null, List.of(link(LinkKind.CONTRACT_FARMING, "肉羊", "只"),
                link(LinkKind.PURCHASE, "肉羊", "只"), link(LinkKind.PURCHASE, "花生秧", "亩"), link(LinkKind.PURCHASE, "花生秧", "吨")))))
                .isEmpty();
        assertThat(ConsortiumRules.violations(req(LEAD, null, List.of(link(LinkKind.PURCHASE, "花生秧", "亩"),
                link(LinkKind.PURCHASE, " 花生秧 ", "亩")))))
                .extracting(Violation::field, v -> v.text().in(Language.ZH))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("links[1]", "与 links[0] 相同（类别、产品和单位相同的只填一项）"));
    }

    static OperatingEntity entity(String code, EntityKind kind) {
        OperatingEntity e = new OperatingEntity();
        e.creditCode = code;
        e.name = "某主体";
        e.kind = kind;
        return e;
    }

    /** The lead is a registered leading enterprise and every member is registered; codes are looked up normalised. */
    @Test
    void theRegistryKnowsTheLeadAsALeadingEnterpriseAndEveryMember() {
        var request = req(LEAD, List.of(member(" " + COOP.toLowerCase()), member(FARM)), List.of());
        Map<String, OperatingEntity> all = Map.of(LEAD, entity(LEAD, EntityKind.LEADING_ENTERPRISE), COOP, entity(COOP, EntityKind.COOPERATIVE),
                FARM, entity(FARM, EntityKind.FAMILY_FARM));
        assertThat(ConsortiumRules.registryViolations(request, all)).isEmpty();
        assertThat(ConsortiumRules.registryViolations(request, Map.of(COOP, all.get(COOP))))
                .extracting(Violation::field, v -> v.text().key()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("leadEnterpriseCreditCode", "entity.not-registered"),
                        org.assertj.core.groups.Tuple.tuple("members[1].creditCode", "entity.not-registered"));
        assertThat(ConsortiumRules.registryViolations(request, Map.of(LEAD, entity(LEAD, EntityKind.COOPERATIVE), COOP, all.get(COOP),
                FARM, all.get(FARM)))).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("leadEnterpriseCreditCode");
                    assertThat(v.text().key()).isEqualTo("consortium.lead-not-enterprise");
                });
    }


    /** The county inside the caller's region first (403, also on the field), then the year (400). */
    @Test
    void aConsortiumIsRecordedForACountyOfTheCallersRegionAndNotForAFutureYear() {
        RegionCode county = RegionCode.of("410725000000");
        assertThat(ConsortiumRules.placement(county, true, 2026, 2026).change()).isEqualTo(county);
        assertThat(ConsortiumRules.placement(county, false, 2027, 2026).violations())
                .extracting(Violation::kind, Violation::slug, Violation::field, v -> v.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.FORBIDDEN, "forbidden", "countyCode", "consortium.county-outside"));
        assertThat(ConsortiumRules.placement(county, true, 2027, 2026).violations())
                .extracting(Violation::field, v -> v.text().key(), v -> v.text().args())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("year", "consortium.year-future", new Object[]{2026}));
    }


    /** The leading industry and the registry at once, each on its field; the entities named when all is well. */
    @Test
    void theLeadingIndustryIsOneOfTheCountysInTheYear() {
        ConsortiumDtos.CreateRequest r = req(LEAD, List.of(), List.of());
        Map<String, OperatingEntity> registered = Map.of(LEAD, entity(LEAD, EntityKind.LEADING_ENTERPRISE));
        assertThat(ConsortiumRules.named(r, true, "原阳县", 2024, registered).change()).isEqualTo(registered);
        assertThat(ConsortiumRules.named(r, false, "原阳县", 2024, Map.of()).violations())
                .extracting(Violation::field, v -> v.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("leadingIndustryCode", "project.not-leading-industry"),
                        org.assertj.core.groups.Tuple.tuple("leadEnterpriseCreditCode", "entity.not-registered"));
    }
}
