package cn.gov.xinxiang.agri.funding.summary;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** What a summary is asked for, plain JUnit. */
class SummaryRulesTest {

    @Test
    void theFiscalYearIsRequiredAndOneThereIs() {
        assertThat(SummaryRules.fiscalYear(2024).change()).isEqualTo(2024);
        assertThat(SummaryRules.fiscalYear(null).violations()).extracting(Violation::kind, Violation::field, v -> v.text().key())
                .containsExactly(tuple(Violation.Kind.INVALID_FIELD, "fiscalYear", "summary.year-required"));
        assertThat(SummaryRules.fiscalYear(1999).violations()).extracting(Violation::field, v -> v.text().key())
                .containsExactly(tuple("fiscalYear", "policy.year-range"));
    }
}
