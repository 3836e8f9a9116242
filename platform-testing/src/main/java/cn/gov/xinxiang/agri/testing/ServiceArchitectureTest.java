package cn.gov.xinxiang.agri.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;

import java.util.Objects;

/**
 * Every rule of {@link ArchitectureRules} on one service, so that a service's {@code ArchitectureTest} names only
 * the service, the exceptions it still has and its knots:
 * <pre>{@code
 * @AnalyzeClasses(packages = ArchitectureRules.SUITE, importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest extends ServiceArchitectureTest {
 *     private static final String[] REFUSING_CLASSES = {"BatchService"};
 *
 *     ArchitectureTest() {
 *         super(service("asset").refusingClasses(REFUSING_CLASSES).knots("batch,register"));
 *     }
 * }
 * }</pre>
 * Each list of exceptions is checked both ways: the rule holds for every other class, and each listed class still
 * breaks it (a class that got the shape must leave the list, so the rule guards it from then on).
 */
public abstract class ServiceArchitectureTest {

    /** What one service's test checks: its name, its named exceptions per rule and its knots of features. */
    public static final class Shape {
        final String name;
        String[] persistenceInResources = {};
        String[] problemsInRules = {};
        String[] otherFeaturesServicesInResources = {};
        String[] refusingClasses = {};
        String[] knots = {};
        boolean noRuleClassesYet;

        private Shape(String name) {
            ArchitectureRules.service(name);
            this.name = name;
        }

        /** Resources that still load or write themselves ({@link ArchitectureRules#resourcesTouchNoPersistence}). */
        public Shape persistenceInResources(String... resources) {
            persistenceInResources = resources.clone();
            return this;
        }

        /** Rule classes that still build or throw problems ({@link ArchitectureRules#rulesBuildNoProblems}). */
        public Shape problemsInRules(String... rules) {
            problemsInRules = rules.clone();
            return this;
        }

        /** Resources that still call another feature's service ({@link ArchitectureRules#resourcesCallOnlyTheirFeaturesServices}). */
        public Shape otherFeaturesServicesInResources(String... resources) {
            otherFeaturesServicesInResources = resources.clone();
            return this;
        }

        /** Classes (not deciders) that still refuse by themselves ({@link ArchitectureRules#refusalsComeFromDeciders}). */
        public Shape refusingClasses(String... classes) {
            refusingClasses = classes.clone();
            return this;
        }

        /** Features already tied in a cycle, each knot comma-separated ({@link ArchitectureRules#featuresAreFreeOfCycles}). */
        public Shape knots(String... knots) {
            this.knots = knots.clone();
            return this;
        }

        /**
         * The service has no {@code *Rules} class yet, so the rules about them have nothing to check (ArchUnit fails a
         * rule that matches nothing). Checked too: the first rule class makes the test fail until this is removed.
         */
        public Shape noRuleClassesYet() {
            noRuleClassesYet = true;
            return this;
        }
    }

    /** Starts the shape of the service {@code name} ({@code project}, {@code asset}, {@code funding}, {@code evaluation}). */
    protected static Shape service(String name) {
        return new Shape(name);
    }

    private final Shape shape;

    protected ServiceArchitectureTest(Shape shape) {
        this.shape = Objects.requireNonNull(shape);
    }

    @ArchTest
    public void platformKnowsNoService(JavaClasses classes) {
        ArchitectureRules.platformKnowsNoService().check(classes);
    }

    @ArchTest
    public void contractsStandAlone(JavaClasses classes) {
        ArchitectureRules.contractsStandAlone().check(classes);
    }

    @ArchTest
    public void servicesStayApart(JavaClasses classes) {
        ArchitectureRules.servicesStayApart(shape.name).check(classes);
    }

    @ArchTest
    public void nothingDependsOnResources(JavaClasses classes) {
        ArchitectureRules.nothingDependsOnResources(shape.name).check(classes);
    }

    @ArchTest
    public void resourcesTouchNoPersistence(JavaClasses classes) {
        ArchitectureRules.resourcesTouchNoPersistence(shape.name, shape.persistenceInResources).check(classes);
        ArchitectureRules.exceptionsStillNeeded("resourcesTouchNoPersistence", ArchitectureRules.resourcesTouchNoPersistence(shape.name),
                classes, shape.persistenceInResources);
    }

    @ArchTest
    public void resourcesCallOnlyTheirFeaturesServices(JavaClasses classes) {
        ArchitectureRules.resourcesCallOnlyTheirFeaturesServices(shape.name, shape.otherFeaturesServicesInResources).check(classes);
        ArchitectureRules.exceptionsStillNeeded("resourcesCallOnlyTheirFeaturesServices",
                ArchitectureRules.resourcesCallOnlyTheirFeaturesServices(shape.name), classes, shape.otherFeaturesServicesInResources);
    }

    @ArchTest
    public void refusalsComeFromDeciders(JavaClasses classes) {
        ArchitectureRules.refusalsComeFromDeciders(shape.name, shape.refusingClasses).check(classes);
        ArchitectureRules.exceptionsStillNeeded("refusalsComeFromDeciders", ArchitectureRules.refusalsComeFromDeciders(shape.name),
                classes, shape.refusingClasses);
    }

    @ArchTest
    public void rulesArePlainCode(JavaClasses classes) {
        if (noRuleClasses(classes)) {
            return;
        }
        ArchitectureRules.rulesArePlainCode(shape.name).check(classes);
    }

    @ArchTest
    public void rulesBuildNoProblems(JavaClasses classes) {
        if (noRuleClasses(classes)) {
            return;
        }
        ArchitectureRules.rulesBuildNoProblems(shape.name, shape.problemsInRules).check(classes);
        ArchitectureRules.exceptionsStillNeeded("rulesBuildNoProblems", ArchitectureRules.rulesBuildNoProblems(shape.name), classes,
                shape.problemsInRules);
    }

    @ArchTest
    public void featuresAreFreeOfCycles(JavaClasses classes) {
        ArchitectureRules.featuresAreFreeOfCycles(shape.name, shape.knots).check(classes);
    }

    /** True when the shape says there are no rule classes yet, after checking that there are none. */
    private boolean noRuleClasses(JavaClasses classes) {
        if (!shape.noRuleClassesYet) {
            return false;
        }
        String pkg = ArchitectureRules.SUITE + "." + shape.name + ".";
        var found = classes.stream().filter(c -> c.getPackageName().startsWith(pkg) && ArchitectureRules.topLevel(c).getSimpleName().endsWith("Rules"))
                .map(c -> ArchitectureRules.topLevel(c).getSimpleName()).distinct().sorted().toList();
        if (!found.isEmpty()) {
            throw new AssertionError(shape.name + " has rule classes now " + found + ": remove noRuleClassesYet() so the rules check them");
        }
        return true;
    }
}
