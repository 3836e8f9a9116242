package cn.gov.xinxiang.agri.console.project;

import cn.gov.xinxiang.agri.console.workbench.OpenWork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectActionsTest {

    @Test
    void eachTierGetsItsOwnStepOfTheIntake() {
        assertThat(ProjectActions.available("village", "DRAFT")).containsExactly("submit");
        assertThat(ProjectActions.available("village", "SUBMITTED")).isEmpty();
        assertThat(ProjectActions.available("township", "SUBMITTED")).containsExactly("township-approve", "return");
        assertThat(ProjectActions.available("township", "DRAFT")).isEmpty();
        assertThat(ProjectActions.available("county", "TOWNSHIP_REVIEWED")).containsExactly("county-approve", "return");
        assertThat(ProjectActions.available("county", "COUNTY_APPROVED")).containsExactly("notice");
        assertThat(ProjectActions.available("county", "IN_NOTICE")).containsExactly("admission");
        assertThat(ProjectActions.available("city", "TOWNSHIP_REVIEWED")).isEmpty();
        assertThat(ProjectActions.available("auditor", "SUBMITTED")).isEmpty();
        assertThat(ProjectActions.available(null, "DRAFT")).isEmpty();
    }

    @Test
    void theWorkbenchShowsWhatWaitsForTheTier() {
        assertThat(OpenWork.projectWork("township")).first().satisfies(w -> {
            assertThat(w.status()).isEqualTo("SUBMITTED");
            assertThat(w.yourMove()).isTrue();
        });
        assertThat(OpenWork.projectWork("village")).extracting(OpenWork.ProjectWork::status).containsExactly("DRAFT", "SUBMITTED");
        assertThat(OpenWork.projectWork("county")).extracting(OpenWork.ProjectWork::status)
                .containsExactly("TOWNSHIP_REVIEWED", "COUNTY_APPROVED", "IN_NOTICE", "COMPLETED");
        assertThat(OpenWork.projectWork("city")).noneMatch(OpenWork.ProjectWork::yourMove);
        assertThat(OpenWork.projectWork("judge")).isEmpty();
    }

    @Test
    void theInventoryOwedIsTheLastEndedHalfYear() {
        assertThat(OpenWork.lastEndedHalfYear(java.time.LocalDate.of(2026, 3, 1))).isEqualTo("2025H2");
        assertThat(OpenWork.lastEndedHalfYear(java.time.LocalDate.of(2026, 6, 30))).isEqualTo("2025H2");
        assertThat(OpenWork.lastEndedHalfYear(java.time.LocalDate.of(2026, 7, 1))).isEqualTo("2026H1");
        assertThat(OpenWork.lastEndedHalfYear(java.time.LocalDate.of(2026, 12, 4))).isEqualTo("2026H1");
    }
}
