package cn.gov.xinxiang.agri.project.demovillage;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which projects qualify for the library because of a designation: projects implemented in the designated village
 * whose industry fits the kind. The seed: 全省康养示范村 bring their wellness and tourism projects (康养旅游项目) into
 * the library; the other kinds name no industry, so any project of the village qualifies. Plain code.
 */
public final class DesignationRules {
    private DesignationRules() {
    }

    static final Map<DemonstrationKind, Set<IndustryCategory>> FITTING = Map.of(
            DemonstrationKind.WELLNESS, EnumSet.of(IndustryCategory.RURAL_WELLNESS, IndustryCategory.CULTURE_TOURISM),
            DemonstrationKind.RURAL_TOURISM, EnumSet.of(IndustryCategory.CULTURE_TOURISM, IndustryCategory.RURAL_WELLNESS));

    /** Why the project does not qualify, or empty when it does. */
    public static Optional<Text> projectProblem(DemonstrationKind kind, String villageCode, String projectRegion, IndustryCategory category) {
        if (!villageCode.equals(projectRegion)) {
            return Optional.of(new Text("demovillage.project-village", projectRegion, villageCode));
        }
        Set<IndustryCategory> fitting = FITTING.get(kind);
        if (fitting != null && !fitting.contains(category)) {
            return Optional.of(new Text("demovillage.project-category", category.label, kind.label));
        }
        return Optional.empty();
    }

    /** A designation cannot be dated after the current year. */
    public static Optional<Text> yearProblem(int yearDesignated, int currentYear) {
        return yearDesignated > currentYear ? Optional.of(new Text("demovillage.year-future", currentYear)) : Optional.empty();
    }
}
