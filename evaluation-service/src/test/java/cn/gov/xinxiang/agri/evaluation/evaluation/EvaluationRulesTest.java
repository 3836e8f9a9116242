package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationRules.Version;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.evaluation.scoring.Direction;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: which evaluation versions may change, what an evaluation may be of, who reads the overview. */
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

    static void refusedOnField(Decision<?> d, String field, String key) {
        Violation v = only(d);
        assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
        assertThat(v.field()).isEqualTo(field);
        assertThat(v.text().key()).isEqualTo(key);
    }

    @Test
    void aPreviewNamesItsSubjectTypeFirstThenItsId() {
        assertThat(EvaluationRules.subjectNamed(SubjectType.COUNTY, "410725000000").change()).isEqualTo(SubjectType.COUNTY);
        refusedOnField(EvaluationRules.subjectNamed(null, null), "subjectType", "evaluation.subject-type-required");
        refusedOnField(EvaluationRules.subjectNamed(SubjectType.PROJECT, " "), "subjectId", "evaluation.required");
    }

    @Test
    void aProjectSubjectIsTheProjectsUuid() {
        assertThat(EvaluationRules.projectSubject(ID.toString()).change()).isEqualTo(ID);
        refusedOnField(EvaluationRules.projectSubject("P-2025-001"), "subjectId", "evaluation.project-subject");
    }

    @Test
    void aCountySubjectIsAKnownCountyOfTheCity() {
        assertThat(EvaluationRules.countySubject("410725000000", "410700000000", c -> true).change()).isEqualTo(RegionCode.of("410725000000"));
        // a township, another city's county, not a code at all
        for (String wrong : List.of("410725100000", "410825000000", "fengqiu")) {
            refusedOnField(EvaluationRules.countySubject(wrong, "410700000000", c -> true), "subjectId", "evaluation.county-subject");
        }
        Decision<?> unknown = EvaluationRules.countySubject("410799000000", "410700000000", c -> false);
        refusedOnField(unknown, "subjectId", "evaluation.county-unknown");
        assertThat(only(unknown).text().args()).containsExactly("410799000000");
    }

    @Test
    void theCitySubjectIsTheCitysCode() {
        assertThat(EvaluationRules.citySubject("410700000000", "410700000000").change()).isEqualTo(RegionCode.of("410700000000"));
        Decision<?> other = EvaluationRules.citySubject("410725000000", "410700000000");
        refusedOnField(other, "subjectId", "evaluation.city-subject");
        assertThat(only(other).text().args()).containsExactly("410700000000");
    }

    static Evidence.IndicatorEvidence indicator(String code) {
        return new Evidence.IndicatorEvidence(code, code, Direction.HIGHER_IS_BETTER, BigDecimal.TEN, "t", BigDecimal.ONE, false, "d", "r", true,
                ScoringEngine.Status.SCORED, true, null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, 1, null);
    }

    @Test
    void recordsAreReadForANamedIndicatorOfTheEvaluation() {
        List<Evidence.IndicatorEvidence> indicators = List.of(indicator("ASSET_RETURN_BENCHMARK"), indicator("LINKED_HOUSEHOLDS"));
        assertThat(EvaluationRules.indicator(indicators, " LINKED_HOUSEHOLDS ").change().code()).isEqualTo("LINKED_HOUSEHOLDS");
        refusedOnField(EvaluationRules.indicator(indicators, null), "indicator", "evaluation.required");
        Decision<?> unknown = EvaluationRules.indicator(indicators, "FUND_EXECUTION");
        refusedOnField(unknown, "indicator", "evaluation.indicator-unknown");
        assertThat(only(unknown).text().args()).containsExactly("FUND_EXECUTION");
    }

    @Test
    void theCityOverviewIsForCityUsersAndAuditorsCoveringTheCity() {
        assertThat(EvaluationRules.overview(2025, true, true).change()).isEqualTo(2025);
        for (Decision<?> refused : List.of(EvaluationRules.overview(2025, false, true), EvaluationRules.overview(2025, true, false))) {
            Violation v = only(refused);
            assertThat(v.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
            assertThat(v.slug()).isEqualTo("forbidden");
            assertThat(v.text().key()).isEqualTo("evaluation.city-overview");
        }
    }
}
