package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTest {

    static BigDecimal y(String v) {
        return new BigDecimal(v);
    }

    static final PlanFigures CITY_2023 = new PlanFigures(y("620000000.00"), y("233350000.00"), y("80000000.00"), y("80000000.00"),
            y("683000000.00"), y("360000000.00"), y("230350000.00"), y("60000000.00"), y("40000000.00"));

    @Test
    void theCitys2023PlanIsConsistentAndAboveBothFloors() {
        assertThat(CITY_2023.total()).isEqualByComparingTo("1013350000.00");
        assertThat(PlanRules.check(CITY_2023, List.of(Map.entry("410725000000", y("1013350000.00"))))).isEmpty();
        PlanRules.FloorCheck f = PlanRules.floors(CITY_2023, y("0.65"), y("0.50"));
        assertThat(f.industryShare()).isEqualTo("67.4%");
        assertThat(f.leadingShare()).isEqualTo("52.7%");
        assertThat(f.belowFloor()).isFalse();
        // The same plan under a stricter year's floor is below it: floors are data, not constants.
        assertThat(PlanRules.floors(CITY_2023, y("0.70"), y("0.50")).belowFloor()).isTrue();
        assertThat(PlanRules.floors(CITY_2023, y("0.65"), y("0.53")).leadingMeets()).isFalse();
    }

    @Test
    void inconsistentFiguresAreNamedFieldByField() {
        PlanFigures bad = new PlanFigures(y("100.00"), y("0"), y("0"), y("0"), y("60.00"), y("70.00"), y("20.00"), y("0"), y("0"));
        List<Problem.FieldError> errors = PlanRules.check(bad, List.of(Map.entry("410725000000", y("80.00")),
                Map.entry("410725000000", y("30.00"))));
        assertThat(errors).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("uses", "uses.leadingIndustry", "countyShares[1].countyCode", "countyShares");
        PlanFigures empty = new PlanFigures(y("0"), y("0"), y("0"), y("0"), y("0"), y("0"), y("0"), y("0"), y("0"));
        assertThat(PlanRules.check(empty, List.of())).extracting(Problem.FieldError::field).containsExactly("sources");
    }

    /** Property: a split never exceeds the plan, and what is left unsplit is exactly the difference. */
    @Test
    void unsplitMoneyIsExactlyTheRemainder() {
        Random r = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal total = BigDecimal.valueOf(r.nextInt(1_000_000_000) + 1, 2);
            PlanFigures f = new PlanFigures(total, y("0"), y("0"), y("0"), total, y("0"), y("0"), y("0"), y("0"));
            BigDecimal a = BigDecimal.valueOf(r.nextInt(total.unscaledValue().intValue() + 1), 2);
            BigDecimal b = total.subtract(a);
            assertThat(PlanRules.unsplit(f, List.of(a, b))).isEqualByComparingTo("0");
            assertThat(PlanRules.check(f, List.of(Map.entry("410725000000", a), Map.entry("410726000000", b)))).isEmpty();
            assertThat(PlanRules.check(f, List.of(Map.entry("410725000000", a), Map.entry("410726000000", b.add(y("0.01"))))))
                    .extracting(Problem.FieldError::field).containsExactly("countyShares");
        }
    }
}
