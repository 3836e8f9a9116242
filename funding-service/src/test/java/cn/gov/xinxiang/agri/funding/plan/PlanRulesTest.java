package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;


import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTest {

    static String zh(Violation v) {
        return v.text().in(Language.ZH);
    }

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
        List<Violation> errors = PlanRules.check(bad, List.of(Map.entry("410725000000", y("80.00")),
                Map.entry("410725000000", y("30.00"))));
        assertThat(errors).extracting(Violation::field)
                .containsExactlyInAnyOrder("uses", "uses.leadingIndustry", "countyShares[1].countyCode", "countyShares");
        PlanFigures empty = new PlanFigures(y("0"), y("0"), y("0"), y("0"), y("0"), y("0"), y("0"), y("0"), y("0"));
        assertThat(PlanRules.check(empty, List.of())).extracting(Violation::field).containsExactly("sources");
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
                    .extracting(Violation::field).containsExactly("countyShares");
        }
    }

    static final String YY = "410725000000";
    static final String YJ = "410726000000";

    static PlanRules.UseSplit split(String industry, String infrastructure, String employment, String other) {
        return new PlanRules.UseSplit(y(industry), y(infrastructure), y(employment), y(other));
    }

    static PlanRules.Held held(String county, FundUse use, String purpose, String amount) {
        return new PlanRules.Held(UUID.randomUUID(), county, use, purpose, y(amount));
    }

    /** 1000 yuan: 700 industry (400 leading), 200 infrastructure, 100 employment. */
    static final PlanFigures THOUSAND = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("700.00"), y("400.00"), y("200.00"), y("100.00"), y("0"));

    @Test
    void aCountysUseSplitAddsUpToItsAmountAndNoUseIsSplitBeyondThePlan() {
        assertThat(PlanRules.checkLines(THOUSAND, List.of(
                new PlanRules.ShareLine(YY, y("600.00"), split("400.00", "150.00", "50.00", "0")),
                new PlanRules.ShareLine(YJ, y("400.00"), null)))).isEmpty();
        assertThat(PlanRules.checkLines(THOUSAND, List.of(
                new PlanRules.ShareLine(YY, y("600.00"), split("400.00", "150.00", "40.00", "0")),
                new PlanRules.ShareLine(YJ, y("400.00"), split("350.00", "50.00", "0", "0")))))
                .extracting(Violation::field, PlanRulesTest::zh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("countyShares[0].uses",
                                "各用途合计 590.00 元，而该县分配额为 600.00 元"),
                        org.assertj.core.groups.Tuple.tuple("countyShares", "各县产业发展合计 750.00 元，超过计划的 700.00 元"));
    }

    @Test
    void useHeadroomIsThePlansUseLessItsAllocationsAndTheCountysWhereItIsSplit() {
        var unsplit = new PlanRules.ShareLine(YJ, y("400.00"), null);
        assertThat(PlanRules.useHeadroom(THOUSAND, unsplit, FundUse.INFRASTRUCTURE, y("150.00"), y("0"))).isEqualByComparingTo("50.00");
        assertThat(PlanRules.useHeadroom(THOUSAND, unsplit, FundUse.OTHER, y("0"), y("0"))).isEqualByComparingTo("0");
        var splitShare = new PlanRules.ShareLine(YY, y("600.00"), split("400.00", "150.00", "50.00", "0"));
        // the county's 150 for infrastructure binds before the plan's 200
        assertThat(PlanRules.useHeadroom(THOUSAND, splitShare, FundUse.INFRASTRUCTURE, y("20.00"), y("20.00"))).isEqualByComparingTo("130.00");
        // the plan's use binds when other counties took most of it
        assertThat(PlanRules.useHeadroom(THOUSAND, splitShare, FundUse.INFRASTRUCTURE, y("190.00"), y("0"))).isEqualByComparingTo("10.00");
    }

    @Test
    void anAmendmentThatLeavesAllocationsAboveItNamesThem() {
        PlanRules.Held a = held(YY, FundUse.INDUSTRY_DEVELOPMENT, "PRODUCTION_FACILITIES", "300.00");
        PlanRules.Held b = held(YY, FundUse.INFRASTRUCTURE, "ROADS", "120.00");
        PlanRules.Held c = held(YJ, FundUse.INDUSTRY_DEVELOPMENT, "COLD_CHAIN", "350.00");
        PlanRules.Held revoked = held(YJ, FundUse.EMPLOYMENT, "WAGES", "0");
        List<PlanRules.Held> held = List.of(a, b, c, revoked);
        // still fits: 600/400 with the money moved from employment to industry
        PlanFigures moved = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("800.00"), y("400.00"), y("200.00"), y("0"), y("0"));
        assertThat(PlanRules.allocationsAbove(moved, List.of(new PlanRules.ShareLine(YY, y("600.00"), null),
                new PlanRules.ShareLine(YJ, y("400.00"), null)), held)).isEmpty();
        // 原阳 cut to 400 (holds 420), its infrastructure split to 100 (holds 120), the plan's industry cut to 600 (holds 650)
        PlanFigures cut = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("600.00"), y("400.00"), y("300.00"), y("100.00"), y("0"));
        List<Violation> errors = PlanRules.allocationsAbove(cut, List.of(
                new PlanRules.ShareLine(YY, y("400.00"), split("300.00", "100.00", "0", "0")),
                new PlanRules.ShareLine(YJ, y("600.00"), null)), held);
        assertThat(errors).extracting(Violation::field)
                .containsExactly("countyShares[0].amount", "countyShares[0].uses.infrastructure", "uses.industryDevelopment");
        assertThat(zh(errors.get(0))).contains(a.allocationId().toString(), b.allocationId().toString(), "420.00", "400.00");
        assertThat(zh(errors.get(1))).contains(b.allocationId().toString()).doesNotContain(a.allocationId().toString());
        assertThat(zh(errors.get(2))).contains(a.allocationId().toString(), c.allocationId().toString(), "650.00");
        assertThat(errors).noneMatch(e -> zh(e).contains(revoked.allocationId().toString()));
        // a county with allocations cannot leave the plan; one whose allocations hold nothing can
        assertThat(PlanRules.allocationsAbove(THOUSAND, List.of(new PlanRules.ShareLine(YJ, y("1000.00"), null)), List.of(a, revoked)))
                .extracting(Violation::field).containsExactly("countyShares");
        assertThat(PlanRules.allocationsAbove(THOUSAND, List.of(new PlanRules.ShareLine(YY, y("1000.00"), null)), List.of(revoked))).isEmpty();
    }

    @Test
    void aVersionBreaksTheFloorsItIsBelowAndTheNegativeListWhereMoneyIsHeldForAForbiddenPurpose() {
        assertThat(PlanRules.breaches(PlanRules.floors(THOUSAND, y("0.65"), y("0.50")), List.of())).isEmpty();
        assertThat(PlanRules.breaches(PlanRules.floors(THOUSAND, y("0.75"), y("0.60")), List.of()))
                .containsExactly(PlanRules.Breach.INDUSTRY_SHARE_FLOOR, PlanRules.Breach.LEADING_SHARE_FLOOR);
        assertThat(PlanRules.breaches(PlanRules.floors(THOUSAND, y("0.65"), y("0.50")),
                List.of(held(YY, FundUse.OTHER, "VEHICLES", "10.00")))).containsExactly(PlanRules.Breach.NEGATIVE_LIST);
        // a revoked allocation that holds nothing breaks nothing
        assertThat(PlanRules.breaches(PlanRules.floors(THOUSAND, y("0.65"), y("0.50")),
                List.of(held(YY, FundUse.OTHER, "VEHICLES", "0")))).isEmpty();
    }

    @Test
    void anAmendmentWithTheSameFiguresAndSplitChangesNothing() {
        var lines = List.of(new PlanRules.ShareLine(YY, y("600.00"), split("400", "150", "50", "0")), new PlanRules.ShareLine(YJ, y("400"), null));
        var reordered = List.of(new PlanRules.ShareLine(YJ, y("400.00"), null), new PlanRules.ShareLine(YY, y("600"), split("400.00", "150.00", "50.00", "0.00")));
        assertThat(PlanRules.unchanged(THOUSAND, lines, THOUSAND, reordered)).isTrue();
        assertThat(PlanRules.unchanged(THOUSAND, lines, THOUSAND, List.of(lines.get(0), new PlanRules.ShareLine(YJ, y("400"), split("400", "0", "0", "0"))))).isFalse();
        PlanFigures other = new PlanFigures(y("1000.00"), y("0"), y("0"), y("0"), y("700.00"), y("350.00"), y("200.00"), y("100.00"), y("0"));
        assertThat(PlanRules.unchanged(THOUSAND, lines, other, lines)).isFalse();
    }
}
