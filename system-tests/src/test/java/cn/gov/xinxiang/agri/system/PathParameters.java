package cn.gov.xinxiang.agri.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Which fixture record fills each path parameter of a served operation, keyed by the path template up to and
 * including the parameter ({@code /api/v1/projects/{id}/objections/{objectionId}} fills {@code objectionId};
 * {@code /api/v1/projects/{id}} fills {@code id} of every operation below it). A new resource kind is one line here
 * (and its record in {@link SecurityFixture}); an operation with a parameter no line fills fails the matrix by name.
 *
 * <p>{@link Scope#OWNED}: the record belongs to the fixture's village or county (or, for operator records such as dead
 * letters and region uploads, to the city): a sibling village or county must get 403 or 404. {@link Scope#SHARED}: a
 * value that is nobody's record (a year, a tier, a policy key, a directory code, a city-wide round): the operation is
 * judged by what it returns (none of the owner's records) and, if it writes, must refuse the siblings.
 */
final class PathParameters {

    enum Scope { OWNED, SHARED }

    record Value(Scope scope, String value) {
    }

    private record Rule(Scope scope, BiFunction<SecurityFixture, String, String> value) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    private static void owned(String key, BiFunction<SecurityFixture, String, String> value) {
        RULES.put(key, new Rule(Scope.OWNED, value));
    }

    private static void shared(String key, BiFunction<SecurityFixture, String, String> value) {
        RULES.put(key, new Rule(Scope.SHARED, value));
    }

    static {
        String year = String.valueOf(SecurityFixture.YEAR);
        // project-service
        owned("/api/v1/projects/{id}", (f, s) -> f.project);
        owned("/api/v1/projects/{id}/objections/{objectionId}", (f, s) -> f.objection);
        shared("/api/v1/projects/{id}/results/{year}", (f, s) -> year);
        owned("/api/v1/households/{id}", (f, s) -> f.projectHousehold);
        // a county's leading industries are a public designation every user reads (project-service README)
        shared("/api/v1/leading-industries/{countyCode}", (f, s) -> SecurityFixture.COUNTY);
        shared("/api/v1/leading-industries/{countyCode}/{year}", (f, s) -> year);
        shared("/api/v1/regions/{code}", (f, s) -> SecurityFixture.VILLAGE);
        owned("/api/v1/regions/uploads/{id}", (f, s) -> f.upload);
        owned("/api/v1/entities/{creditCode}", (f, s) -> f.entity);
        owned("/api/v1/consortia/{id}", (f, s) -> f.consortium);
        shared("/api/v1/skills/trainings/{id}", (f, s) -> f.training);
        owned("/api/v1/skills/certificates/{id}", (f, s) -> f.certificate);
        owned("/api/v1/craftsmen/{id}", (f, s) -> f.craftsman);
        // an envoy is its county's, shown to the county's villages; what is a village's (projects, villages, services) is filtered
        shared("/api/v1/envoys/{id}", (f, s) -> f.envoy);
        owned("/api/v1/demonstration-villages/{id}", (f, s) -> f.designation);
        // every service
        owned("/api/v1/operations/dead-letters/{id}", (f, s) -> f.deadLetter.get(s));
        shared("/api/v1/policy-parameters/{key}", (f, s) -> f.policyKey.get(s));
        shared("/api/v1/policy-parameters/{key}/{fromYear}", (f, s) -> f.policyFromYear.get(s));
        shared("/api/v1/code-lists/{name}", (f, s) -> f.codeList.get(s));
        // an import kind is the service's (its template is public to its users); a job is its creator's region's
        shared("/api/v1/imports/{kind}", (f, s) -> f.importKind.get(s));
        owned("/api/v1/imports/{jobId}", (f, s) -> f.importJob.get(s));
        owned("/api/v1/imports/{kind}/jobs/{jobId}", (f, s) -> f.importJob.get(s));
        // asset-service
        owned("/api/v1/assets/{id}", (f, s) -> f.asset);
        shared("/api/v1/assets/{id}/custody/{tier}", (f, s) -> "VILLAGE");
        shared("/api/v1/assets/{id}/income/{period}", (f, s) -> f.period);
        owned("/api/v1/distributions/{id}", (f, s) -> f.distribution);
        owned("/api/v1/handovers/{handoverId}", (f, s) -> f.handover);
        // funding-service
        owned("/api/v1/allocations/{id}", (f, s) -> f.allocation);
        // the year's plan is the city's, every county reads it and allocates from its share
        shared("/api/v1/plans/{id}", (f, s) -> f.plan);
        shared("/api/v1/plans/{planId}", (f, s) -> f.plan);
        shared("/api/v1/plans/{id}/versions/{n}", (f, s) -> "1");
        owned("/api/v1/library-projects/{id}", (f, s) -> f.project);
        shared("/api/v1/compliance/{fiscalYear}", (f, s) -> year);
        shared("/api/v1/policy-parameters/{year}", (f, s) -> year);
        // evaluation-service
        owned("/api/v1/evaluations/{id}", (f, s) -> f.evaluation);
        shared("/api/v1/appraisals/{id}", (f, s) -> f.appraisal);
        owned("/api/v1/appraisals/{id}/scores/{sheetId}", (f, s) -> f.sheet);
        shared("/api/v1/indicator-frameworks/{year}", (f, s) -> year);
        shared("/api/v1/indicator-frameworks/{year}/indicators/{code}", (f, s) -> f.indicatorCode);
        owned("/api/v1/observed-projects/{id}", (f, s) -> f.project);
    }

    /** Query parameters that name a region, filled with the owner's region (the sibling asks for the owner's rows). */
    static final Pattern REGION_QUERY = Pattern.compile("(?i)(.*(region|county|village|township).*|within|subjectId)");
    private static final Map<String, String> REGION_VALUES = Map.of(
            "regionCode", SecurityFixture.VILLAGE,
            "villageCode", SecurityFixture.VILLAGE,
            "village", SecurityFixture.VILLAGE,
            "countyCode", SecurityFixture.COUNTY,
            "region", SecurityFixture.COUNTY,
            "subjectId", SecurityFixture.COUNTY,
            "within", SecurityFixture.TOWNSHIP);

    /** Other query parameters, sent whenever an operation has them (some are required only in code). */
    private static final Map<String, BiFunction<SecurityFixture, String, String>> REQUIRED_QUERY = Map.of(
            "fiscalYear", (f, s) -> String.valueOf(SecurityFixture.YEAR),
            "year", (f, s) -> String.valueOf(SecurityFixture.YEAR),
            "subjectType", (f, s) -> "COUNTY",
            "period", (f, s) -> f.period,
            "fileName", (f, s) -> "security.csv",
            "q", (f, s) -> "城关",
            // an evaluation's counted records are read per indicator
            "indicator", (f, s) -> f.indicatorCode);

    private PathParameters() {
    }

    /** The value of a path parameter, or null when no rule fills it. */
    static Value path(SecurityFixture f, String service, String template, String param) {
        String token = "{" + param + "}";
        int at = template.indexOf(token);
        Rule rule = at < 0 ? null : RULES.get(template.substring(0, at + token.length()));
        if (rule == null) {
            return null;
        }
        String value = rule.value().apply(f, service);
        return value == null ? null : new Value(rule.scope(), value);
    }

    static boolean namesRegion(String queryParam) {
        return REGION_QUERY.matcher(queryParam).matches();
    }

    /** The owner's region for a region query parameter, or null when none is known. */
    static String region(String queryParam) {
        return REGION_VALUES.get(queryParam);
    }

    /** A value for another query parameter, or null when none is known. */
    static String required(SecurityFixture f, String service, String queryParam) {
        var v = REQUIRED_QUERY.get(queryParam);
        return v == null ? null : v.apply(f, service);
    }
}
