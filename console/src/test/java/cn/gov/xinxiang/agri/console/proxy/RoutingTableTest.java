package cn.gov.xinxiang.agri.console.proxy;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingTableTest {

    static final Map<String, String> SERVICES = Map.of("project", "p", "asset", "a", "funding", "f", "evaluation", "e");

    /** The table the console ships with. */
    static RoutingTable shipped() throws Exception {
        Properties p = new Properties();
        try (InputStream in = RoutingTableTest.class.getResourceAsStream("/application.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return RoutingTable.parse(Arrays.asList(p.getProperty("agri.console.routes").split(",")), SERVICES);
    }

    @Test
    void theShippedTableSendsEachPathToItsOwner() throws Exception {
        RoutingTable t = shipped();
        assertThat(t.serviceFor("projects")).contains("project");
        assertThat(t.serviceFor("/api/v1/projects/4f0c/township-review")).contains("project");
        assertThat(t.serviceFor("regions/410726000000/children")).contains("project");
        assertThat(t.serviceFor("households/bulk-upsert")).contains("project");
        assertThat(t.serviceFor("skills/totals")).contains("project");
        assertThat(t.serviceFor("imports/skills-certificates/jobs/7")).contains("project");
        assertThat(t.serviceFor("envoys/1/services")).contains("project");
        assertThat(t.serviceFor("craftsmen/totals")).contains("project");
        assertThat(t.serviceFor("demonstration-villages")).contains("project");
        assertThat(t.serviceFor("code-lists/craftsman-levels")).contains("project");
        assertThat(t.serviceFor("assets/1/custody/verify")).contains("asset");
        assertThat(t.serviceFor("ledger/export")).contains("asset");
        assertThat(t.serviceFor("todo")).contains("asset");
        assertThat(t.serviceFor("handovers/9/acceptance")).contains("asset");
        assertThat(t.serviceFor("compliance/2024")).contains("funding");
        assertThat(t.serviceFor("summaries/xlsx")).contains("funding");
        assertThat(t.serviceFor("rankings/counties")).contains("evaluation");
        assertThat(t.serviceFor("evaluations/1/verification")).contains("evaluation");
        // one owner per policy number: the key's prefix names it; the year view is funding-service's
        assertThat(t.serviceFor("policy-parameters/asset.benchmark-rate/2027")).contains("asset");
        assertThat(t.serviceFor("policy-parameters/project.notice-min-days/2024")).contains("project");
        assertThat(t.serviceFor("policy-parameters/funding.industry-share-floor/2024")).contains("funding");
        assertThat(t.serviceFor("policy-parameters/2024")).contains("funding");
        assertThat(t.serviceFor("observed-policy-parameters")).contains("evaluation");
        assertThat(t.serviceFor("operations/rebuild")).contains("evaluation");
        assertThat(t.serviceFor("policy-parameters", "asset.benchmark-rate")).contains("asset");
        assertThat(t.serviceFor("policy-parameters", "project.notice-min-days")).contains("project");
        assertThat(t.serviceFor("policy-parameters", null)).contains("funding");
        assertThat(t.serviceFor("projects", "asset.x")).as("the key matters only for the policy list").contains("project");
        assertThat(t.serviceFor("code-lists/project-statuses")).contains("project");
        assertThat(t.serviceFor("code-lists/asset-classes")).contains("asset");
        assertThat(t.serviceFor("code-lists/fund-uses")).contains("funding");
        assertThat(t.serviceFor("code-lists/subject-types")).contains("evaluation");
        assertThat(t.serviceFor("code-lists")).as("every service has the index: /services/<name>/...").isEmpty();
    }

    @Test
    void prefixesMatchWholeSegmentsUnlessTheyEndInADotOrSlash() {
        RoutingTable t = RoutingTable.parse(List.of("projects=project", "policy-parameters/asset.=asset"), SERVICES);
        assertThat(t.serviceFor("projectsx")).isEmpty();
        assertThat(t.serviceFor("projects?page=1")).contains("project");
        assertThat(t.serviceFor("policy-parameters/asset.target-share-min/2024")).contains("asset");
        assertThat(t.serviceFor("operations/dead-letters")).isEmpty();
        assertThat(t.serviceFor("")).isEmpty();
    }

    @Test
    void theLongestPrefixWins() {
        RoutingTable t = RoutingTable.parse(List.of("a=project", "a/b=asset", "a/b/c=funding"), SERVICES);
        assertThat(t.serviceFor("a/b/c/d")).contains("funding");
        assertThat(t.serviceFor("a/b/x")).contains("asset");
        assertThat(t.serviceFor("a/x")).contains("project");
    }

    @Test
    void aBrokenTableIsRefusedAtStart() {
        assertThatThrownBy(() -> RoutingTable.parse(List.of("projects=projekt"), SERVICES)).hasMessageContaining("projekt");
        assertThatThrownBy(() -> RoutingTable.parse(List.of("projects"), SERVICES)).hasMessageContaining("prefix=service");
        assertThatThrownBy(() -> RoutingTable.parse(List.of("x=asset", "x=project"), SERVICES)).hasMessageContaining("twice");
    }
}
