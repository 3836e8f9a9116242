package cn.gov.xinxiang.agri.asset.rules;

import cn.gov.xinxiang.agri.asset.distribution.DistributionRules;
import cn.gov.xinxiang.agri.asset.distribution.DistributionUse;
import cn.gov.xinxiang.agri.asset.distribution.LineKind;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DistributionRulesTest {

    static final String VILLAGE = "410725901201";
    static final BigDecimal MIN = new BigDecimal("0.70");

    final Map<UUID, DistributionRules.HouseholdFacts> households = new HashMap<>();

    UUID household(String category, boolean able, boolean eligible) {
        UUID id = UUID.randomUUID();
        households.put(id, new DistributionRules.HouseholdFacts(id, VILLAGE, category, able, eligible));
        return id;
    }

    static DistributionRules.Line work(UUID h, String amount) {
        return new DistributionRules.Line(LineKind.WORK_PAY, h, null, new BigDecimal(amount), "公益岗保洁", new BigDecimal("30"));
    }

    static DistributionRules.Line guarantee(UUID h, String amount) {
        return new DistributionRules.Line(LineKind.BASIC_GUARANTEE, h, null, new BigDecimal(amount), null, null);
    }

    static DistributionRules.Line use(DistributionUse u, String amount) {
        return new DistributionRules.Line(LineKind.PERMITTED_USE, null, u, new BigDecimal(amount), null, null);
    }

    /** The problem the service answers a refused check with. */
    ProblemException refused(BigDecimal income, List<DistributionRules.Line> lines) {
        var d = DistributionRules.check(VILLAGE, income, MIN, lines, households);
        assertThat(d.allowed()).as("refused").isFalse();
        return Refusals.listing(d.violations());
    }

    @Test
    void aLawfulDistributionPassesAndAddsUp() {
        UUID able = household("POVERTY_ALLEVIATED", true, true);
        UUID unable = household("MONITORED", false, true);
        var o = DistributionRules.check(VILLAGE, new BigDecimal("10000.00"), MIN,
                List.of(work(able, "4000.00"), guarantee(unable, "3000.00"), use(DistributionUse.COLLECTIVE_REINVESTMENT, "3000.00")), households).change();
        assertThat(o.targetAmount()).isEqualByComparingTo("7000.00");
        assertThat(o.targetShare()).isEqualByComparingTo("0.70");
        assertThat(o.workPay()).isEqualByComparingTo("4000.00");
        assertThat(o.guarantee()).isEqualByComparingTo("3000.00");
        assertThat(o.permittedUse()).isEqualByComparingTo("3000.00");
        assertThat(o.householdsPaid()).isEqualTo(2);
    }

    @Test
    void sixtyNinePercentToTargetHouseholdsIsRefused() {
        UUID able = household("POVERTY_ALLEVIATED", true, true);
        var e = refused(new BigDecimal("10000.00"), List.of(work(able, "6900.00"), use(DistributionUse.RISK_RESERVE, "3100.00")));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).contains("only 69%").contains("at least 70%");
        // one fen short of 70% is refused too
        assertThat(refused(new BigDecimal("10000.00"), List.of(work(able, "6999.99"), use(DistributionUse.RISK_RESERVE, "3000.01")))
                .getMessage()).contains("at least 70%");
    }

    @Test
    void ableHouseholdsAreNotPaidUnconditionallyAndWorkIsRecorded() {
        UUID able = household("POVERTY_ALLEVIATED", true, true);
        var e = refused(new BigDecimal("1000.00"), List.of(guarantee(able, "1000.00")));
        assertThat(e.getMessage()).contains("has labour capacity").contains("not unconditionally");
        assertThat(e.errors()).extracting(f -> f.field()).contains("lines[0].kind");
        var noWork = new DistributionRules.Line(LineKind.WORK_PAY, able, null, new BigDecimal("1000.00"), " ", null);
        assertThat(refused(new BigDecimal("1000.00"), List.of(noWork)).getMessage()).contains("work recorded");
    }

    @Test
    void forbiddenUsesOthersAndLeaversAreRefusedAndMalformedLinesAre400() {
        UUID able = household("POVERTY_ALLEVIATED", true, true);
        for (DistributionUse u : List.of(DistributionUse.ADMINISTRATION, DistributionUse.ALLOWANCES, DistributionUse.BONUSES, DistributionUse.DEBT_REPAYMENT)) {
            var e = refused(new BigDecimal("10000.00"), List.of(work(able, "8000.00"), use(u, "2000.00")));
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.getMessage()).contains("may not be spent on " + u.name());
        }
        UUID other = household("OTHER", true, true);
        assertThat(refused(new BigDecimal("100.00"), List.of(work(other, "100.00"))).getMessage()).contains("neither poverty-alleviated nor monitored");
        UUID left = household("MONITORED", false, false);
        assertThat(refused(new BigDecimal("100.00"), List.of(guarantee(left, "100.00"))).getMessage()).contains("left the roster");
        assertThat(refused(new BigDecimal("100.00"), List.of(guarantee(UUID.randomUUID(), "100.00"))).getMessage()).contains("not on this village's roster");
        var e = refused(new BigDecimal("100.00"), List.of(new DistributionRules.Line(LineKind.PERMITTED_USE, null, null, new BigDecimal("100.00"), null, null)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errors().get(0).field()).isEqualTo("lines[0].use");
        assertThat(refused(new BigDecimal("200.00"), List.of(work(able, "100.00"), work(able, "100.00"))).status()).isEqualTo(400);
    }

    /** Property: any split whose target part is at least 70% and whose parts sum to the income passes; one fen off fails. */
    @Test
    void randomLawfulSplitsPassAndAnyFenOffIsRefused() {
        Random rnd = new Random(20250701);
        List<UUID> able = new ArrayList<>();
        List<UUID> unable = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            able.add(household(i % 2 == 0 ? "POVERTY_ALLEVIATED" : "MONITORED", true, true));
            unable.add(household(i % 2 == 0 ? "MONITORED" : "POVERTY_ALLEVIATED", false, true));
        }
        DistributionUse[] permitted = {DistributionUse.COLLECTIVE_REINVESTMENT, DistributionUse.ASSET_MAINTENANCE,
                DistributionUse.PUBLIC_WELFARE_FACILITIES, DistributionUse.RISK_RESERVE};
        for (int run = 0; run < 500; run++) {
            long incomeFen = 1000 + rnd.nextInt(50_000_000);
            long minTargetFen = (incomeFen * 70 + 99) / 100; // ceil(70%)
            long targetFen = minTargetFen + (long) (rnd.nextDouble() * (incomeFen - minTargetFen));
            int hhCount = 1 + rnd.nextInt(Math.min(16, (int) Math.max(1, targetFen)));
            List<DistributionRules.Line> lines = new ArrayList<>();
            long[] parts = split(targetFen, hhCount, rnd);
            for (int i = 0; i < hhCount; i++) {
                if (parts[i] == 0) {
                    continue;
                }
                String amt = BigDecimal.valueOf(parts[i], 2).toPlainString();
                lines.add(i % 2 == 0 ? work(able.get(i / 2), amt) : guarantee(unable.get(i / 2), amt));
            }
            long rest = incomeFen - targetFen;
            if (rest > 0) {
                long[] useParts = split(rest, 1 + rnd.nextInt(3), rnd);
                for (int i = 0; i < useParts.length; i++) {
                    if (useParts[i] > 0) {
                        lines.add(use(permitted[i], BigDecimal.valueOf(useParts[i], 2).toPlainString()));
                    }
                }
            }
            BigDecimal income = BigDecimal.valueOf(incomeFen, 2);
            var o = DistributionRules.check(VILLAGE, income, MIN, lines, households).change();
            assertThat(o.targetAmount().add(o.permittedUse())).isEqualByComparingTo(income);
            assertThat(o.targetAmount().compareTo(income.multiply(MIN))).isGreaterThanOrEqualTo(0);
            assertThat(o.targetShare()).isLessThanOrEqualTo(BigDecimal.ONE);

            // One fen more or less on a random line: the lines no longer add up.
            int k = rnd.nextInt(lines.size());
            var l = lines.get(k);
            List<DistributionRules.Line> off = new ArrayList<>(lines);
            off.set(k, new DistributionRules.Line(l.kind(), l.householdId(), l.use(), l.amount().add(new BigDecimal("0.01")), l.workDescription(), l.workDays()));
            assertThat(refused(income, off).getMessage()).contains("add up to");
        }
    }

    @Test
    void aVillageDistributesAnEndedHalfYearOnce() {
        var h1 = cn.gov.xinxiang.agri.asset.income.Period.of("2025H1");
        java.time.LocalDate july = java.time.LocalDate.of(2025, 7, 1);
        assertThat(DistributionRules.distributable(VILLAGE, h1, july, false).change()).isEqualTo(h1);
        var running = DistributionRules.distributable(VILLAGE, h1, july.minusDays(1), false);
        assertThat(running.violations()).extracting(v -> v.field()).containsExactly("period");
        var twice = DistributionRules.distributable(VILLAGE, h1, july, true);
        assertThat(twice.violations()).extracting(v -> v.slug()).containsExactly("distribution-exists");
    }

    @Test
    void inventoriesCorrectedInReviewMustStillReconcile() {
        BigDecimal recorded = new BigDecimal("9000.00");
        // inventories corrected in review: still fine when unchanged, explained, or from before reconciliation
        BigDecimal income = new BigDecimal("9000.00");
        assertThat(DistributionRules.stillReconciled(income, recorded, recorded, null, "2025H1", 1).allowed()).isTrue();
        assertThat(DistributionRules.stillReconciled(income, null, new BigDecimal("8000.00"), null, "2025H1", 1).allowed()).isTrue();
        assertThat(DistributionRules.stillReconciled(income, recorded, new BigDecimal("8000.00"), "差额说明", "2025H1", 1).allowed()).isTrue();
        var changed = DistributionRules.stillReconciled(income, recorded, new BigDecimal("8000.00"), null, "2025H1", 2);
        ProblemException q = Refusals.problem(changed.violations());
        assertThat(q.status()).isEqualTo(422);
        assertThat(q.slug()).isEqualTo("income-not-reconciled");
        assertThat(q.getMessage()).contains("8000.00").contains("9000.00");
        assertThat(q.keyedErrors()).extracting(ProblemException.KeyedError::field).containsExactly("income");
    }

    /** Splits a positive amount of fen into n non-negative parts that sum to it. */
    static long[] split(long total, int n, Random rnd) {
        long[] parts = new long[n];
        long left = total;
        for (int i = 0; i < n - 1; i++) {
            parts[i] = left == 0 ? 0 : (long) (rnd.nextDouble() * left);
            left -= parts[i];
        }
        parts[n - 1] = left;
        return parts;
    }

    @Test
    void aDistributionIsOfAKnownVillageAndOnlyThatVillageProposesOrCorrectsIt() {
        RegionCode village = RegionCode.of(VILLAGE);
        assertThat(DistributionRules.village(village, true).change()).isEqualTo(village);
        Violation unknown = DistributionRules.village(village, false).violations().get(0);
        assertThat(unknown.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
        assertThat(unknown.field()).isEqualTo("villageCode");
        assertThat(unknown.text().key()).isEqualTo("distribution.unknown-village");
        assertThat(unknown.text().args()).containsExactly(VILLAGE);
        // a township is no village, even a known one
        assertThat(DistributionRules.village(village.at(Tier.TOWNSHIP), true).allowed()).isFalse();

        RegionCode other = RegionCode.of("410725902201");
        assertThat(DistributionRules.proposedByItsVillage(village, village).change()).isEqualTo(village);
        assertThat(DistributionRules.correctedByItsVillage(village, village).change()).isEqualTo(village);
        Violation proposes = DistributionRules.proposedByItsVillage(village, other).violations().get(0);
        assertThat(proposes.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
        assertThat(proposes.slug()).isEqualTo("forbidden");
        assertThat(proposes.text().key()).isEqualTo("distribution.own-village-proposes");
        Violation corrects = DistributionRules.correctedByItsVillage(village, village.at(Tier.TOWNSHIP)).violations().get(0);
        assertThat(corrects.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
        assertThat(corrects.text().key()).isEqualTo("distribution.own-village-corrects");
    }

    @Test
    void thePublicListNamesItsRegionAndPeriodTheFirstMissingOneIsA400() {
        assertThat(DistributionRules.publicListing(VILLAGE, "2025H1").change()).isEqualTo(new DistributionRules.PublicListing(VILLAGE, "2025H1"));
        assertThat(DistributionRules.publicListing(null, null).violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("village"))
                .satisfies(v -> assertThat(v.text().key()).isEqualTo("distribution.required"));
        assertThat(DistributionRules.publicListing(VILLAGE, null).violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("period"))
                .satisfies(v -> assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD));
    }
}
