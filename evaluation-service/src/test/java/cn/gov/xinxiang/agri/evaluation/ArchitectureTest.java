package cn.gov.xinxiang.agri.evaluation;

import cn.gov.xinxiang.agri.testing.ArchitectureRules;
import cn.gov.xinxiang.agri.testing.ServiceArchitectureTest;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;

/** The shared architecture rules (platform-testing's ServiceArchitectureTest) on this service's main classes. */
@AnalyzeClasses(packages = ArchitectureRules.SUITE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ServiceArchitectureTest {

    /** Resources that still load or write themselves (issue 16: every command through its service). */
    private static final String[] PERSISTENCE_IN_RESOURCES = {};

    /** Resources that still call another feature's service (issue 16: a resource calls only its feature's service). */
    private static final String[] OTHER_FEATURES_SERVICES_IN_RESOURCES = {};

    /**
     * Classes that still refuse by building a problem themselves instead of through a decider's violations. PolicyCopy:
     * the 422 {@code policy-unknown} when an indicator needs a policy value this service has not yet learned from its
     * owner's events, raised while an evaluation is computed (a missing fact, as a 404 is, not a decision of a command).
     */
    private static final String[] REFUSING_CLASSES = {"PolicyCopy"};

    ArchitectureTest() {
        super(service("evaluation").refusingClasses(REFUSING_CLASSES).persistenceInResources(PERSISTENCE_IN_RESOURCES)
                .otherFeaturesServicesInResources(OTHER_FEATURES_SERVICES_IN_RESOURCES));
    }
}
