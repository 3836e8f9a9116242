package cn.gov.xinxiang.agri.funding;

import cn.gov.xinxiang.agri.testing.ArchitectureRules;
import cn.gov.xinxiang.agri.testing.ServiceArchitectureTest;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;

/** The shared architecture rules (platform-testing's ServiceArchitectureTest) on this service's main classes. */
@AnalyzeClasses(packages = ArchitectureRules.SUITE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ServiceArchitectureTest {

    /** Resources that still load or write themselves (issue 16: every command through its service). */
    private static final String[] PERSISTENCE_IN_RESOURCES = {};

    /** Rule classes that still build problems themselves (issue 16: their services map violations; emptied as they move). */
    private static final String[] PROBLEMS_IN_RULES = {};

    /** Resources that still call another feature's service (issue 16: a resource calls only its feature's service). */
    private static final String[] OTHER_FEATURES_SERVICES_IN_RESOURCES = {};

    /**
     * Services and resources that still refuse a command by building a problem themselves instead of through a
     * decider's violations (issue 16: emptied as each refusal moves into its *Rules class). PolicyService's refusals are
     * PolicyRules' now; what keeps it here is its keyed 412 for an If-Match on a year not set up yet (a precondition, not a
     * decision: a Violation has no 412, ETags has no keyed "nothing to match", the free-text preconditionFailed is banned).
     */
    private static final String[] REFUSING_SERVICES = {"PolicyService"};

    ArchitectureTest() {
        super(service("funding").refusingServices(REFUSING_SERVICES).persistenceInResources(PERSISTENCE_IN_RESOURCES)
                .problemsInRules(PROBLEMS_IN_RULES)
                .otherFeaturesServicesInResources(OTHER_FEATURES_SERVICES_IN_RESOURCES)
                .knots());
    }
}
