package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRulesTest {

    static EntityDtos.RegisterRequest req(String code, EntityKind kind, EnterpriseLevel level) {
        return new EntityDtos.RegisterRequest(code, "原阳县某预制菜食品有限公司", kind, level, "410725000000", null);
    }

    @Test
    void aLeadingEnterpriseNeedsItsLevelAndNoOtherKindHasOne() {
        assertThat(EntityRules.violations("91410725MA9F5LJX21", req("91410725MA9F5LJX21", EntityKind.LEADING_ENTERPRISE, EnterpriseLevel.CITY)))
                .isEmpty();
        assertThat(EntityRules.violations(null, req(null, EntityKind.LEADING_ENTERPRISE, null)))
                .extracting(Violation::field, v -> v.text().key()).containsExactly(org.assertj.core.groups.Tuple.tuple("level", "entity.level-required"));
        for (EntityKind kind : EntityKind.values()) {
            if (kind == EntityKind.LEADING_ENTERPRISE) {
                continue;
            }
            assertThat(EntityRules.violations(null, req(null, kind, null))).as(kind.name()).isEmpty();
            assertThat(EntityRules.violations(null, req(null, kind, EnterpriseLevel.NATIONAL))).as(kind.name())
                    .singleElement().satisfies(v -> {
                        assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
                        assertThat(v.field()).isEqualTo("level");
                        assertThat(v.text().in(Language.EN)).startsWith("only leading enterprises have a level");
                    });
        }
        assertThat(EntityRules.violations(null, req(null, EntityKind.COOPERATIVE, EnterpriseLevel.CITY)))
                .extracting(v -> v.text().in(Language.ZH)).containsExactly("只有龙头企业有认定级别，农民合作社不填");
    }

    @Test
    void theCreditCodeIsCheckedOnlyWhenGivenAndNormalisedFirst() {
        // a correction keeps its key, so it has no code to check
        assertThat(EntityRules.violations(null, req(null, EntityKind.COOPERATIVE, null))).isEmpty();
        assertThat(EntityRules.violations("93410725MA45U2PL08", req(null, EntityKind.COOPERATIVE, null)))
                .extracting(Violation::field, v -> v.text().in(Language.EN)).containsExactly(org.assertj.core.groups.Tuple.tuple("creditCode",
                        "check character is wrong (expected 7)"));
        assertThat(EntityRules.violations("9341072", req(null, EntityKind.COOPERATIVE, null))).extracting(Violation::field)
                .containsExactly("creditCode");
        assertThat(EntityRules.normalise(" 93410725ma45u2pl07 ")).isEqualTo("93410725MA45U2PL07");
        assertThat(EntityRules.normalise(null)).isNull();
    }


    @Test
    void aCodeIsRegisteredOnce() {
        assertThat(EntityRules.newEntry("91410725MA9F5LJX21", false).change()).isEqualTo("91410725MA9F5LJX21");
        assertThat(EntityRules.newEntry("91410725MA9F5LJX21", true).violations())
                .extracting(Violation::kind, Violation::slug, Violation::field, v -> v.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.WRONG_STATE, "entity-exists", null, "entity.exists"),
                        org.assertj.core.groups.Tuple.tuple(Violation.Kind.INVALID_FIELD, "validation", "creditCode", "entity.exists-field"));
    }

    @Test
    void anEntityIsRegisteredOnlyInsideTheCallersRegion() {
        RegionCode township = RegionCode.of("410725100000");
        assertThat(EntityRules.inCallerRegion(township, true).change()).isEqualTo(township);
        assertThat(EntityRules.inCallerRegion(township, false).violations())
                .extracting(Violation::kind, Violation::slug, Violation::field, v -> v.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.FORBIDDEN, "forbidden", "regionCode", "entity.region-outside"));
    }

    @Test
    void aNameSearchIsAtMostFiftyCharacters() {
        assertThat(EntityRules.queryViolations(null)).isEmpty();
        assertThat(EntityRules.queryViolations("食".repeat(50))).isEmpty();
        assertThat(EntityRules.queryViolations("食".repeat(51))).extracting(Violation::field, v -> v.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q", "entity.query"));
    }


    /** A malformed code, an unknown region or one above the county, each on regionCode; a leading industry the county never had. */
    @Test
    void anEntityIsPlacedInAKnownRegionOfTheCountyOrBelowWithALeadingIndustryOfItsCounty() {
        RegionCode township = RegionCode.of("410725100000");
        assertThat(EntityRules.placementViolations(township, true, "PREPARED_MEALS", true, null)).isEmpty();
        assertThat(EntityRules.placementViolations(null, false, "PREPARED_MEALS", true, null))
                .extracting(Violation::field, v -> v.text().key()).containsExactly(org.assertj.core.groups.Tuple.tuple("regionCode", "region.code-format"));
        assertThat(EntityRules.placementViolations(township, false, null, true, null))
                .extracting(Violation::field, v -> v.text().key()).containsExactly(org.assertj.core.groups.Tuple.tuple("regionCode", "region.unknown"));
        // above the county: the tier, and no leading industry is asked of a city
        assertThat(EntityRules.placementViolations(RegionCode.of("410700000000"), true, "PREPARED_MEALS", false, null))
                .extracting(Violation::field, v -> v.text().key()).containsExactly(org.assertj.core.groups.Tuple.tuple("regionCode", "entity.region-tier"));
        assertThat(EntityRules.placementViolations(township, true, "RICE", false, "原阳县"))
                .extracting(Violation::field, v -> v.text().key(), v -> v.text().args())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("leadingIndustryCode", "entity.not-leading-industry", new Object[]{"RICE", "原阳县"}));
    }

    static OperatingEntity registeredIn(String county) {
        OperatingEntity e = new OperatingEntity();
        e.countyCode = county;
        return e;
    }

    /** On creditCode: malformed, not registered, registered in another county than the project's. */
    @Test
    void aProjectLinksAnEntityRegisteredInItsCounty() {
        String code = "93410725MA45U2PL07";
        OperatingEntity here = registeredIn("410725000000");
        assertThat(EntityRules.linkable(code, here, "410725000000", c -> c).change()).isSameAs(here);
        assertThat(EntityRules.linkable("93410725MA45U2PL0X", null, "410725000000", c -> c).violations())
                .extracting(Violation::field).containsExactly("creditCode");
        assertThat(EntityRules.linkable(code, null, "410725000000", c -> c).violations())
                .extracting(Violation::field, v -> v.text().key()).containsExactly(org.assertj.core.groups.Tuple.tuple("creditCode", "entity.not-registered"));
        assertThat(EntityRules.linkable(code, registeredIn("410726000000"), "410725000000", c -> "县" + c).violations())
                .extracting(Violation::field, v -> v.text().key(), v -> v.text().args())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("creditCode", "entity.other-county",
                        new Object[]{code, "县410726000000", "县410725000000"}));
    }

    @Test
    void anEntityIsLinkedOncePerRole() {
        assertThat(EntityRules.newLink(true, "合作社", ProjectEntityRole.values()[0]).allowed()).isTrue();
        assertThat(EntityRules.newLink(false, "合作社", ProjectEntityRole.values()[0]).violations())
                .extracting(Violation::kind, Violation::slug, v -> v.text().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.WRONG_STATE, "entity-linked", "entity.linked"));
    }
}
