package cn.gov.xinxiang.agri.project.demovillage;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DesignationRulesTest {

    static final String VILLAGE = "410782901201";

    @Test
    void wellnessVillagesBringTheirWellnessAndTourismProjects() {
        assertThat(DesignationRules.projectProblem(DemonstrationKind.WELLNESS, VILLAGE, VILLAGE, IndustryCategory.RURAL_WELLNESS)).isEmpty();
        assertThat(DesignationRules.projectProblem(DemonstrationKind.WELLNESS, VILLAGE, VILLAGE, IndustryCategory.CULTURE_TOURISM)).isEmpty();
        assertThat(DesignationRules.projectProblem(DemonstrationKind.WELLNESS, VILLAGE, VILLAGE, IndustryCategory.SPECIALTY_FARMING))
                .get().extracting(Text::key).isEqualTo("demovillage.project-category");
        // kinds that name no industry take any project of the village
        for (IndustryCategory c : IndustryCategory.values()) {
            assertThat(DesignationRules.projectProblem(DemonstrationKind.BEAUTIFUL_VILLAGE, VILLAGE, VILLAGE, c)).isEmpty();
        }
    }

    @Test
    void onlyProjectsOfTheDesignatedVillageQualify() {
        for (DemonstrationKind k : DemonstrationKind.values()) {
            assertThat(DesignationRules.projectProblem(k, VILLAGE, "410782901202", IndustryCategory.RURAL_WELLNESS))
                    .get().extracting(Text::key).isEqualTo("demovillage.project-village");
            // a township-level project is not the village's either
            assertThat(DesignationRules.projectProblem(k, VILLAGE, "410782901000", IndustryCategory.RURAL_WELLNESS)).isPresent();
        }
    }

    @Test
    void aDesignationIsNotDatedInTheFuture() {
        assertThat(DesignationRules.yearProblem(2024, 2024)).isEmpty();
        assertThat(DesignationRules.yearProblem(2025, 2024)).get().extracting(Text::key).isEqualTo("demovillage.year-future");
    }

    /** Each named project on its field: twice, unknown (not among those the caller may see) or not qualifying. */
    @Test
    void everyNamedProjectIsCheckedOnItsField() {
        UUID fits = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID farming = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID unseen = UUID.fromString("00000000-0000-0000-0000-000000000003");
        Map<UUID, DesignationRules.Candidate> found = Map.of(fits, new DesignationRules.Candidate(VILLAGE, IndustryCategory.RURAL_WELLNESS),
                farming, new DesignationRules.Candidate(VILLAGE, IndustryCategory.SPECIALTY_FARMING));
        assertThat(DesignationRules.projectViolations(DemonstrationKind.WELLNESS, VILLAGE, List.of(fits), found)).isEmpty();
        assertThat(DesignationRules.projectViolations(DemonstrationKind.WELLNESS, VILLAGE, List.of(fits, fits, farming, unseen), found))
                .extracting(Violation::field, v -> v.text().key()).containsExactly(tuple("projectIds[1]", "demovillage.twice"),
                        tuple("projectIds[2]", "demovillage.project-category"), tuple("projectIds[3]", "demovillage.project-unknown"));
        // the year comes first, then the projects, all at once
        assertThat(DesignationRules.designationViolations(2025, 2024, DemonstrationKind.WELLNESS, VILLAGE, List.of(unseen), found))
                .extracting(Violation::field, v -> v.text().key()).containsExactly(tuple("yearDesignated", "demovillage.year-future"),
                        tuple("projectIds[0]", "demovillage.project-unknown"));
        assertThat(DesignationRules.designationViolations(2024, 2024, DemonstrationKind.BEAUTIFUL_VILLAGE, VILLAGE, List.of(farming), found)).isEmpty();
    }


    /** The content first (400 on its fields), then a designation of the same kind and level already recorded (409). */
    @Test
    void aVillageIsDesignatedOncePerKindAndIssuingLevel() {
        UUID fits = UUID.fromString("00000000-0000-0000-0000-000000000001");
        Map<UUID, DesignationRules.Candidate> found = Map.of(fits, new DesignationRules.Candidate(VILLAGE, IndustryCategory.RURAL_WELLNESS));
        assertThat(DesignationRules.designate(2024, 2024, DemonstrationKind.WELLNESS, IssuingLevel.CITY, VILLAGE, List.of(fits), found, false)
                .change()).containsExactly(fits);
        assertThat(DesignationRules.designate(2024, 2024, DemonstrationKind.WELLNESS, IssuingLevel.CITY, VILLAGE, List.of(fits), found, true)
                .violations()).extracting(Violation::kind, Violation::slug, Violation::field, v -> v.text().key())
                .containsExactly(tuple(Violation.Kind.WRONG_STATE, "duplicate", null, "demovillage.duplicate"),
                        tuple(Violation.Kind.INVALID_FIELD, "validation", "villageCode", "demovillage.duplicate-field"));
        assertThat(DesignationRules.designate(2025, 2024, DemonstrationKind.WELLNESS, IssuingLevel.CITY, VILLAGE, List.of(fits), found, true)
                .violations()).extracting(Violation::field).containsExactly("yearDesignated");
    }
}
