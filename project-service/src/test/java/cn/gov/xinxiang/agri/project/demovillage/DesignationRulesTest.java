package cn.gov.xinxiang.agri.project.demovillage;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
