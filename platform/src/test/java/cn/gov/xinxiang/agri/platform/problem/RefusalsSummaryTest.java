package cn.gov.xinxiang.agri.platform.problem;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refusals.orThrow with a summary: the detail of a field-only refusal speaks of the request as a whole. */
class RefusalsSummaryTest {

    static final Text SUMMARY = new Text("problem.fields-invalid", 9);

    @Test
    void anAllowedDecisionGivesItsChange() {
        assertThat(Refusals.orThrow(Decision.allow("done"), SUMMARY)).isEqualTo("done");
    }

    @Test
    void fieldViolationsAloneTakeTheSummaryAsDetail() {
        assertThatThrownBy(() -> Refusals.orThrow(Decision.refuse(Violation.field("checks", "problem.if-match-required")), SUMMARY))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.slug()).isEqualTo("validation");
                    assertThat(p.toProblem(null, Language.EN).detail()).isEqualTo(SUMMARY.in(Language.EN));
                    assertThat(p.keyedErrors()).extracting(ProblemException.KeyedError::field).containsExactly("checks");
                });
    }

    @Test
    void aRuleViolationStillLeadsWithItsOwnText() {
        Text own = new Text("problem.if-match-required");
        assertThatThrownBy(() -> Refusals.orThrow(Decision.refuse(Violation.rule("some-rule", own.key())), SUMMARY))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.slug()).isEqualTo("some-rule");
                    assertThat(p.toProblem(null, Language.EN).detail()).isEqualTo(own.in(Language.EN));
                });
    }
}
