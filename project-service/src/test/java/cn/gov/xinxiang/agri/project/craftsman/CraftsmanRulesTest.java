package cn.gov.xinxiang.agri.project.craftsman;

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
}
