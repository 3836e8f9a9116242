package cn.gov.xinxiang.agri.evaluation.rebuild;

import cn.gov.xinxiang.agri.evaluation.rebuild.OperationsRules.Command;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: who runs the operator commands, and one rebuild at a time. */
class OperationsRulesTest {

    static Violation only(Decision<?> d) {
        assertThat(d.violations()).hasSize(1);
        return d.violations().get(0);
    }

    static void forbidden(Decision<?> d, String key) {
        Violation v = only(d);
        assertThat(v.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
        assertThat(v.slug()).isEqualTo("forbidden");
        assertThat(v.text().key()).isEqualTo(key);
    }

    @Test
    void onlyACityUserCoveringTheCityRebuilds() {
        assertThat(OperationsRules.mayRun(Command.REBUILD, true, false, true).change()).isEqualTo(Command.REBUILD);
        forbidden(OperationsRules.mayRun(Command.REBUILD, false, true, true), "operations.city-only");
        forbidden(OperationsRules.mayRun(Command.REBUILD, true, false, false), "operations.city-only");
    }

    @Test
    void cityUsersAndAuditorsCoveringTheCityReadTheReadModels() {
        assertThat(OperationsRules.mayRun(Command.READ_MODELS, true, false, true).allowed()).isTrue();
        assertThat(OperationsRules.mayRun(Command.READ_MODELS, false, true, true).allowed()).isTrue();
        forbidden(OperationsRules.mayRun(Command.READ_MODELS, false, true, false), "operations.city-or-auditor");
        forbidden(OperationsRules.mayRun(Command.READ_MODELS, false, false, true), "operations.city-or-auditor");
    }

    @Test
    void aRebuildStartsOnlyWhenNoneIsRunning() {
        assertThat(OperationsRules.started(true).allowed()).isTrue();
        Violation running = only(OperationsRules.started(false));
        assertThat(running.kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(running.slug()).isEqualTo("rebuild-running");
        assertThat(running.text().key()).isEqualTo("operations.rebuild-running");
    }
}
