package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.gov.xinxiang.agri.project.library.ProjectStatus.*;

/**
 * The project state machine: which tier may do what from which status. Bottom-up: the village
 * submits, the township reviews, the county approves, runs the notice and admits. A reviewer returns
 * the project to the tier directly below: the township to the village (back to DRAFT, editable again),
 * the county to the township (back to SUBMITTED). Content is editable only in DRAFT, so an approved
 * tier's data stays locked until the tier above returns it.
 */
public final class IntakeWorkflow {
    private IntakeWorkflow() {
    }

    /**
     * Refusal of a transition: {@code wrongRole} maps to 403, otherwise 409 (wrong state). The text is
     * the message bundle's {@code key}; each of {@code args} is itself a bundle key (a role, an action, a status).
     */
    public static final class Refused extends RuntimeException {
        public final boolean wrongRole;
        public final String key;
        public final List<String> args;

        Refused(boolean wrongRole, String key, String... args) {
            super(key + " " + String.join(" ", args));
            this.wrongRole = wrongRole;
            this.key = key;
            this.args = List.of(args);
        }

        /** The refusal as a bundle text; each argument is itself a bundle text (a role, an action, a status). */
        public Text text() {
            return new Text(key, args.stream().map(k -> (Object) new Text(k)).toArray());
        }
    }

    static String role(Role r) {
        return "role." + r.claim;
    }

    static String action(IntakeAction a) {
        return "intake-action." + a.name();
    }

    static String status(ProjectStatus s) {
        return "project-status." + s.name();
    }

    private record Step(ProjectStatus from, ProjectStatus to, Role role) {
    }

    private static final Map<IntakeAction, Step> FORWARD = Map.of(
            IntakeAction.SUBMIT, new Step(DRAFT, SUBMITTED, Role.VILLAGE),
            IntakeAction.TOWNSHIP_APPROVE, new Step(SUBMITTED, TOWNSHIP_REVIEWED, Role.TOWNSHIP),
            IntakeAction.COUNTY_APPROVE, new Step(TOWNSHIP_REVIEWED, COUNTY_APPROVED, Role.COUNTY),
            IntakeAction.START_NOTICE, new Step(COUNTY_APPROVED, IN_NOTICE, Role.COUNTY),
            IntakeAction.ADMIT, new Step(IN_NOTICE, IN_LIBRARY, Role.COUNTY),
            IntakeAction.START, new Step(IN_LIBRARY, IN_PROGRESS, Role.SERVICE),
            IntakeAction.COMPLETE, new Step(IN_PROGRESS, COMPLETED, Role.COUNTY),
            IntakeAction.ACCEPT, new Step(COMPLETED, ACCEPTED, Role.COUNTY));

    /** The status after {@code action}, or {@link Refused}. */
    public static ProjectStatus next(ProjectStatus current, IntakeAction action, Role role) {
        if (action == IntakeAction.RETURN) {
            return returnTarget(current, role);
        }
        Step step = FORWARD.get(action);
        if (role != step.role()) {
            throw new Refused(true, "intake.wrong-role", role(step.role()), action(action));
        }
        if (current != step.from()) {
            throw new Refused(false, "intake.wrong-status", action(action), status(current), status(step.from()));
        }
        return step.to();
    }

    /**
     * The 403 half of {@link #next}: why {@code role} may not take {@code action} (from this status, for a return), or
     * empty when it may. Authorisation, not a decision about the project, so the service throws it itself.
     */
    public static Optional<Text> forbidden(ProjectStatus current, IntakeAction action, Role role) {
        try {
            next(current, action, role);
            return Optional.empty();
        } catch (Refused e) {
            return e.wrongRole ? Optional.of(e.text()) : Optional.empty();
        }
    }

    /** The 409 half of {@link #next}: the status after {@code action}, or the wrong-status violation (a role {@link #forbidden} is not asked about). */
    public static Decision<ProjectStatus> decide(ProjectStatus current, IntakeAction action, Role role) {
        try {
            return Decision.allow(next(current, action, role));
        } catch (Refused e) {
            if (e.wrongRole) {
                throw e;
            }
            return Decision.refuse(Violation.state("wrong-status", e.key, e.text().args()));
        }
    }

    private static ProjectStatus returnTarget(ProjectStatus current, Role role) {
        switch (current) {
            case SUBMITTED:
                if (role == Role.TOWNSHIP) {
                    return DRAFT;
                }
                throw new Refused(role != Role.COUNTY, "intake.return-submitted");
            case TOWNSHIP_REVIEWED:
            case COUNTY_APPROVED:
            case IN_NOTICE:
                if (role == Role.COUNTY) {
                    return SUBMITTED;
                }
                throw new Refused(true, "intake.return-reviewed");
            default:
                throw new Refused(false, "intake.cannot-return", status(current));
        }
    }

    /** The first day the project may be admitted: the notice runs {@code minDays} full business days. */
    public static LocalDate noticeEndsOn(LocalDate startedOn, int minDays) {
        return startedOn.plusDays(minDays);
    }

    public static boolean noticeOver(LocalDate today, LocalDate endsOn) {
        return !today.isBefore(endsOn);
    }
}
