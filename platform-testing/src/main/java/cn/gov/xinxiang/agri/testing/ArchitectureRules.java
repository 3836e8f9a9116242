package cn.gov.xinxiang.agri.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service checks in its {@code ArchitectureTest} (ArchUnit, on the main classes of
 * the service and of the platform and contracts it is built with). They pin the shape the code has today, so a
 * change that breaks it fails the build; where a service does not have that shape yet, its test names the
 * exceptions (and a rule that would only match exceptions is not applied there). ArchUnit fails a rule that
 * matches no class at all ({@code archRule.failOnEmptyShould}), so a rule cannot pass by pointing at nothing; only where
 * a service's named exceptions are every class a rule would check may it match none (the exceptions are then checked
 * to still break it, {@link #exceptionsStillNeeded}).
 */
public final class ArchitectureRules {

    public static final String SUITE = "cn.gov.xinxiang.agri";
    public static final String CONTRACTS = SUITE + ".contracts..";
    public static final String PLATFORM = SUITE + ".platform..";
    /** The HTTP problem types: a service maps a decider's violations onto them ({@code Refusals}), a decider never names them. */
    public static final String PROBLEMS = SUITE + ".platform.problem..";

    /** The deployable units: each is its own module and may depend on contracts and platform only. */
    static final Set<String> SERVICES = Set.of("project", "asset", "funding", "evaluation", "console");

    /** What a rule (decider) class may not know: the container, the HTTP layer, persistence, messaging. */
    private static final String[] FRAMEWORKS = {"jakarta..", "javax..", "io.quarkus..", "org.hibernate..", "io.smallrye..",
            "org.eclipse.microprofile..", "org.apache.kafka.."};

    /**
     * Panache's own methods (find, list, count, persist, delete, …), called statically on an entity or on one. Not
     * {@code flush}: resources flush before answering so that the ETag holds the new row version (the flush-then-ETag
     * tail that issue 16 folds into one platform helper).
     */
    private static final Set<String> PANACHE_METHODS = Set.of("find", "findAll", "findById", "findByIdOptional", "list", "listAll",
            "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "update", "persist", "persistAndFlush",
            "getEntityManager", "getSession", "isPersistent");

    private ArchitectureRules() {
    }

    /** The package of a service's classes, e.g. {@code cn.gov.xinxiang.agri.asset..}. */
    public static String service(String name) {
        if (!SERVICES.contains(name)) {
            throw new IllegalArgumentException("no service " + name + "; one of " + SERVICES);
        }
        return SUITE + "." + name + "..";
    }

    /** The packages of every service but {@code name} (of every service, for a name that is none). */
    private static String[] servicesBut(String name) {
        return SERVICES.stream().filter(s -> !s.equals(name)).sorted().map(ArchitectureRules::service).toArray(String[]::new);
    }

    private static String[] allServices() {
        return servicesBut("-");
    }

    /** platform holds the technical pieces every service needs: it knows no service. */
    public static ArchRule platformKnowsNoService() {
        return noClasses().that().resideInAPackage(PLATFORM)
                .should().dependOnClassesThat().resideInAnyPackage(allServices())
                .because("platform is shared by every service and holds no domain code");
    }

    /** contracts (event records, schemas, shared digit rules) depend on nothing else of the suite. */
    public static ArchRule contractsStandAlone() {
        String[] others = Arrays.copyOf(allServices(), SERVICES.size() + 2);
        others[SERVICES.size()] = PLATFORM;
        others[SERVICES.size() + 1] = SUITE + ".testing..";
        return noClasses().that().resideInAPackage(CONTRACTS)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("contracts are what services agree on, readable without any of them");
    }

    /** A service reaches another only through events and HTTP, never through its classes. */
    public static ArchRule servicesStayApart(String name) {
        return noClasses().that().resideInAPackage(service(name))
                .should().dependOnClassesThat().resideInAnyPackage(servicesBut(name))
                .because("services share contracts and platform, not code");
    }

    /** Rule classes ({@code *Rules}) are plain code: unit-testable without the container, the database or HTTP. */
    public static ArchRule rulesArePlainCode(String name) {
        return noClasses().that().resideInAPackage(service(name)).and(belongToClassNamed("Rules"))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the rules are decided in plain code and proved by unit tests");
    }

    /**
     * Rule classes ({@code *Rules}) decide and return violations ({@code platform.decision}); they build no HTTP
     * problem: the service turns violations into problems ({@code Refusals.orThrow}).
     *
     * @param exceptions simple names of rule classes that still throw or build problems
     */
    public static ArchRule rulesBuildNoProblems(String name, String... exceptions) {
        return noClasses().that().resideInAPackage(service(name)).and(belongToClassNamed("Rules")).and(notOneOf(exceptions))
                .should().dependOnClassesThat().resideInAPackage(PROBLEMS)
                .because("a decider returns violations; its service maps them to problems").allowEmptyShould(exceptions.length > 0);
    }

    /**
     * ProblemException's factories that refuse a command (400, 403, 409, 422 …). A service or resource may still say
     * that what it loads is not there ({@code notFound}) or that the client's copy is stale ({@code precondition*}):
     * that is loading and locking, not deciding.
     */
    private static final Set<String> REFUSING_FACTORIES = Set.of("keyed", "invalidField", "fieldError", "invalid", "badRequest",
            "conflict", "unprocessable", "forbidden");

    /**
     * A command is refused only through a decider's violations: no class of the service but its deciders ({@code *Rules},
     * which build no problem at all) calls a refusing ProblemException factory: services, resources and import handlers
     * map violations ({@code Refusals.orThrow}, an import's {@code refusal}), readers of files and parameters return them.
     * So every refusal has a rule class that names it and a unit test that proves it.
     *
     * @param exceptions simple names of classes that still refuse by themselves
     */
    public static ArchRule refusalsComeFromDeciders(String name, String... exceptions) {
        return noClasses().that().resideInAPackage(service(name)).and(DescribedPredicate.not(belongToClassNamed("Rules")))
                .and(notOneOf(exceptions))
                .should().callMethodWhere(refusingFactory())
                .orShould().callConstructorWhere(DescribedPredicate.describe("a new ProblemException",
                        call -> call.getTargetOwner().isAssignableTo(PROBLEM_EXCEPTION)))
                .because("a command's refusals are a decider's violations, which its service maps through Refusals")
                .allowEmptyShould(exceptions.length > 0);
    }

    /**
     * A resource calls only its own feature's service: a resource of feature {@code x} ({@code <service>.x..}) depends on
     * no {@code *Service} class of another feature of the service (platform's services are fine).
     *
     * @param exceptions simple names of resources that still call another feature's service
     */
    public static ArchRule resourcesCallOnlyTheirFeaturesServices(String name, String... exceptions) {
        String base = SUITE + "." + name + ".";
        service(name);
        ArchCondition<JavaClass> onlyOwnServices = new ArchCondition<>("depend on no *Service of another feature") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                String own = feature(base, resource);
                for (Dependency d : resource.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String other = feature(base, target);
                    if (other != null && !other.equals(own) && topLevel(target).getSimpleName().endsWith("Service")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
        return classes().that().resideInAPackage(service(name)).and(belongToClassNamed("Resource")).and(notOneOf(exceptions))
                .should(onlyOwnServices)
                .because("a command goes through its feature's service, which asks the other features it needs")
                .allowEmptyShould(exceptions.length > 0);
    }

    /** Resources are the entry points: nothing else depends on a resource (or on a record declared in one). */
    public static ArchRule nothingDependsOnResources(String name) {
        return noClasses().that().resideInAPackage(service(name)).and(DescribedPredicate.not(belongToClassNamed("Resource")))
                .should().dependOnClassesThat(belongToClassNamed("Resource"))
                .because("a resource maps HTTP onto a service; services, rules and consumers must not need it");
    }

    /**
     * Resources stay thin: they touch no EntityManager, no outbox and no Panache entity methods (find, list,
     * persist, …) but leave loading and writing to their feature's service.
     *
     * @param exceptions simple names of resources that do not have that shape yet
     */
    public static ArchRule resourcesTouchNoPersistence(String name, String... exceptions) {
        return noClasses().that().resideInAPackage(service(name)).and(belongToClassNamed("Resource")).and(notOneOf(exceptions))
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("cn.gov.xinxiang.agri.platform.outbox.Outbox")
                .orShould().callMethodWhere(panacheCall())
                .because("a resource calls its feature's service, which loads, locks, persists and publishes")
                .allowEmptyShould(exceptions.length > 0);
    }

    /**
     * The feature packages of a service ({@code <service>.<feature>..}) depend on each other without cycles. A service
     * whose features already form a cycle names each such knot ({@code "batch,income,register"}): its features count
     * as one, so no new cycle can form through them or elsewhere while the knot waits to be untied.
     */
    public static ArchRule featuresAreFreeOfCycles(String name, String... knots) {
        String base = SUITE + "." + name + ".";
        service(name);
        Map<String, String> knotOf = new HashMap<>();
        for (String knot : knots) {
            for (String feature : knot.split(",")) {
                knotOf.put(feature.strip(), knot.replace(",", "+").replace(" ", ""));
            }
        }
        SliceAssignment features = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String feature = feature(base, c);
                return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(knotOf.getOrDefault(feature, feature));
            }

            @Override
            public String getDescription() {
                return "the feature packages of " + name + (knots.length == 0 ? "" : " (knots counted as one: " + String.join("; ", knots) + ")");
            }
        };
        return slices().assignedFrom(features).namingSlices("feature $1").should().beFreeOfCycles();
    }

    /**
     * Fails when one of the exceptions a service names for {@link #resourcesTouchNoPersistence} no longer breaks the rule,
     * so that a resource that got its service leaves the list (and the rule then guards it too).
     */
    public static void exceptionsStillNeeded(String name, JavaClasses classes, String... exceptions) {
        exceptionsStillNeeded("resourcesTouchNoPersistence", resourcesTouchNoPersistence(name), classes, exceptions);
    }

    /**
     * Fails when one of the named exceptions to a rule no longer breaks it: {@code unexempted} is the rule without
     * exceptions, and each exception must still appear among its violations, so a class that got the shape leaves
     * the list (and the rule then guards it too).
     */
    public static void exceptionsStillNeeded(String rule, ArchRule unexempted, JavaClasses classes, String... exceptions) {
        if (exceptions.length == 0) {
            return;
        }
        List<String> details = unexempted.allowEmptyShould(true).evaluate(classes).getFailureReport().getDetails();
        List<String> stale = Arrays.stream(exceptions)
                .filter(e -> details.stream().noneMatch(d -> Pattern.compile("\\." + Pattern.quote(e) + "[.$> ]").matcher(d).find()))
                .toList();
        if (!stale.isEmpty()) {
            throw new AssertionError("listed as exceptions to " + rule + " but no longer breaking it: " + stale
                    + "; remove them from the list");
        }
    }

    // ---- predicates --------------------------------------------------------------------------

    /** The class, or the class it is nested in (records declared in a resource), has a simple name ending so. */
    static DescribedPredicate<JavaClass> belongToClassNamed(String suffix) {
        return DescribedPredicate.describe("belong to a *" + suffix + " class", c -> topLevel(c).getSimpleName().endsWith(suffix));
    }

    /** The class (or the class it is nested in) is none of the named exceptions. */
    static DescribedPredicate<JavaClass> notOneOf(String... exceptions) {
        Set<String> exempt = Set.of(exceptions);
        return DescribedPredicate.describe("not one of " + exempt, c -> !exempt.contains(topLevel(c).getSimpleName()));
    }

    /** The feature of a class of the service whose package starts with {@code base}, or null for a class outside it. */
    static String feature(String base, JavaClass c) {
        String pkg = c.getPackageName();
        return pkg.startsWith(base) ? pkg.substring(base.length()).split("\\.")[0] : null;
    }

    static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    private static final String PROBLEM_EXCEPTION = "cn.gov.xinxiang.agri.platform.problem.ProblemException";

    static DescribedPredicate<JavaCall<?>> refusingFactory() {
        return DescribedPredicate.describe("a refusing ProblemException factory", call -> REFUSING_FACTORIES.contains(call.getName())
                && call.getTargetOwner().getFullName().equals(PROBLEM_EXCEPTION));
    }

    static DescribedPredicate<JavaCall<?>> panacheCall() {
        return DescribedPredicate.describe("a Panache entity method", call -> PANACHE_METHODS.contains(call.getName())
                && call.getTargetOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase"));
    }
}
