package cn.gov.xinxiang.agri.evaluation.inputs;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: the fiscal years a parameter may name. */
class FiscalYearRulesTest {

    static Violation only(Decision<?> d) {
        assertThat(d.violations()).hasSize(1);
        return d.violations().get(0);
    }

    @Test
    void aYearIsFrom2000To2100OnTheFieldThatCarriedIt() {
        assertThat(FiscalYearRules.inRange("year", 2000).change()).isEqualTo(2000);
        assertThat(FiscalYearRules.inRange("year", 2100).change()).isEqualTo(2100);
        for (int wrong : new int[]{1999, 2101}) {
            Violation v = only(FiscalYearRules.inRange("year", wrong));
            assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
            assertThat(v.field()).isEqualTo("year");
            assertThat(v.text().key()).isEqualTo("policy.year-range");
            assertThat(v.text().args()).containsExactly(2000, 2100);
        }
    }

    @Test
    void aYearGivenAsTextIsRequiredANumberAndInRange() {
        assertThat(FiscalYearRules.parse("fiscalYear", " 2025 ").change()).isEqualTo(2025);
        assertThat(only(FiscalYearRules.parse("fiscalYear", null)).text().key()).isEqualTo("evaluation.required");
        assertThat(only(FiscalYearRules.parse("fiscalYear", " ")).text().key()).isEqualTo("evaluation.required");
        assertThat(only(FiscalYearRules.parse("fiscalYear", "abc")).text().key()).isEqualTo("policy.year-format");
        assertThat(only(FiscalYearRules.parse("fiscalYear", "1999")).text().key()).isEqualTo("policy.year-range");
        assertThat(only(FiscalYearRules.parse("fiscalYear", "abc")).field()).isEqualTo("fiscalYear");
    }
}
