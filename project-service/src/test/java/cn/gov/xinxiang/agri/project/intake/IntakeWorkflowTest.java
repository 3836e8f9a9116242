package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.gov.xinxiang.agri.project.library.ProjectStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeWorkflowTest {

    @Test
    void theBottomUpPathAndTheLifecycleAfterIt() {
        ProjectStatus s = DRAFT;
        s = IntakeWorkflow.next(s, IntakeAction.SUBMIT, Role.VILLAGE);
        assertThat(s).isEqualTo(SUBMITTED);
        s = IntakeWorkflow.next(s, IntakeAction.TOWNSHIP_APPROVE, Role.TOWNSHIP);
        assertThat(s).isEqualTo(TOWNSHIP_REVIEWED);
        s = IntakeWorkflow.next(s, IntakeAction.COUNTY_APPROVE, Role.COUNTY);
        assertThat(s).isEqualTo(COUNTY_APPROVED);
        s = IntakeWorkflow.next(s, IntakeAction.START_NOTICE, Role.COUNTY);
        assertThat(s).isEqualTo(IN_NOTICE);
        s = IntakeWorkflow.next(s, IntakeAction.ADMIT, Role.COUNTY);
        assertThat(s).isEqualTo(IN_LIBRARY);
        s = IntakeWorkflow.next(s, IntakeAction.START, Role.SERVICE);
        assertThat(s).isEqualTo(IN_PROGRESS);
        s = IntakeWorkflow.next(s, IntakeAction.COMPLETE, Role.COUNTY);
        assertThat(s).isEqualTo(COMPLETED);
        assertThat(IntakeWorkflow.next(s, IntakeAction.ACCEPT, Role.COUNTY)).isEqualTo(ACCEPTED);
    }

    @Test
    void eachStepBelongsToOneTier() {
        assertThatThrownBy(() -> IntakeWorkflow.next(DRAFT, IntakeAction.SUBMIT, Role.TOWNSHIP))
                .isInstanceOfSatisfying(IntakeWorkflow.Refused.class, r -> assertThat(r.wrongRole).isTrue());
        assertThatThrownBy(() -> IntakeWorkflow.next(SUBMITTED, IntakeAction.TOWNSHIP_APPROVE, Role.COUNTY))
                .isInstanceOfSatisfying(IntakeWorkflow.Refused.class, r -> assertThat(r.wrongRole).isTrue());
        assertThatThrownBy(() -> IntakeWorkflow.next(TOWNSHIP_REVIEWED, IntakeAction.COUNTY_APPROVE, Role.CITY))
                .isInstanceOfSatisfying(IntakeWorkflow.Refused.class, r -> assertThat(r.wrongRole).isTrue());
        assertThatThrownBy(() -> IntakeWorkflow.next(IN_NOTICE, IntakeAction.ADMIT, Role.AUDITOR))
                .isInstanceOfSatisfying(IntakeWorkflow.Refused.class, r -> assertThat(r.wrongRole).isTrue());
        // Skipping a tier is a wrong-state refusal.
        assertThatThrownBy(() -> IntakeWorkflow.next(SUBMITTED, IntakeAction.COUNTY_APPROVE, Role.COUNTY))
                .isInstanceOfSatisfying(IntakeWorkflow.Refused.class, r -> assertThat(r.wrongRole).isFalse());
        assertThatThrownBy(() -> IntakeWorkflow.next(COUNTY_APPROVED, IntakeAction.ADMIT, Role.COUNTY))
                .isInstanceOfSatisfying(IntakeWorkflow.Refused.class, r -> assertThat(r.wrongRole).isFalse());
        assertThatThrownBy(() -> IntakeWorkflow.next(DRAFT, IntakeAction.START, Role.SERVICE))
                .isInstanceOf(IntakeWorkflow.Refused.class);
    }

    @Test
    void returnsGoOneTierDown() {
        assertThat(IntakeWorkflow.next(SUBMITTED, IntakeAction.RETURN, Role.TOWNSHIP)).isEqualTo(DRAFT);
        assertThat(IntakeWorkflow.next(TOWNSHIP_REVIEWED, IntakeAction.RETURN, Role.COUNTY)).isEqualTo(SUBMITTED);
        assertThat(IntakeWorkflow.next(COUNTY_APPROVED, IntakeAction.RETURN, Role.COUNTY)).isEqualTo(SUBMITTED);
        assertThat(IntakeWorkflow.next(IN_NOTICE, IntakeAction.RETURN, Role.COUNTY)).isEqualTo(SUBMITTED);
        assertThatThrownBy(() -> IntakeWorkflow.next(TOWNSHIP_REVIEWED, IntakeAction.RETURN, Role.TOWNSHIP))
                .isInstanceOf(IntakeWorkflow.Refused.class);
        assertThatThrownBy(() -> IntakeWorkflow.next(SUBMITTED, IntakeAction.RETURN, Role.VILLAGE))
                .isInstanceOf(IntakeWorkflow.Refused.class);
        assertThatThrownBy(() -> IntakeWorkflow.next(DRAFT, IntakeAction.RETURN, Role.TOWNSHIP))
                .isInstanceOf(IntakeWorkflow.Refused.class);
        assertThatThrownBy(() -> IntakeWorkflow.next(IN_LIBRARY, IntakeAction.RETURN, Role.COUNTY))
                .isInstanceOf(IntakeWorkflow.Refused.class);
    }

    @Test
    void onlyTheDraftIsEditable() {
        for (ProjectStatus s : ProjectStatus.values()) {
            assertThat(s.editable()).as(s.name()).isEqualTo(s == DRAFT);
        }
    }

    @Test
    void theNoticeRunsItsFullDays() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        LocalDate ends = IntakeWorkflow.noticeEndsOn(start, 10);
        assertThat(ends).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(IntakeWorkflow.noticeOver(LocalDate.of(2025, 3, 10), ends)).isFalse();
        assertThat(IntakeWorkflow.noticeOver(LocalDate.of(2025, 3, 11), ends)).isTrue();
    }
}
