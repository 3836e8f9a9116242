package cn.gov.xinxiang.agri.project.envoy;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EnvoyRulesTest {

    static final RegionCode COUNTY = RegionCode.of("410725000000");
    static final UUID HERE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID ELSEWHERE = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID UNSEEN = UUID.fromString("00000000-0000-0000-0000-000000000003");

    static List<Tuple> fieldsAndKeys(List<Violation> violations) {
        return violations.stream().map(v -> tuple(v.field(), v.text().key())).toList();
    }

    @Test
    void projectsAreTheCountysOnceEach() {
        Map<UUID, String> counties = Map.of(HERE, COUNTY.value(), ELSEWHERE, "410782000000");
        assertThat(EnvoyRules.linkViolations(COUNTY, List.of(HERE), counties, List.of(), Map.of())).isEmpty();
        assertThat(fieldsAndKeys(EnvoyRules.linkViolations(COUNTY, List.of(HERE, HERE, ELSEWHERE, UNSEEN), counties, List.of(), Map.of())))
                .containsExactly(tuple("projectIds[1]", "envoy.twice"), tuple("projectIds[2]", "envoy.project-county"),
                        tuple("projectIds[3]", "envoy.project-unknown"));
    }

    @Test
    void villagesAreActiveVillagesOfTheCountyOnceEach() {
        String village = "410725101201";
        String retired = "410725101202";
        Map<String, Text> inactive = Map.of(retired, new Text("region.retired", retired, "某村", "2024-01-01"));
        assertThat(EnvoyRules.linkViolations(COUNTY, List.of(), Map.of(), List.of(" " + village + " "), inactive)).isEmpty();
        assertThat(fieldsAndKeys(EnvoyRules.linkViolations(COUNTY, List.of(), Map.of(),
                List.of(village, "4107", village, "410725101000", "410782101201", retired), inactive)))
                .containsExactly(tuple("villageCodes[1]", "region.code-format"), tuple("villageCodes[2]", "envoy.twice"),
                        tuple("villageCodes[3]", "envoy.village-county"), tuple("villageCodes[4]", "envoy.village-county"),
                        tuple("villageCodes[5]", "region.retired"));
    }

    @Test
    void aServiceIsInThePastInAServedVillageForAServedProject() {
        LocalDate today = LocalDate.of(2025, 6, 30);
        Set<String> villages = Set.of("410725101201");
        Set<UUID> projects = Set.of(HERE);
        assertThat(EnvoyRules.serviceViolations(today, today, "410725101201", HERE, villages, projects)).isEmpty();
        assertThat(EnvoyRules.serviceViolations(LocalDate.of(2000, 1, 1), today, null, null, villages, projects)).isEmpty();
        assertThat(fieldsAndKeys(EnvoyRules.serviceViolations(today.plusDays(1), today, "410725101202", ELSEWHERE, villages, projects)))
                .containsExactly(tuple("servedOn", "problem.not-future"), tuple("villageCode", "envoy.not-served-village"),
                        tuple("projectId", "envoy.not-served-project"));
        assertThat(fieldsAndKeys(EnvoyRules.serviceViolations(LocalDate.of(1999, 12, 31), today, null, null, villages, projects)))
                .containsExactly(tuple("servedOn", "envoy.served-range"));
    }
}
