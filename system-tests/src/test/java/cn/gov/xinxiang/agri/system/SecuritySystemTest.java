package cn.gov.xinxiang.agri.system;

import cn.gov.xinxiang.agri.system.ServedApi.Operation;
import cn.gov.xinxiang.agri.system.ServedApi.Param;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, security: every operation each service serves (read from its own {@code /q/openapi}, so a new
 * operation is covered without editing this test) is called against records of one village and county.
 *
 * <ol>
 *   <li>Matrix: each operation with a path parameter or a region query parameter, called with the token of a
 *   sibling village (same township) and of a sibling county, must answer 403 or 404 for the owner's records, show
 *   none of them, and, if it writes, change nothing (the service's row counts and the owner's re-read are equal
 *   before and after). Each path parameter is filled from {@link SecurityFixture} by {@link PathParameters}; one no
 *   rule fills fails the test by name. Positive control: the same GET as the owner (village, township, county or
 *   city, the first that may) answers 2xx, so the id is real and the sibling's 404 means something. Lists without
 *   parameters are also read as the siblings: none of the owner's records.</li>
 *   <li>Fuzz: every POST/PUT/PATCH with a body gets malformed and boundary bodies built from its request schema
 *   ({@link SchemaBodies}) with a token allowed to call it: no response is 5xx, and the service's tables hold
 *   exactly as many rows after the bodies that break the schema as before.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuritySystemTest {

    static final List<String> SERVICES = List.of("project-service", "asset-service", "funding-service", "evaluation-service");
    /** Who tries to read and write the owner's records. */
    static final List<String[]> SIBLINGS = List.of(new String[]{"village", SecurityFixture.SIBLING_VILLAGE},
            new String[]{"county", SecurityFixture.SIBLING_COUNTY});
    /** The owner's side, from the narrowest: the positive control uses the first that gets a 2xx. */
    static final List<String[]> OWNERS = List.of(new String[]{"village", SecurityFixture.VILLAGE},
            new String[]{"township", SecurityFixture.TOWNSHIP}, new String[]{"county", SecurityFixture.COUNTY},
            new String[]{"city", SecurityFixture.CITY});
    /**
     * Public by design (README of the service): what they return is the same for every user, so it is not checked for
     * the owner's records. Appraisal rounds and their rankings are published to everyone (evaluation-service README).
     */
    static final Set<String> PUBLIC = Set.of("GET /api/v1/appraisals", "GET /api/v1/appraisals/{id}", "GET /api/v1/appraisals/{id}/ranking");
    /** Never called: moving a clock or rebuilding read models changes no one's records but would disturb the fixture. */
    static final Set<String> NOT_FUZZED = Set.of("POST /api/v1/test-clock/advance", "POST /api/v1/operations/rebuild");

    static RunningSuite suite;
    static SecurityFixture fixture;
    static final Map<String, List<Operation>> operations = new LinkedHashMap<>();
    static final Map<String, ServedApi> apis = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        io.restassured.RestAssured.config = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset(StandardCharsets.UTF_8).appendDefaultContentCharsetToContentTypeIfUndefined(false));
        suite = RunningSuite.start(Map.of("AGRI_CLOCK_SHIFTABLE", "true"), SERVICES.toArray(String[]::new));
        fixture = new SecurityFixture(suite).build();
        for (String service : SERVICES) {
            String doc = given().baseUri(suite.url(service)).get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            ServedApi api = new ServedApi(service, doc);
            apis.put(service, api);
            operations.put(service, api.operations());
        }
        settle();
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ matrix

    @Test
    @Order(1)
    void siblingsGetNeitherTheOwnersRecordsNorChangeThem() throws Exception {
        long began = System.nanoTime();
        List<String> failures = new ArrayList<>();
        Map<String, String> report = new TreeMap<>();
        int total = 0;
        for (String service : SERVICES) {
            int inScope = 0;
            int covered = 0;
            int lists = 0;
            for (Operation op : operations.get(service)) {
                boolean regionQuery = op.queryParams().stream().anyMatch(q -> PathParameters.namesRegion(q.name()));
                if (op.pathParams().isEmpty() && !regionQuery) {
                    if (op.isGet()) {
                        lists++;
                        checkList(op, failures);
                    }
                    continue;
                }
                inScope++;
                if (checkOperation(op, failures)) {
                    covered++;
                }
            }
            total += inScope;
            report.put(service, "%d of %d operations with a path or region parameter covered (%d of %d operations served); %d lists read as the siblings"
                    .formatted(covered, inScope, inScope + lists, operations.get(service).size(), lists));
            if (covered != inScope) {
                failures.add(service + ": only " + covered + " of " + inScope + " operations with a path or region parameter were covered");
            }
        }
        report.forEach((s, line) -> System.out.printf("[security] matrix %s: %s%n", s, line));
        System.out.printf("[security] matrix took %d s%n", Duration.ofNanos(System.nanoTime() - began).toSeconds());
        assertThat(total).as("operations in the matrix").isGreaterThan(50);
        assertThat(failures).as("security matrix: every operation with a path or region parameter, as a sibling village and county").isEmpty();
    }

    /** The URL of an operation with the fixture's values, or null with a failure when a parameter cannot be filled. */
    private static String url(Operation op, List<String> failures, boolean withRegions) {
        String path = op.template();
        for (Param p : op.pathParams()) {
            PathParameters.Value v = PathParameters.path(fixture, op.service(), op.template(), p.name());
            if (v == null) {
                failures.add(op + ": no rule in PathParameters fills {" + p.name() + "} (add the resource kind there and in SecurityFixture)");
                return null;
            }
            path = path.replace("{" + p.name() + "}", v.value());
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Param q : op.queryParams()) {
            if (PathParameters.namesRegion(q.name())) {
                String region = PathParameters.region(q.name());
                if (region == null) {
                    failures.add(op + ": region query parameter '" + q.name() + "' has no owner's value in PathParameters");
                    return null;
                }
                if (withRegions || q.required()) {
                    query.add(q.name() + "=" + region);
                }
            } else {
                String v = PathParameters.required(fixture, op.service(), q.name());
                if (v == null && !q.required()) {
                    continue;
                }
                if (v == null) {
                    failures.add(op + ": required query parameter '" + q.name() + "' has no value in PathParameters");
                    return null;
                }
                query.add(q.name() + "=" + v);
            }
        }
        return path + query;
    }

    private static boolean owned(Operation op) {
        return op.pathParams().stream().map(p -> PathParameters.path(fixture, op.service(), op.template(), p.name()))
                .anyMatch(v -> v != null && v.scope() == PathParameters.Scope.OWNED);
    }

    private static RequestSpecification as(String service, String role, String region) {
        return given().baseUri(suite.url(service)).header("Authorization", suite.bearer(role, region));
    }

    private static Response send(Operation op, String url, String role, String region, String body) {
        RequestSpecification r = as(op.service(), role, region).header("If-Match", "*");
        if (!op.isGet()) {
            r = r.contentType(op.contentType() == null ? "application/json" : op.contentType());
        }
        if (body != null) {
            r = r.body(body.getBytes(StandardCharsets.UTF_8));
        }
        return r.request(op.method(), url);
    }

    /** A marker of the owner's in a response that the request did not itself name (a 404 may echo the id asked for). */
    private static String leaked(String response, String request) {
        return fixture.markers.stream().filter(m -> response.contains(m) && !request.contains(m)).findFirst().orElse(null);
    }

    /** Checks one operation; true when it was called (whatever the verdict). */
    private static boolean checkOperation(Operation op, List<String> failures) throws Exception {
        String url = url(op, failures, true);
        if (url == null) {
            return false;
        }
        boolean owned = owned(op);
        boolean isPublic = PUBLIC.contains(op.method() + " " + op.template());
        if (op.isGet()) {
            // positive control: the record is there for its owner
            Response mine = null;
            for (String[] owner : OWNERS) {
                mine = send(op, url, owner[0], owner[1], null);
                if (mine.statusCode() < 300) {
                    break;
                }
            }
            if (mine.statusCode() >= 300) {
                failures.add(op + " " + url + ": positive control failed, no owner's token gets a 2xx (last " + mine.statusCode() + " "
                        + abbreviate(mine.asString()) + "); make the fixture create the record");
            }
            for (String[] sibling : SIBLINGS) {
                Response r = send(op, url, sibling[0], sibling[1], null);
                judge(op, url, sibling, r, owned, isPublic, failures);
            }
            return true;
        }
        // a write: the siblings must be refused and nothing may change
        String body = op.requestSchema() == null ? null : op.jsonBody()
                ? new SchemaBodies(apis.get(op.service())).sample(op.requestSchema()).toString() : "code,name\n";
        String before = ownersView(op, url);
        Map<String, Long> rows = counts(op.service());
        for (String[] sibling : SIBLINGS) {
            Response r = send(op, url, sibling[0], sibling[1], body);
            int s = r.statusCode();
            if (owned ? s != 403 && s != 404 : s < 400 || s >= 500) {
                failures.add(op + " " + url + " as " + sibling[0] + " " + sibling[1] + ": " + s + " (must be " + (owned ? "403 or 404" : "a 4xx")
                        + ") " + abbreviate(r.asString()));
            }
            String leak = leaked(r.asString(), url + body);
            if (leak != null) {
                failures.add(op + " as " + sibling[0] + ": the response shows the owner's " + leak);
            }
        }
        Map<String, Long> after = counts(op.service());
        if (!after.equals(rows)) {
            failures.add(op + ": the siblings' calls stored rows: " + difference(rows, after));
        }
        String now = ownersView(op, url);
        if (before != null && !before.equals(now)) {
            failures.add(op + ": the siblings' calls changed what the owner reads at the parent resource");
        }
        return true;
    }

    private static void judge(Operation op, String url, String[] sibling, Response r, boolean owned, boolean isPublic, List<String> failures) {
        int s = r.statusCode();
        String who = op + " " + url + " as " + sibling[0] + " " + sibling[1];
        if (s >= 500) {
            failures.add(who + ": " + s + " " + abbreviate(r.asString()));
            return;
        }
        if (owned && s != 403 && s != 404) {
            failures.add(who + ": " + s + " for the owner's record (must be 403 or 404)");
        }
        String leak = isPublic ? null : leaked(r.asString(), url);
        if (leak != null) {
            failures.add(who + ": " + s + " shows the owner's " + leak);
        }
    }

    private static void checkList(Operation op, List<String> failures) {
        String url = url(op, failures, false);
        if (url == null) {
            return;
        }
        boolean isPublic = PUBLIC.contains(op.method() + " " + op.template());
        for (String[] sibling : SIBLINGS) {
            judge(op, url, sibling, send(op, url, sibling[0], sibling[1], null), false, isPublic, failures);
        }
    }

    /** What the owner (its first tier that may read it) sees at the longest GET above a write, or null. */
    private static String ownersView(Operation write, String url) {
        Operation parent = null;
        for (Operation o : operations.get(write.service())) {
            if (o.isGet() && (write.template().startsWith(o.template() + "/") || write.template().equals(o.template()))
                    && (parent == null || o.template().length() > parent.template().length())) {
                parent = o;
            }
        }
        if (parent == null) {
            return null;
        }
        String path = url;
        int q = path.indexOf('?');
        path = q < 0 ? path : path.substring(0, q);
        String parentPath = String.join("/", List.of(path.split("/")).subList(0, parent.template().split("/").length));
        for (String[] owner : OWNERS) {
            Response r = as(write.service(), owner[0], owner[1]).get(parentPath);
            if (r.statusCode() < 300) {
                return r.asString();
            }
        }
        return null;
    }

    // -------------------------------------------------------------------------------------------------- fuzz

    @Test
    @Order(2)
    void malformedBodiesAreRefusedWithoutFailingOrStoring() throws Exception {
        long began = System.nanoTime();
        List<String> failures = new ArrayList<>();
        for (String service : SERVICES) {
            // the events of what was written before (boundary bodies may be stored) are consumed before counting rows
            settle();
            int fuzzed = 0;
            int sent = 0;
            int noBody = 0;
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Operation op : operations.get(service)) {
                if (!op.isWrite() || NOT_FUZZED.contains(op.method() + " " + op.template())) {
                    continue;
                }
                if (op.requestSchema() == null && op.contentType() == null) {
                    noBody++;
                    continue;
                }
                String url = url(op, failures, false);
                if (url == null) {
                    continue;
                }
                fuzzed++;
                List<SchemaBodies.Body> bodies = op.jsonBody() ? new SchemaBodies(apis.get(service)).bodies(op) : List.of(
                        new SchemaBodies.Body("empty", "", true), new SchemaBodies.Body("binary garbage", "\u0000\u0001PK\u0003\u0004垃圾", true),
                        new SchemaBodies.Body("a 1 MB line", SchemaBodies.MEGABYTE, true));
                int token = 0;
                Map<String, Long> before = counts(service);
                for (boolean invalid : new boolean[]{true, false}) {
                    for (SchemaBodies.Body b : bodies) {
                        if (b.invalid() != invalid) {
                            continue;
                        }
                        Response r = send(op, url, OWNERS.get(token)[0], OWNERS.get(token)[1], b.json());
                        // a body that gets past parsing and validation meets the role check: go on with a role that may call it
                        while (isForbidden(r) && token < OWNERS.size() - 1) {
                            token++;
                            r = send(op, url, OWNERS.get(token)[0], OWNERS.get(token)[1], b.json());
                        }
                        sent++;
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() >= 500) {
                            failures.add(op + " with " + b.what() + " as " + OWNERS.get(token)[0] + ": " + r.statusCode() + " " + abbreviate(r.asString()));
                        } else if (invalid && r.statusCode() < 400) {
                            failures.add(op + " accepted " + b.what() + ": " + r.statusCode() + " " + abbreviate(r.asString()));
                        }
                    }
                    if (invalid) {
                        Map<String, Long> after = counts(service);
                        if (!after.equals(before)) {
                            failures.add(op + ": bodies that break its schema stored rows: " + difference(before, after));
                        }
                    }
                }
            }
            System.out.printf("[security] fuzz %s: %d operations with a body fuzzed (%d bodies, statuses %s); %d without a body not fuzzed%n",
                    service, fuzzed, sent, statuses, noBody);
        }
        System.out.printf("[security] fuzz took %d s%n", Duration.ofNanos(System.nanoTime() - began).toSeconds());
        assertThat(failures).as("fuzz: no 5xx, schema-breaking bodies refused and nothing stored").isEmpty();
    }

    private static boolean isForbidden(Response r) {
        return r.statusCode() == 403;
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /** Rows in each table of the service's database (the outbox, inbox and idempotency tables included). */
    static Map<String, Long> counts(String service) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = suite.sql(service); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringJoiner j = new StringJoiner(", ");
        after.forEach((t, n) -> {
            if (!n.equals(before.get(t))) {
                j.add(t + " " + before.get(t) + "→" + n);
            }
        });
        return j.toString();
    }

    /** Waits until no service's tables change for 3 s (the fixture's events have all been consumed). */
    static void settle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, Map<String, Long>> last = null;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Map<String, Map<String, Long>> now = new LinkedHashMap<>();
            try {
                for (String s : SERVICES) {
                    now.put(s, counts(s));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (!now.equals(last)) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > Duration.ofSeconds(3).toNanos()) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the services' tables kept changing for 90 s");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
