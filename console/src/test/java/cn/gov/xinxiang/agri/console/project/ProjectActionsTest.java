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
}
