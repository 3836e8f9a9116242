package cn.gov.xinxiang.agri.project.results;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a year's results may be reported or corrected: the project is under way or done, the year lies between its
 * fiscal year and this one, and the results name each planned mechanism exactly once. Plain code.
 */
public final class ResultsRules {
    private ResultsRules() {
    }

    /** The statuses in which a project has results to report. */
    static final Set<ProjectStatus> REPORTABLE = EnumSet.of(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED, ProjectStatus.ACCEPTED);

    /**
     * The first report of a year: allowed with version 1, unless the results are not reportable or already reported
     * ({@code currentVersion} above 0: 409, a later change is a correction).
     */
    public static Decision<Integer> report(ProjectStatus status, int fiscalYear, int year, int thisYear, Set<MechanismType> planned,
                                           List<MechanismType> reported, String projectId, int currentVersion) {
        Decision<Integer> valid = content(status, fiscalYear, year, thisYear, planned, reported, 1);
        if (valid.allowed() && currentVersion > 0) {
            return Decision.refuse(Violation.state("results-exist", "results.exist", year, projectId));
        }
        return valid;
    }

    /** A correction of the year's {@code previous} version: allowed with the next version number. */
    public static Decision<Integer> correct(ProjectStatus status, int fiscalYear, int year, int thisYear, Set<MechanismType> planned,
                                            List<MechanismType> reported, int previous) {
        return content(status, fiscalYear, year, thisYear, planned, reported, previous + 1);
    }

    private static Decision<Integer> content(ProjectStatus status, int fiscalYear, int year, int thisYear, Set<MechanismType> planned,
                                             List<MechanismType> reported, int version) {
        if (!REPORTABLE.contains(status)) {
            return Decision.refuse(Violation.state("wrong-status", "results.wrong-status", status.name(), status.label));
        }
        if (year < fiscalYear || year > thisYear) {
            return Decision.refuse(Violation.field("year", "results.year-range", fiscalYear, thisYear));
        }
        Set<MechanismType> seen = EnumSet.noneOf(MechanismType.class);
        List<Violation> errors = new java.util.ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            MechanismType t = reported.get(i);
            if (!planned.contains(t)) {
                errors.add(Violation.field("mechanisms[" + i + "].type", "results.not-planned", t.name(), planned.toString()));
            } else if (!seen.add(t)) {
                errors.add(Violation.field("mechanisms[" + i + "].type", "results.twice", t.name()));
            }
        }
        for (MechanismType t : planned) {
            // the first missing mechanism, and only when nothing else is wrong (a misnamed one is usually the missing one)
            if (!seen.contains(t) && errors.isEmpty()) {
                errors.add(Violation.field("mechanisms", "results.missing", t.name(), t.label));
            }
        }
        return Decision.of(errors, version);
    }
}
