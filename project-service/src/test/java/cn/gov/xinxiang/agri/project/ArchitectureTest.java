package cn.gov.xinxiang.agri.project;

import cn.gov.xinxiang.agri.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared architecture rules (platform-testing's ArchitectureRules) on this service's main classes. */
@AnalyzeClasses(packages = ArchitectureRules.SUITE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule platformKnowsNoService = ArchitectureRules.platformKnowsNoService();

    @ArchTest
    static final ArchRule contractsStandAlone = ArchitectureRules.contractsStandAlone();

    @ArchTest
    static final ArchRule servicesStayApart = ArchitectureRules.servicesStayApart("project");

    @ArchTest
    static final ArchRule nothingDependsOnResources = ArchitectureRules.nothingDependsOnResources("project");

    @ArchTest
    static final ArchRule resourcesTouchNoPersistence = ArchitectureRules.resourcesTouchNoPersistence("project");

    @ArchTest
    static final ArchRule rulesArePlainCode = ArchitectureRules.rulesArePlainCode("project");

    /** The features already tied in a cycle (docs/architecture.md); no new cycle may form. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ArchitectureRules.featuresAreFreeOfCycles("project", "intake,library");
}
