package cn.gov.xinxiang.agri.platform.problem;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusalsTest {

    @Test
    void anAllowedDecisionGivesItsChange() {
        assertThat(Refusals.orThrow(Decision.allow("done"))).isEqualTo("done");
    }

    @Test
    void fieldViolationsAloneAreA400ListingEveryField() {
        ProblemException p = Refusals.problem(java.util.List.of(
                Violation.field("amount", "problem.if-match-required"), Violation.field("year", "problem.if-match-required")));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.slug()).isEqualTo("validation");
        assertThat(p.keyedErrors()).extracting(ProblemException.KeyedError::field).containsExactly("amount", "year");
    }

    @Test
    void aRuleOrStateViolationLeadsAndFieldsComeAlong() {
        assertThatThrownBy(() -> Refusals.orThrow(Decision.refuse(Violation.field("amount", "problem.if-match-required"),
                Violation.state("already-closed", "problem.if-match-required"))))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.slug()).isEqualTo("already-closed");
                    assertThat(p.keyedErrors()).extracting(ProblemException.KeyedError::field).containsExactly("amount");
                });
        assertThat(Refusals.problem(java.util.List.of(Violation.rule("some-rule", "problem.if-match-required"))).status()).isEqualTo(422);
    }

    @Test
    void aListingRefusalJoinsEveryBrokenRuleInItsDetail() {
        ProblemException p = Refusals.listing(java.util.List.of(Violation.ruleOn("some-rule", "lines", "problem.if-match-required"),
                Violation.ruleOn("other-rule", "lines[0].use", "problem.not-found", "x", 1)));
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.slug()).isEqualTo("some-rule");
        assertThat(p.getMessage()).contains(Refusals.problem(java.util.List.of(Violation.rule("r", "problem.if-match-required"))).getMessage())
                .contains(Refusals.problem(java.util.List.of(Violation.rule("r", "problem.not-found", "x", 1))).getMessage());
        assertThat(p.keyedErrors()).extracting(ProblemException.KeyedError::field).containsExactly("lines", "lines[0].use");
        // field violations alone: the plain 400
        assertThat(Refusals.listing(java.util.List.of(Violation.field("amount", "problem.if-match-required"))).status()).isEqualTo(400);
        assertThat(Refusals.orThrowListing(Decision.allow(7))).isEqualTo(7);
    }

    @Test
    void eachKindGivesItsStatusAndTheViolationsSlug() {
        assertThat(Refusals.problem(java.util.List.of(Violation.malformed("bad-header", "problem.if-match-required"))))
                .extracting(ProblemException::status, ProblemException::slug).containsExactly(400, "bad-header");
        assertThat(Refusals.problem(java.util.List.of(Violation.forbidden("problem.if-match-required"))))
                .extracting(ProblemException::status, ProblemException::slug).containsExactly(403, "forbidden");
        assertThat(Refusals.problem(java.util.List.of(Violation.stale("stale-write", "problem.if-match-required"))))
                .extracting(ProblemException::status, ProblemException::slug).containsExactly(412, "stale-write");
        assertThat(Refusals.problem(java.util.List.of(Violation.unconditional("precondition-required", "problem.if-match-required"))))
                .extracting(ProblemException::status, ProblemException::slug).containsExactly(428, "precondition-required");
    }
}
