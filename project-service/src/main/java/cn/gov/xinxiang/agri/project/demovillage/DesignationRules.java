package cn.gov.xinxiang.agri.project.demovillage;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

    /** A named project as the service found it among those the caller may see: where it is implemented and its industry. */
    public record Candidate(String regionCode, IndustryCategory category) {
    }

    /**
     * Why each named project does not qualify, on its field {@code projectIds[i]} (400): named twice, not found
     * ({@code found} holds the projects the caller may see, by id), or not fitting ({@link #projectProblem}); empty
     * when all qualify.
     */
    public static List<Violation> projectViolations(DemonstrationKind kind, String villageCode, List<UUID> projects, Map<UUID, Candidate> found) {
        List<Violation> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            UUID p = projects.get(i);
            String field = "projectIds[" + i + "]";
            Candidate c = found.get(p);
            if (!seen.add(p)) {
                errors.add(Violation.field(field, "demovillage.twice"));
            } else if (c == null) {
                errors.add(Violation.field(field, "demovillage.project-unknown", p));
            } else {
                projectProblem(kind, villageCode, c.regionCode(), c.category()).ifPresent(t -> errors.add(Violation.field(field, t.key(), t.args())));
            }
        }
        return errors;
    }

    /** A designation: its year ({@link #yearProblem}, on {@code yearDesignated}) and its projects ({@link #projectViolations}). */
    public static List<Violation> designationViolations(int yearDesignated, int currentYear, DemonstrationKind kind, String villageCode,
                                                        List<UUID> projects, Map<UUID, Candidate> found) {
        List<Violation> errors = new ArrayList<>();
        yearProblem(yearDesignated, currentYear).ifPresent(t -> errors.add(Violation.field("yearDesignated", t.key(), t.args())));
        errors.addAll(projectViolations(kind, villageCode, projects, found));
        return errors;
    }

    /**
     * A designation as a whole: its year and projects ({@link #designationViolations}, 400 each on its field), then no
     * designation of the village of the same kind and issuing level already (409 {@code duplicate}, also on
     * {@code villageCode}). The projects when allowed.
     */
    public static Decision<List<UUID>> designate(int yearDesignated, int currentYear, DemonstrationKind kind, IssuingLevel level, String villageCode,
                                                 List<UUID> projects, Map<UUID, Candidate> found, boolean designatedAlready) {
        List<Violation> errors = designationViolations(yearDesignated, currentYear, kind, villageCode, projects, found);
        if (errors.isEmpty() && designatedAlready) {
            return Decision.refuse(Violation.state("duplicate", "demovillage.duplicate", villageCode, level.label, kind.label),
                    Violation.field("villageCode", "demovillage.duplicate-field"));
        }
        return Decision.of(errors, projects);
    }
}
