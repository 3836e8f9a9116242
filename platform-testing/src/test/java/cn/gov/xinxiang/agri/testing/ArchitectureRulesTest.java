package cn.gov.xinxiang.agri.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared rules catch what they say they catch, on fixture classes that break them (packages asset.fx*, funding.fxc). */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("cn.gov.xinxiang.agri.asset.fxa", "cn.gov.xinxiang.agri.asset.fxb", "cn.gov.xinxiang.agri.funding.fxc");

    private static EvaluationResult on(ArchRule rule) {
        return rule.evaluate(FIXTURES);
    }

    @Test
    void aServiceThatNeedsItsResourceIsCaught() {
        EvaluationResult r = on(ArchitectureRules.nothingDependsOnResources("asset"));
        assertThat(r.hasViolation()).isTrue();
        assertThat(r.getFailureReport().getDetails()).anyMatch(d -> d.contains("FxaService.show") && d.contains("FxaResource.view"));
    }

    @Test
    void aCycleBetweenFeaturesIsCaughtUnlessItIsANamedKnot() {
        assertThat(on(ArchitectureRules.featuresAreFreeOfCycles("asset")).hasViolation()).isTrue();
        assertThat(on(ArchitectureRules.featuresAreFreeOfCycles("asset", "fxa,fxb")).hasViolation()).isFalse();
    }

    @Test
    void aRuleClassThatKnowsAFrameworkIsCaught() {
        EvaluationResult r = on(ArchitectureRules.rulesArePlainCode("asset"));
        assertThat(r.getFailureReport().getDetails()).anyMatch(d -> d.contains("FxbRules") && d.contains("org.apache.kafka"));
    }

    @Test
    void aServiceUsingAnotherServicesClassIsCaught() {
        EvaluationResult r = on(ArchitectureRules.servicesStayApart("asset"));
        assertThat(r.getFailureReport().getDetails()).anyMatch(d -> d.contains("FxbRules") && d.contains("FxcThing"));
        assertThat(on(ArchitectureRules.servicesStayApart("funding")).hasViolation()).isFalse();
    }

    @Test
    void aServiceThatRefusesByItselfIsCaughtButNotOneThatOnlyLoads() {
        EvaluationResult r = on(ArchitectureRules.refusalsComeFromDeciders("asset"));
        assertThat(r.getFailureReport().getDetails()).anyMatch(d -> d.contains("FxaRefusingService.refuse") && d.contains("keyed"))
                .noneMatch(d -> d.contains("FxbLoadingService")).noneMatch(d -> d.contains("notFound"));
        assertThat(on(ArchitectureRules.refusalsComeFromDeciders("asset", "FxaRefusingService")).hasViolation()).isFalse();
    }

    @Test
    void aRuleThatMatchesNothingFails() {
        // no platform classes among the fixtures: the rule must not pass by pointing at nothing
        assertThatThrownBy(() -> ArchitectureRules.platformKnowsNoService().check(FIXTURES)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anExceptionThatNoLongerBreaksTheRuleIsReported() {
        assertThatThrownBy(() -> ArchitectureRules.exceptionsStillNeeded("asset", FIXTURES, "FxaResource"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("FxaResource");
    }

    @Test
    void aRuleClassThatBuildsAProblemIsCaughtUnlessNamed() {
        EvaluationResult r = on(ArchitectureRules.rulesBuildNoProblems("asset"));
        assertThat(r.getFailureReport().getDetails()).anyMatch(d -> d.contains("FxbPlanRules") && d.contains("FxProblem"))
                .noneMatch(d -> d.contains("FxbRules.") || d.contains("FxbRules>"));
        assertThat(on(ArchitectureRules.rulesBuildNoProblems("asset", "FxbPlanRules")).hasViolation()).isFalse();
        ArchitectureRules.exceptionsStillNeeded("rulesBuildNoProblems", ArchitectureRules.rulesBuildNoProblems("asset"), FIXTURES, "FxbPlanRules");
        assertThatThrownBy(() -> ArchitectureRules.exceptionsStillNeeded("rulesBuildNoProblems", ArchitectureRules.rulesBuildNoProblems("asset"),
                FIXTURES, "FxbRules")).isInstanceOf(AssertionError.class).hasMessageContaining("FxbRules");
    }

    @Test
    void aResourceCallingAnotherFeaturesServiceIsCaughtUnlessNamed() {
        EvaluationResult r = on(ArchitectureRules.resourcesCallOnlyTheirFeaturesServices("asset"));
        assertThat(r.getFailureReport().getDetails()).anyMatch(d -> d.contains("FxbResource.show") && d.contains("FxaService"))
                .noneMatch(d -> d.contains("FxaOwnResource"));
        assertThat(on(ArchitectureRules.resourcesCallOnlyTheirFeaturesServices("asset", "FxbResource")).hasViolation()).isFalse();
        assertThatThrownBy(() -> ArchitectureRules.exceptionsStillNeeded("resourcesCallOnlyTheirFeaturesServices",
                ArchitectureRules.resourcesCallOnlyTheirFeaturesServices("asset"), FIXTURES, "FxaOwnResource"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("FxaOwnResource");
    }

    @Test
    void onlyKnownServicesAreNamed() {
        assertThatThrownBy(() -> ArchitectureRules.service("assets")).isInstanceOf(IllegalArgumentException.class);
    }
}
