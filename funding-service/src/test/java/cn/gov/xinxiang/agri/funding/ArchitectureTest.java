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

    /** Classes that still refuse by building a problem themselves instead of through a decider's violations: none. */
    private static final String[] REFUSING_CLASSES = {};

    ArchitectureTest() {
        super(service("funding").refusingClasses(REFUSING_CLASSES).persistenceInResources(PERSISTENCE_IN_RESOURCES)
                .problemsInRules(PROBLEMS_IN_RULES)
                .otherFeaturesServicesInResources(OTHER_FEATURES_SERVICES_IN_RESOURCES)
                .knots());
    }
}
