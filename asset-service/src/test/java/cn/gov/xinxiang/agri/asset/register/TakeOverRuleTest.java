package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register and project-service can never drift apart: for every case enumerated here (each
 * field's edges, every class with every kind of place and household), the register takes an accepted
 * project over exactly when the shared {@link AcceptanceRules} accepts it, and when it refuses, the
 * refusal is the rule's, with the same field paths. The register's own limits (column widths, value
 * precision, classes) are read from its schema and enum and must be the rule's.
 */
@QuarkusTest
class TakeOverRuleTest {

    static final String VILLAGE = "410725901201";
    static final String TOWNSHIP = "410725901000";
    static final String HOUSEHOLD = "7b1c2f3e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";

    @Inject
    AssetService assets;

    @Inject
    EntityManager em;

    /** Thrown at the end of a successful takeover, after the flush, so the test stores nothing. */
    static final class TookOver extends RuntimeException {
    }

    record Outcome(boolean tookOver, List<String> refusedFields, Throwable other) {
    }

    Outcome takeOver(ProjectAcceptedV1 event) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                assets.takeOver(event);
                em.flush(); // the database's own constraints speak now, not at a commit
                throw new TookOver();
            });
            throw new AssertionError("unreachable");
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TookOver) {
                    return new Outcome(true, List.of(), null);
                }
                if (t instanceof ProblemException p && p.slug().equals("acceptance-rule")) {
                    return new Outcome(false, p.errors().stream().map(Problem.FieldError::field).toList(), null);
                }
            }
            return new Outcome(false, List.of(), e);
        }
    }

    static ProjectAcceptedV1 event(String code, String name, String region, List<ProjectAcceptedV1.FormedAsset> formed) {
        return new ProjectAcceptedV1(UUID.randomUUID().toString(), code, name, 2025, region, formed, Instant.parse("2025-11-20T02:00:00Z"));
    }

    static ProjectAcceptedV1 event(ProjectAcceptedV1.FormedAsset... formed) {
        return event("XM2025-410725-00042", "城关一村肉羊养殖扶贫车间", VILLAGE, new ArrayList<>(Arrays.asList(formed)));
    }

    static ProjectAcceptedV1.FormedAsset asset(String ref, String name, String cls, String value, String location, String household) {
        return new ProjectAcceptedV1.FormedAsset(ref, name, cls, value == null ? null : new BigDecimal(value), location, household);
    }

    static List<ProjectAcceptedV1> cases() {
        List<ProjectAcceptedV1> out = new ArrayList<>();
        // every class, with every kind of place and every kind of household reference
        for (String cls : Arrays.asList("OPERATING", "PUBLIC_WELFARE", "HOUSEHOLD", "LAND", null)) {
            for (String location : Arrays.asList(VILLAGE, TOWNSHIP, "410725902201", "410725000000", "410700000000", "410726901201",
                    "410725000201", "4107259012", null)) {
                for (String household : Arrays.asList(null, HOUSEHOLD, "1-1-1-1-1", "not-a-uuid")) {
                    out.add(event(asset("A1", "标准化羊舍", cls, "1500000.00", location, household)));
                }
            }
        }
        // the edges of the value, the name and the reference
        for (String value : Arrays.asList("0", "0.01", "1E+3", "10.500000", "10.005", "-0.01", "9999999999999999.99", "10000000000000000", null)) {
            for (String name : Arrays.asList("羊舍", "名".repeat(200), "名".repeat(201), "名".repeat(199) + "𠀀", "名".repeat(199) + "𠀀𠀀", "", " ", null)) {
                for (String ref : Arrays.asList("A1", "x".repeat(100), "x".repeat(101), "", null)) {
                    out.add(event(asset(ref, name, "OPERATING", value, VILLAGE, null)));
                }
            }
        }
        // one bad asset among good ones, a duplicate reference, the project's own fields, no assets
        out.add(event(asset("A1", "羊舍", "OPERATING", "1", VILLAGE, null), asset("A2", "户用光伏", "HOUSEHOLD", "1", TOWNSHIP, HOUSEHOLD)));
        out.add(event(asset("A1", "羊舍", "OPERATING", "1", VILLAGE, null), asset("A1", "另一个", "OPERATING", "2", VILLAGE, null)));
        out.add(event(asset("A1", "羊舍", "OPERATING", "1", VILLAGE, null), null));
        for (String code : Arrays.asList("XM2025-410725-00042", "X".repeat(40), "X".repeat(41), "", null)) {
            for (String name : Arrays.asList("项目", "名".repeat(200), "名".repeat(201), null)) {
                for (String region : Arrays.asList(VILLAGE, "410725000000", "410700000000", "x", null)) {
                    out.add(event(code, name, region, List.of(asset("A1", "羊舍", "OPERATING", "1", VILLAGE, null))));
                }
            }
        }
        out.add(event());
        out.add(new ProjectAcceptedV1("1-1-1-1-1", "XM", "项目", 2025, VILLAGE, List.of(), Instant.now()));
        out.add(new ProjectAcceptedV1(UUID.randomUUID().toString(), "XM", "项目", 2025, VILLAGE, List.of(), null));
        out.add(new ProjectAcceptedV1(UUID.randomUUID().toString(), "XM", "项目", 2025, VILLAGE, null, Instant.now()));
        return out;
    }

    @Test
    void theRegisterTakesOverExactlyWhatTheSharedRuleAccepts() {
        List<ProjectAcceptedV1> cases = cases();
        Set<AcceptanceRules.Reason> seen = EnumSet.noneOf(AcceptanceRules.Reason.class);
        int tookOver = 0;
        for (ProjectAcceptedV1 c : cases) {
            List<AcceptanceRules.Refusal> rule = AcceptanceRules.check(c);
            rule.forEach(r -> seen.add(r.reason()));
            Outcome o = takeOver(c);
            assertThat(o.other()).as("%s failed outside the rule", c).isNull();
            assertThat(o.tookOver()).as("%s: rule says %s", c, rule).isEqualTo(rule.isEmpty());
            assertThat(o.refusedFields()).as("%s", c).containsExactlyElementsOf(rule.stream().map(AcceptanceRules.Refusal::field).toList());
            tookOver += o.tookOver() ? 1 : 0;
        }
        // the enumeration reaches every refusal and plenty of acceptances
        assertThat(seen).isEqualTo(EnumSet.allOf(AcceptanceRules.Reason.class));
        assertThat(tookOver).isGreaterThan(30);
        assertThat(cases.size() - tookOver).isGreaterThan(300);
    }

    /** The rule's limits are the register's: its column widths, its value column, its classes. */
    @Test
    void theRulesLimitsAreTheRegistersSchema() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select column_name, coalesce(character_maximum_length, 0), coalesce(numeric_precision, 0), coalesce(numeric_scale, 0)
                from information_schema.columns where table_schema = current_schema() and table_name = 'asset'
                  and column_name in ('name', 'asset_ref', 'source_project_code', 'source_project_name', 'value', 'region_code')
                order by column_name""").getResultList());
        var byName = new java.util.HashMap<String, Object[]>();
        rows.forEach(r -> byName.put((String) ((Object[]) r)[0], (Object[]) r));
        assertThat(((Number) byName.get("name")[1]).intValue()).isEqualTo(AcceptanceRules.MAX_ASSET_NAME);
        assertThat(((Number) byName.get("asset_ref")[1]).intValue()).isEqualTo(AcceptanceRules.MAX_ASSET_REF);
        assertThat(((Number) byName.get("source_project_code")[1]).intValue()).isEqualTo(AcceptanceRules.MAX_PROJECT_CODE);
        assertThat(((Number) byName.get("source_project_name")[1]).intValue()).isEqualTo(AcceptanceRules.MAX_PROJECT_NAME);
        assertThat(((Number) byName.get("region_code")[1]).intValue()).isEqualTo(12);
        int precision = ((Number) byName.get("value")[2]).intValue();
        int scale = ((Number) byName.get("value")[3]).intValue();
        assertThat(AcceptanceRules.MAX_VALUE.scale()).isEqualTo(scale);
        assertThat(AcceptanceRules.MAX_VALUE.precision()).isEqualTo(precision);
        assertThat(Arrays.stream(AssetClass.values()).map(Enum::name)).containsExactlyInAnyOrderElementsOf(AcceptanceRules.ASSET_CLASSES);
    }
}
