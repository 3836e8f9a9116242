package cn.gov.xinxiang.agri.funding;

import cn.gov.xinxiang.agri.testing.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared architecture rules (platform-testing's ArchitectureRules) on this service's main classes. */
@AnalyzeClasses(packages = ArchitectureRules.SUITE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Resources that still load or write themselves (issue 16: every command through its service). */
    private static final String[] PERSISTENCE_IN_RESOURCES = {};

    @ArchTest
    static final ArchRule platformKnowsNoService = ArchitectureRules.platformKnowsNoService();

    @ArchTest
    static final ArchRule contractsStandAlone = ArchitectureRules.contractsStandAlone();

    @ArchTest
    static final ArchRule servicesStayApart = ArchitectureRules.servicesStayApart("funding");

    @ArchTest
    static final ArchRule nothingDependsOnResources = ArchitectureRules.nothingDependsOnResources("funding");

    @ArchTest
    static final ArchRule resourcesTouchNoPersistence = ArchitectureRules.resourcesTouchNoPersistence("funding", PERSISTENCE_IN_RESOURCES);

    @ArchTest
    static void thoseExceptionsStillHoldPersistence(JavaClasses classes) {
        ArchitectureRules.exceptionsStillNeeded("funding", classes, PERSISTENCE_IN_RESOURCES);
    }

    @ArchTest
    static final ArchRule rulesArePlainCode = ArchitectureRules.rulesArePlainCode("funding");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ArchitectureRules.featuresAreFreeOfCycles("funding");
}
