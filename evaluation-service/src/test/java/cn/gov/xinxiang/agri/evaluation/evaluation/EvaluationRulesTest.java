package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationRules.Version;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: which evaluation versions may change. */
class EvaluationRulesTest {

    static final UUID ID = UUID.randomUUID();
    static final UUID NEXT = UUID.randomUUID();

    static Version version(Evaluation.Status status) {
        return new Version(ID, 3, status, status == Evaluation.Status.SUPERSEDED ? NEXT : null);
    }

    static Violation only(Decision<?> d) {
        assertThat(d.violations()).hasSize(1);
        return d.violations().get(0);
    }

    @Test
    void onlyADraftIsRecomputedOrPublished() {
        assertThat(EvaluationRules.draft(version(Evaluation.Status.DRAFT)).allowed()).isTrue();
        Violation published = only(EvaluationRules.draft(version(Evaluation.Status.PUBLISHED)));
        assertThat(published.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(published.slug()).isEqualTo("evaluation-published");
        assertThat(published.text().args()).containsExactly(ID, 3);
        Violation superseded = only(EvaluationRules.draft(version(Evaluation.Status.SUPERSEDED)));
        assertThat(superseded.slug()).isEqualTo("evaluation-superseded");
        assertThat(superseded.text().args()).containsExactly(ID, 3, NEXT.toString());
    }

    @Test
    void aNewVersionFollowsTheLatestUnlessItIsAnOpenDraft() {
        assertThat(EvaluationRules.newVersion(null).change()).isEqualTo(1);
        assertThat(EvaluationRules.newVersion(version(Evaluation.Status.PUBLISHED)).change()).isEqualTo(4);
        assertThat(EvaluationRules.newVersion(version(Evaluation.Status.SUPERSEDED)).change()).isEqualTo(4);
        Violation draft = only(EvaluationRules.newVersion(version(Evaluation.Status.DRAFT)));
        assertThat(draft.slug()).isEqualTo("draft-exists");
        assertThat(draft.text().key()).isEqualTo("evaluation.draft-exists");
    }

    @Test
    void onlyWhatWasPublishedIsVerified() {
        assertThat(EvaluationRules.verifiable(version(Evaluation.Status.PUBLISHED)).allowed()).isTrue();
        assertThat(EvaluationRules.verifiable(version(Evaluation.Status.SUPERSEDED)).allowed()).isTrue();
        assertThat(only(EvaluationRules.verifiable(version(Evaluation.Status.DRAFT))).slug()).isEqualTo("evaluation-draft");
    }
}
