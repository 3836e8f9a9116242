package cn.gov.xinxiang.agri.project.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list page at the shape the bench measures (a county + a fiscal year, newest first, 20 a page, with its total):
 * the statements Hibernate emits for it are EXPLAINed on the embedded PostgreSQL, over enough rows that the planner
 * has a choice, and must read project_county_year_created in the list's order (no sort) and count from it alone;
 * and Hibernate's statistics show a page is two queries, with no lazy load of a project or its collections.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectListQueryTest {

    // Years no other test uses, in counties of the real division list: the rows are this class's own.
    // ten counties, so that a year alone selects ten times the rows its county and year do, as in the city
    static final String[] COUNTIES = {"410702", "410703", "410704", "410711", "410721", "410724", "410726", "410727", "410781", "410782"};
    static final int PER_COUNTY = 1000;
    static final int YEARS = 5;
    static final int FIRST_YEAR = 1991;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SessionFactory sessionFactory;

    final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    void rows() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            for (String county : COUNTIES) {
                // four projects to a timestamp, so the id tie-break decides part of every page's order
                st.execute("insert into project (id, code, name, fiscal_year, region_code, county_code, industry_category, status,"
                        + " created_by, created_at, updated_at) select gen_random_uuid(), 'LISTQ-" + county + "-' || g, '列表查询样例' || g,"
                        + FIRST_YEAR + " + g % " + YEARS + ", '" + county + "101' || (201 + g % 30), '" + county + "000000',"
                        + " 'SPECIALTY_FARMING', 'IN_LIBRARY', 'list-query-test', timestamptz '1995-01-01 00:00:00+08' + (g / 4) * interval '1 minute',"
                        + " timestamptz '1995-01-01 00:00:00+08' from generate_series(1, " + PER_COUNTY + ") g");
            }
            // the visibility map and statistics an established table has (autovacuum keeps them in production)
            st.execute("vacuum analyze project");
        }
    }

    @AfterAll
    void removeRows() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("delete from project where created_by = 'list-query-test'");
        }
    }

    @Test
    void aCountyYearPageReadsTheFittingIndexInOrderAndCountsFromItAlone() throws Exception {
        RecordedSql.start();
        Response r = given().header("Authorization", bearer("city", "410700000000"))
                .get("/api/v1/projects?fiscalYear=1993&regionCode=410727000000&size=20");
        List<String> sql = RecordedSql.stop();
        r.then().statusCode(200);

        assertThat(r.<Integer>path("total")).isEqualTo(PER_COUNTY / YEARS);
        assertThat(r.<List<String>>path("items.id")).isEqualTo(ids("select id from project where county_code = '410727000000'"
                + " and fiscal_year = 1993 order by created_at desc, id desc limit 20"));

        String page = sql.stream().filter(s -> s.contains(" from project ") && !s.contains("count(")).findFirst().orElseThrow();
        String count = sql.stream().filter(s -> s.contains(" from project ") && s.contains("count(")).findFirst().orElseThrow();
        // the where clause's parameters in the order the list writes them: caller's scope, year, county (a county
        // filter is its county equality)
        List<String> where = List.of("'4107%'", "1993", "'410727000000'");

        JsonNode pagePlan = explain(bind(page, where, List.of("0", "20")));
        assertThat(indexesOf(pagePlan)).as(pagePlan.toString()).containsExactly("project_county_year_created");
        assertThat(nodeTypes(pagePlan)).as(pagePlan.toString()).doesNotContain("Sort", "Incremental Sort", "Seq Scan");

        JsonNode countPlan = explain(bind(count, where, List.of()));
        assertThat(indexesOf(countPlan)).as(countPlan.toString()).containsExactly("project_county_year_created");
        assertThat(nodeTypes(countPlan)).as(countPlan.toString()).doesNotContain("Seq Scan");
        // Index only once vacuum has marked the pages all-visible (autovacuum does, on an established table); in the
        // test suite's database another session's snapshot may keep the rows just written from being marked.
        List<String> visible = ids("select (relallvisible = relpages)::text from pg_class where relname = 'project'");
        if (visible.equals(List.of("true"))) {
            assertThat(nodeTypes(countPlan)).as(countPlan.toString()).contains("Index Only Scan");
        }
    }

    @Test
    void aCountyUsersListNarrowsToItsCountyWithTheSameAnswers() {
        // scope of a county user, no region filter; a wider filter changes nothing; another county's filter finds nothing
        given().header("Authorization", bearer("county", "410781000000")).get("/api/v1/projects?fiscalYear=1992")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(PER_COUNTY / YEARS));
        given().header("Authorization", bearer("county", "410781000000")).get("/api/v1/projects?fiscalYear=1992&regionCode=410700000000")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(PER_COUNTY / YEARS));
        given().header("Authorization", bearer("county", "410781000000")).get("/api/v1/projects?fiscalYear=1992&regionCode=410727000000")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        // a township inside it (every row of this class lies in township 101); another township of the county has none
        given().header("Authorization", bearer("county", "410781000000")).get("/api/v1/projects?fiscalYear=1992&regionCode=410781101000")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(PER_COUNTY / YEARS));
        given().header("Authorization", bearer("county", "410781000000")).get("/api/v1/projects?fiscalYear=1992&regionCode=410781102000")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        // oldest first runs the same index the other way up: ties by id ascending
        assertThat(given().header("Authorization", bearer("city", "410700000000"))
                .get("/api/v1/projects?fiscalYear=1991&regionCode=410726000000&sort=createdAt&size=30")
                .then().statusCode(200).extract().<List<String>>path("items.id"))
                .isEqualTo(ids("select id from project where county_code = '410726000000' and fiscal_year = 1991"
                        + " and created_by = 'list-query-test' order by created_at, id limit 30"));
    }

    @Test
    void aListPageIsTwoQueriesWithNoLazyLoads() {
        Statistics stats = sessionFactory.getStatistics();
        assertThat(stats.isStatisticsEnabled()).isTrue();
        stats.clear();

        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            given().header("Authorization", bearer("city", "410700000000"))
                    .get("/api/v1/projects?fiscalYear=" + year + "&regionCode=410726000000&size=20")
                    .then().statusCode(200);
        }

        long listQueries = 0;
        for (String hql : stats.getQueries()) {
            if (hql.contains("Project p where p.regionCode like")) {
                listQueries += stats.getQueryStatistics(hql).getExecutionCount();
            }
        }
        assertThat(listQueries).as("a page and its count, per request").isEqualTo(2L * YEARS);
        assertThat(stats.getEntityStatistics(Project.class.getName()).getLoadCount()).isEqualTo(20L * YEARS);
        assertThat(stats.getEntityStatistics(Project.class.getName()).getFetchCount()).isZero();
        List<String> projectCollections = new ArrayList<>();
        for (String role : stats.getCollectionRoleNames()) {
            if (role.startsWith(Project.class.getName() + ".")) {
                projectCollections.add(role);
                assertThat(stats.getCollectionStatistics(role).getLoadCount()).as(role).isZero();
                assertThat(stats.getCollectionStatistics(role).getFetchCount()).as(role).isZero();
            }
        }
        assertThat(projectCollections).hasSize(5);
    }

    List<String> ids(String query) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statement with its JDBC parameters as literals: the where clause's first, then the page's offset and limit. */
    static String bind(String sql, List<String> where, List<String> paging) {
        Matcher m = Pattern.compile("\\?").matcher(sql);
        List<String> values = new ArrayList<>(where);
        int placeholders = (int) Pattern.compile("\\?").matcher(sql).results().count();
        // Hibernate leaves out the offset of the first page
        List<String> tail = placeholders - where.size() < paging.size() ? paging.subList(paging.size() - (placeholders - where.size()), paging.size()) : paging;
        values.addAll(tail);
        assertThat(placeholders).as(sql).isEqualTo(values.size());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(i++)));
        }
        m.appendTail(out);
        return out.toString();
    }

    JsonNode explain(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("explain (format json) " + sql)) {
            rs.next();
            return mapper.readTree(rs.getString(1)).get(0).get("Plan");
        }
    }

    static List<String> indexesOf(JsonNode plan) {
        List<String> out = new ArrayList<>();
        walk(plan, n -> {
            if (n.has("Index Name")) {
                out.add(n.get("Index Name").asText());
            }
        });
        return out;
    }

    static List<String> nodeTypes(JsonNode plan) {
        List<String> out = new ArrayList<>();
        walk(plan, n -> out.add(n.get("Node Type").asText()));
        return out;
    }

    static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        visit.accept(node);
        if (node.has("Plans")) {
            node.get("Plans").forEach(child -> walk(child, visit));
        }
    }
}
