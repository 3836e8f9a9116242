package cn.gov.xinxiang.agri.project.results;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.gov.xinxiang.agri.project.library.MechanismType.ASSET_LEASE;
import static cn.gov.xinxiang.agri.project.library.MechanismType.EMPLOYMENT;
import static org.assertj.core.api.Assertions.assertThat;

class ResultsRulesTest {

    static final Set<MechanismType> PLANNED = EnumSet.of(EMPLOYMENT, ASSET_LEASE);

    static Decision<Integer> report(ProjectStatus s, int year, List<MechanismType> reported, int current) {
        return ResultsRules.report(s, 2024, year, 2026, PLANNED, reported, "p", current);
    }

    @Test
    void aYearIsReportedOnceWithEachPlannedMechanism() {
        assertThat(report(ProjectStatus.IN_PROGRESS, 2025, List.of(EMPLOYMENT, ASSET_LEASE), 0).change()).isEqualTo(1);
        Decision<Integer> again = report(ProjectStatus.IN_PROGRESS, 2025, List.of(EMPLOYMENT, ASSET_LEASE), 1);
        assertThat(again.violations()).extracting(Violation::slug).containsExactly("results-exist");
        assertThat(report(ProjectStatus.IN_LIBRARY, 2025, List.of(EMPLOYMENT, ASSET_LEASE), 0).violations())
                .extracting(Violation::kind).containsExactly(Violation.Kind.WRONG_STATE);
    }

    @Test
    void theYearLiesBetweenTheFiscalYearAndThisOne() {
        assertThat(report(ProjectStatus.COMPLETED, 2024, List.of(EMPLOYMENT, ASSET_LEASE), 0).allowed()).isTrue();
        assertThat(report(ProjectStatus.COMPLETED, 2026, List.of(EMPLOYMENT, ASSET_LEASE), 0).allowed()).isTrue();
        assertThat(report(ProjectStatus.COMPLETED, 2023, List.of(EMPLOYMENT, ASSET_LEASE), 0).violations()).extracting(Violation::field)
                .containsExactly("year");
        assertThat(report(ProjectStatus.COMPLETED, 2027, List.of(EMPLOYMENT, ASSET_LEASE), 0).violations()).extracting(Violation::field)
                .containsExactly("year");
    }

    @Test
    void eachPlannedMechanismOnceAndNoOther() {
        assertThat(report(ProjectStatus.ACCEPTED, 2025, List.of(EMPLOYMENT, EMPLOYMENT), 0).violations()).extracting(Violation::field)
                .containsExactly("mechanisms[1].type");
        assertThat(report(ProjectStatus.ACCEPTED, 2025, List.of(EMPLOYMENT, MechanismType.EQUITY_DIVIDEND), 0).violations())
                .extracting(v -> v.text().key()).containsExactly("results.not-planned");
        assertThat(report(ProjectStatus.ACCEPTED, 2025, List.of(EMPLOYMENT), 0).violations()).extracting(v -> v.text().key())
                .containsExactly("results.missing");
    }

    @Test
    void aCorrectionIsTheNextVersion() {
        assertThat(ResultsRules.correct(ProjectStatus.IN_PROGRESS, 2024, 2025, 2026, PLANNED, List.of(ASSET_LEASE, EMPLOYMENT), 3).change())
                .isEqualTo(4);
        assertThat(ResultsRules.correct(ProjectStatus.IN_PROGRESS, 2024, 2025, 2026, PLANNED, List.of(ASSET_LEASE), 3).allowed()).isFalse();
    }
}
