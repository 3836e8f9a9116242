package cn.gov.xinxiang.agri.evaluation.rebuild;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

/**
 * Who runs the operator commands: a rebuild only a city user whose scope covers the city, and one at a time; reading
 * the read models' fingerprints also an auditor covering the city.
 */
public final class OperationsRules {

    private OperationsRules() {
    }

    /** An operator command of this service. */
    public enum Command {
        /** Clear the read models and replay the topics (city users). */
        REBUILD,
        /** Compare read-model states (city users and auditors). */
        READ_MODELS
    }

    /** The caller's standing for {@code command}: city-wide, and a city user unless auditors may run it too (403). */
    public static Decision<Command> mayRun(Command command, boolean cityUser, boolean auditor, boolean coversCity) {
        boolean auditorsToo = command == Command.READ_MODELS;
        boolean role = cityUser || (auditorsToo && auditor);
        return role && coversCity ? Decision.allow(command)
                : Decision.refuse(Violation.forbidden(auditorsToo ? "operations.city-or-auditor" : "operations.city-only"));
    }

    /** A rebuild starts only when no other one is running (409 {@code rebuild-running}). */
    public static Decision<Command> started(boolean started) {
        return started ? Decision.allow(Command.REBUILD) : Decision.refuse(Violation.state("rebuild-running", "operations.rebuild-running"));
    }
}
