package cn.gov.xinxiang.agri.project.craftsman;

import static org.assertj.core.api.Assertions.tuple;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CraftsmanRulesTest {

    @Test
    void aRecognitionCannotBeDatedAfterTheCurrentYear() {
        assertThat(CraftsmanRules.yearProblem(2026, 2026)).isEmpty();
        assertThat(CraftsmanRules.yearProblem(2019, 2026)).isEmpty();
        assertThat(CraftsmanRules.yearProblem(2027, 2026)).get().extracting(t -> t.key()).isEqualTo("craftsman.year-future");
    }

    @Test
    void totalsListEveryLevelOnceInOrderAndZeroWhereNone() {
        List<CraftsmanRules.Count> out = CraftsmanRules.everyLevel(List.of(
                new CraftsmanRules.Count(CraftsmanLevel.NATIONAL_MASTER_RECOMMENDED, 1, 40),
                new CraftsmanRules.Count(CraftsmanLevel.CITY, 10, 100),
                new CraftsmanRules.Count(CraftsmanLevel.CITY, 6, 25)));
        assertThat(out).containsExactly(
                new CraftsmanRules.Count(CraftsmanLevel.CITY, 16, 125),
                new CraftsmanRules.Count(CraftsmanLevel.PROVINCIAL_MASTER, 0, 0),
                new CraftsmanRules.Count(CraftsmanLevel.NATIONAL_MASTER_RECOMMENDED, 1, 40));
        assertThat(CraftsmanRules.everyLevel(List.of())).extracting(CraftsmanRules.Count::craftsmen).containsExactly(0L, 0L, 0L);
    }


    /** The year first (400 on its field), then a recognition of the same name, region and level already recorded (409). */
    @Test
    void aCraftsmanIsRecognisedOncePerRegionAndLevel() {
        assertThat(CraftsmanRules.recognition("王师傅", "410725100201", CraftsmanLevel.CITY, 2024, 2026, false).change()).isEqualTo("王师傅");
        assertThat(CraftsmanRules.recognition("王师傅", "410725100201", CraftsmanLevel.CITY, 2024, 2026, true).violations())
                .extracting(Violation::kind, Violation::slug, Violation::field, v -> v.text().key())
                .containsExactly(tuple(Violation.Kind.WRONG_STATE, "duplicate", null, "craftsman.duplicate"),
                        tuple(Violation.Kind.INVALID_FIELD, "validation", "name", "craftsman.duplicate-field"));
        assertThat(CraftsmanRules.recognition("王师傅", "410725100201", CraftsmanLevel.CITY, 2027, 2026, true).violations())
                .extracting(Violation::field, v -> v.text().key()).containsExactly(tuple("yearRecognised", "craftsman.year-future"));
    }
}
