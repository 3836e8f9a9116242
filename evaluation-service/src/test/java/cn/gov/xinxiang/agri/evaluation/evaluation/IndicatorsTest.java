package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: each indicator's scoring of the rows its query reads, with the policy numbers as inputs. */
class IndicatorsTest {

    static final UUID P1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID P2 = UUID.fromString("00000000-0000-0000-0000-000000000002");

    static PolicyCopy.Value policy(String key, String value, String unit) {
        return new PolicyCopy.Value(key, 2025, new BigDecimal(value), unit, key, "新乡市文件", "test-service", 1);
    }

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    static Object[] row(Object... values) {
        return values;
    }

    static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(List.of(rows));
    }

    static void ratio(Measured m, String numerator, String denominator) {
        assertThat(m.measurement().hasData()).as(m.measurement().noDataReason()).isTrue();
        assertThat(m.measurement().numerator()).isEqualByComparingTo(numerator);
        assertThat(m.measurement().denominator()).isEqualByComparingTo(denominator);
    }

    static List<Map<String, Object>> allocations(Object[]... useAmountLeading) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] a : useAmountLeading) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", "observed_allocation");
            m.put("use", a[0]);
            m.put("amount", n((String) a[1]).setScale(2));
            m.put("leadingIndustry", a[2]);
            out.add(m);
        }
        return out;
    }

    @Test
    void theIndustryShareCountsIndustryMoneyOverAllMoneyAndMarksEachAllocation() {
        Measured m = IndustryFundShareIndicator.score(allocations(row("INDUSTRY_DEVELOPMENT", "650", true), row("INFRASTRUCTURE", "350", false)));
        ratio(m, "650", "1000");
        assertThat(m.records()).extracting(r -> r.get("counted")).containsExactly("numerator+denominator", "denominator");
        assertThat(IndustryFundShareIndicator.score(allocations()).measurement().noDataReason()).isEqualTo(IndicatorCalculator.NO_ALLOCATION);
    }

    @Test
    void theLeadingShareCountsOnlyIndustryMoney() {
        Measured m = LeadingIndustryShareIndicator.score(allocations(row("INDUSTRY_DEVELOPMENT", "600", true), row("INDUSTRY_DEVELOPMENT", "400", false),
                row("INFRASTRUCTURE", "5000", true)));
        ratio(m, "600", "1000");
        assertThat(m.records()).hasSize(2);
        assertThat(LeadingIndustryShareIndicator.score(allocations(row("INFRASTRUCTURE", "10", true))).measurement().hasData()).isFalse();
    }

    @Test
    void aProjectCountsWhenAtLeastThePolicysNumberOfMechanismsWorked() {
        List<Object[]> projects = rows(row(P1, "XM-1", 2025, 2L, 2L), row(P2, "XM-2", 2024, 2L, 1L));
        ratio(WorkingMechanismsIndicator.score(policy(PolicyCopy.MIN_WORKING_MECHANISMS, "2", "count"), projects), "1", "2");
        // the threshold is data: with 1 both count
        Measured one = WorkingMechanismsIndicator.score(policy(PolicyCopy.MIN_WORKING_MECHANISMS, "1", "count"), projects);
        ratio(one, "2", "2");
        assertThat(one.policies()).extracting(PolicyCopy.Value::key).containsExactly(PolicyCopy.MIN_WORKING_MECHANISMS);
        assertThat(one.rule()).contains("at least 1 working mechanisms");
        // nothing reported for the year: no data, however many projects
        assertThat(WorkingMechanismsIndicator.score(policy(PolicyCopy.MIN_WORKING_MECHANISMS, "1", "count"), rows(row(P1, "XM-1", 2025, 0L, 0L)))
                .measurement().noDataReason()).isEqualTo(IndicatorCalculator.NO_RESULTS);
    }

    @Test
    void linkedHouseholdsAreSummedOverPlannedOnesWhileSomethingWasReported() {
        ratio(LinkedHouseholdsIndicator.score(rows(row(P1, "XM-1", 10L, 8L, 2L, 2025), row(P2, "XM-2", 5L, 0L, 0L, 2024))), "8", "15");
        assertThat(LinkedHouseholdsIndicator.score(rows(row(P1, "XM-1", 10L, 0L, 0L, 2025))).measurement().noDataReason())
                .isEqualTo(IndicatorCalculator.NO_RESULTS);
        assertThat(LinkedHouseholdsIndicator.score(rows(row(P1, "XM-1", 0L, 3L, 1L, 2025))).measurement().noDataReason())
                .contains("were planned");
    }

    @Test
    void incomeIsComparedWithTheLastWorkingYearElseTheExpectationAtEntry() {
        // mechanism 1: baseline 2024 result 3000 for 3 households = 1000 each; this year 4 linked → expected 4000, received 4400
        // mechanism 2: no earlier result; expected 500 per household × 10 planned (none linked) → 5000, received 4600
        // mechanism 3: neither: not counted
        Measured m = IncomeIncreaseIndicator.score(rows(
                row(P1, "XM-1", 2024, "EMPLOYMENT", 5L, null, 4L, n("4400"), 2024, 3L, n("3000")),
                row(P1, "XM-1", 2024, "ORDER_PURCHASING", 10L, n("500"), 0L, n("4600"), null, null, null),
                row(P2, "XM-2", 2025, "DIVIDEND", 2L, null, 2L, n("900"), null, null, null)));
        ratio(m, "9000", "9000");
        assertThat(m.records()).extracting(r -> r.get("baselineKind")).containsExactly("PREVIOUS_YEAR_RESULT", "EXPECTED_AT_ENTRY", "NONE");
        assertThat(m.records().get(0).get("baselineIncomePerHousehold")).isEqualTo(n("1000.00"));
        assertThat(m.records().get(2).get("numeratorPart")).isEqualTo(n("0.00"));
        assertThat(IncomeIncreaseIndicator.score(rows(row(P1, "XM-1", 2024, "EMPLOYMENT", 5L, n("100"), 0L, null, null, null, null)))
                .measurement().noDataReason()).isEqualTo(IndicatorCalculator.NO_RESULTS);
    }

    @Test
    void anAssetMeetsTheBenchmarkWhenTwiceItsHalfYearIncomeReachesValueTimesRate() {
        PolicyCopy.Value rate = policy(PolicyCopy.BENCHMARK_RATE, "0.05", "fraction");
        // 100000 × 0.05 = 5000: 2500 × 2 meets it exactly, 2499.99 × 2 does not
        Measured m = AssetReturnIndicator.score(rate, rows(row(P1, "2025H1", null, null, null, n("2500"), n("100000")),
                row(P2, "2025H2", null, null, null, n("2499.99"), n("100000"))));
        ratio(m, "1", "2");
        assertThat(m.records()).extracting(r -> r.get("belowBenchmark")).containsExactly(false, true);
        // the rate is data: at 0.04 both meet it
        ratio(AssetReturnIndicator.score(policy(PolicyCopy.BENCHMARK_RATE, "0.04", "fraction"), rows(row(P2, "2025H2", null, null, null, n("2499.99"),
                n("100000")))), "1", "1");
        assertThat(AssetReturnIndicator.score(rate, rows()).measurement().noDataReason()).isEqualTo(IndicatorCalculator.NO_INCOME);
    }

    @Test
    void theDistributionShareIsTheTargetAmountOverTheIncomeDistributed() {
        ratio(DistributionShareIndicator.score(rows(row(P1, "410725101001", "2025H1", n("1000"), n("600"), 12),
                row(P2, "410725101002", "2025H2", n("1000"), n("700"), 9))), "1300", "2000");
        assertThat(DistributionShareIndicator.score(rows()).measurement().noDataReason()).isEqualTo(IndicatorCalculator.NO_DISTRIBUTION);
    }

    @Test
    void anInventoryCountsOnceDueAndIsOnTimeWhenRecordedByTheDeadline() {
        PolicyCopy.Value days = policy(PolicyCopy.INVENTORY_DEADLINE_DAYS, "30", "days");
        Map<String, List<Object[]>> halves = new LinkedHashMap<>();
        // H1 ends 2025-06-30: due 2025-07-30
        halves.put("2025H1", rows(row(P1, LocalDate.of(2025, 7, 30)), row(P2, LocalDate.of(2025, 7, 31))));
        // H2 ends 2025-12-31: due 2026-01-30; not recorded and not yet due on 2025-09-01
        halves.put("2025H2", rows(row(P1, null)));
        Measured m = InventoryCompletionIndicator.score(days, LocalDate.of(2025, 9, 1), halves);
        ratio(m, "1", "2");
        assertThat(m.records()).extracting(r -> r.get("deadline")).containsExactly("2025-07-30", "2025-07-30");
        // once the H2 deadline has passed, the missing one counts against
        ratio(InventoryCompletionIndicator.score(days, LocalDate.of(2026, 1, 31), halves), "1", "3");
        // the deadline is data: with 31 days both H1 inventories are on time
        ratio(InventoryCompletionIndicator.score(policy(PolicyCopy.INVENTORY_DEADLINE_DAYS, "31", "days"), LocalDate.of(2025, 9, 1), halves), "2", "2");
        assertThat(InventoryCompletionIndicator.end("2025H2")).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void anAssetCountsConfirmedWhenItsOwnershipWasConfirmedByTheEndOfTheYear() {
        LocalDate end = LocalDate.of(2025, 12, 31);
        Measured m = ConfirmationCompletionIndicator.score(end, rows(
                row(P1, "冷库", "OPERATING", n("100000"), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)),
                row(P2, "道路", "PUBLIC_WELFARE", n("50000"), LocalDate.of(2025, 3, 1), null)));
        ratio(m, "1", "2");
        assertThat(m.records().get(0).get("value")).isEqualTo(n("100000.00"));
        assertThat(ConfirmationCompletionIndicator.score(end, rows()).measurement().noDataReason()).isEqualTo(IndicatorCalculator.NO_ASSETS);
    }

    @Test
    void fundExecutionIsSpendingOverAllocatedMoneyOnceMoneyHasFlowed() {
        ratio(FundExecutionIndicator.score(rows(row(P1, P1, "INDUSTRY_DEVELOPMENT", n("1000"), n("400"), n("600")),
                row(P2, P2, "INFRASTRUCTURE", n("1000"), null, null))), "400", "2000");
        assertThat(FundExecutionIndicator.score(rows(row(P1, P1, "INDUSTRY_DEVELOPMENT", n("1000"), null, null))).measurement().noDataReason())
                .contains("no disbursement or expenditure");
        assertThat(FundExecutionIndicator.score(rows()).measurement().noDataReason()).isEqualTo(IndicatorCalculator.NO_ALLOCATION);
    }

    @Test
    void theProgrammeIndicatorsCountHouseholdsWithACertificateAndProjectsWithAnEnvoy() {
        ratio(CertifiedLabourHouseholdsIndicator.score(rows(row("H1", "410725101001", "MONITORED", 2L), row("H2", "410725101001", "POVERTY_ALLEVIATED", 0L))),
                "1", "2");
        assertThat(CertifiedLabourHouseholdsIndicator.score(rows()).measurement().hasData()).isFalse();
        ratio(EnvoyProjectCoverageIndicator.score(rows(row(P1, "XM-1", 2025, 1L), row(P2, "XM-2", 2024, 0L))), "1", "2");
        assertThat(EnvoyProjectCoverageIndicator.score(rows()).measurement().hasData()).isFalse();
    }
}
