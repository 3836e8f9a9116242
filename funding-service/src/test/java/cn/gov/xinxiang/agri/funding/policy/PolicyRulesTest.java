package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The policy deciders, plain JUnit: the fiscal years there are, a year set up for the rules, a year's record. */
class PolicyRulesTest {

    static final PolicyRules.NegativeUse VEHICLES = new PolicyRules.NegativeUse("VEHICLES", " 购置交通工具 ", " 财农〔2021〕19号 ");
    static final PolicyRules.NegativeUse DEBT = new PolicyRules.NegativeUse("DEBT_REPAYMENT", "偿还债务", "财农〔2021〕19号");

    @Test
    void aFiscalYearIsBetween2000And2100() {
        assertThat(PolicyRules.fiscalYear(2000).change()).isEqualTo(2000);
        assertThat(PolicyRules.fiscalYear(2100).change()).isEqualTo(2100);
        for (int year : new int[] {1999, 2101}) {
            Decision<Integer> d = PolicyRules.fiscalYear(year);
            assertThat(d.violations()).singleElement().satisfies(v -> {
                assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
                assertThat(v.field()).isEqualTo("fiscalYear");
                assertThat(v.text().key()).isEqualTo("policy.year-range");
                assertThat(v.text().in(Language.EN)).isEqualTo("must be between 2000 and 2100");
            });
        }
    }

    @Test
    void aYearWithoutItsRecordIsNotSetUpForTheRules() {
        assertThat(PolicyRules.setUp(2024, true)).isEmpty();
        assertThat(PolicyRules.setUp(2024, false)).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
            assertThat(v.slug()).isEqualTo("no-policy-parameters");
            assertThat(v.text().key()).isEqualTo("funding-policy.no-negative-list");
            assertThat(v.text().args()).containsExactly(2024);
        });
    }

    @Test
    void aYearsRecordIsItsNegativeListStripped() {
        assertThat(PolicyRules.yearRecord(false, List.of(VEHICLES, DEBT)).change()).containsExactly(
                new PolicyRules.NegativeUse("VEHICLES", "购置交通工具", "财农〔2021〕19号"), DEBT);
        assertThat(PolicyRules.yearRecord(false, List.of()).change()).isEmpty();
    }

    @Test
    void theBenchmarkRateIsRefusedWithWhereItMoved() {
        Decision<List<PolicyRules.NegativeUse>> d = PolicyRules.yearRecord(true, List.of(VEHICLES, VEHICLES));
        assertThat(d.violations()).extracting(Violation::kind, Violation::slug, Violation::field, v -> v.text().key()).containsExactly(
                tuple(Violation.Kind.BROKEN_RULE, "policy-moved", null, "funding-policy.rate-moved"),
                tuple(Violation.Kind.INVALID_FIELD, "validation", "bankBenchmarkRate", "funding-policy.rate-moved-field"));
    }

    @Test
    void aCodeNamedTwiceIsRefusedOnTheElementThatRepeatsIt() {
        List<PolicyRules.NegativeUse> twice = List.of(DEBT, VEHICLES, DEBT, VEHICLES);
        Decision<List<PolicyRules.NegativeUse>> d = PolicyRules.yearRecord(false, twice);
        assertThat(d.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
            assertThat(v.field()).isEqualTo("negativeList[2].code");
            assertThat(v.text().in(Language.ZH)).isEqualTo("代码重复");
        });
        assertThat(PolicyRules.twice(twice).in(Language.EN)).isEqualTo("negativeList names code DEBT_REPAYMENT twice");
    }

    @Test
    void aYearNotSetUpYetHasNoVersionToMatch() {
        assertThat(PolicyRules.newYear(2027, null).change()).isEqualTo(2027);
        assertThat(PolicyRules.newYear(2027, "*").allowed()).isTrue();
        assertThat(PolicyRules.newYear(2027, "\"3\"").violations()).singleElement()
                .satisfies(v -> assertThat(java.util.List.of(v.kind(), v.slug(), v.text().key()))
                        .containsExactly(Violation.Kind.STALE, "stale-write", "funding-policy.nothing-to-match"));
    }
}
