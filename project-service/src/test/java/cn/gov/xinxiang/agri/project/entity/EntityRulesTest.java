package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRulesTest {

    static EntityDtos.RegisterRequest req(String code, EntityKind kind, EnterpriseLevel level) {
        return new EntityDtos.RegisterRequest(code, "原阳县某预制菜食品有限公司", kind, level, "410725000000", null);
    }

    @Test
    void aLeadingEnterpriseNeedsItsLevelAndNoOtherKindHasOne() {
        assertThat(EntityRules.problems("91410725MA9F5LJX21", req("91410725MA9F5LJX21", EntityKind.LEADING_ENTERPRISE, EnterpriseLevel.CITY), Language.ZH))
                .isEmpty();
        assertThat(EntityRules.problems(null, req(null, EntityKind.LEADING_ENTERPRISE, null), Language.ZH))
                .extracting(FieldError::field).containsExactly("level");
        for (EntityKind kind : EntityKind.values()) {
            if (kind == EntityKind.LEADING_ENTERPRISE) {
                continue;
            }
            assertThat(EntityRules.problems(null, req(null, kind, null), Language.EN)).as(kind.name()).isEmpty();
            assertThat(EntityRules.problems(null, req(null, kind, EnterpriseLevel.NATIONAL), Language.EN)).as(kind.name())
                    .singleElement().satisfies(e -> {
                        assertThat(e.field()).isEqualTo("level");
                        assertThat(e.message()).startsWith("only leading enterprises have a level");
                    });
        }
        assertThat(EntityRules.problems(null, req(null, EntityKind.COOPERATIVE, EnterpriseLevel.CITY), Language.ZH))
                .extracting(FieldError::message).containsExactly("只有龙头企业有认定级别，农民合作社不填");
    }

    @Test
    void theCreditCodeIsCheckedOnlyWhenGivenAndNormalisedFirst() {
        // a correction keeps its key, so it has no code to check
        assertThat(EntityRules.problems(null, req(null, EntityKind.COOPERATIVE, null), Language.ZH)).isEmpty();
        assertThat(EntityRules.problems("93410725MA45U2PL08", req(null, EntityKind.COOPERATIVE, null), Language.EN))
                .extracting(FieldError::field, FieldError::message).containsExactly(org.assertj.core.groups.Tuple.tuple("creditCode",
                        "check character is wrong (expected 7)"));
        assertThat(EntityRules.problems("9341072", req(null, EntityKind.COOPERATIVE, null), Language.ZH)).extracting(FieldError::field)
                .containsExactly("creditCode");
        assertThat(EntityRules.normalise(" 93410725ma45u2pl07 ")).isEqualTo("93410725MA45U2PL07");
        assertThat(EntityRules.normalise(null)).isNull();
    }
}
