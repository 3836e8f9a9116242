package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class FailuresTest {

    @Test
    void aValueThatIsNoCloudEventIsPoisonWithTheParsersReason() {
        Throwable t = catchThrowable(() -> CloudEvent.parse(new ObjectMapper(), "{not a cloud event"));
        assertThat(t).isNotNull();
        assertThat(Failures.classify(t)).isEqualTo(DeadLetterKind.POISON);
        assertThat(Failures.reason(t)).startsWith("value is not JSON");
    }

    @Test
    void aBrokenRuleIsPoisonEvenWhenWrappedByTheTransactionOrTheContainer() {
        var rule = new PoisonEventException("countyCode 410726000000 is not the county of region 410725901201");
        var wrapped = new RuntimeException("transaction rolled back", new IllegalStateException("interceptor", rule));
        assertThat(Failures.classify(wrapped)).isEqualTo(DeadLetterKind.POISON);
        assertThat(Failures.isPoison(wrapped)).isTrue();
        // the operator reads the rule, not the wrapper
        assertThat(Failures.reason(wrapped)).isEqualTo("countyCode 410726000000 is not the county of region 410725901201");
        assertThat(Failures.classify(new IllegalStateException(new CloudEvent.MalformedEventException("missing attribute 'id'"))))
                .isEqualTo(DeadLetterKind.POISON);
    }

    @Test
    void databaseTroubleAndEverythingElseIsPassingAndNamesTheRootCause() {
        var lock = new PersistenceException("could not execute statement",
                new SQLException("ERROR: canceling statement due to lock timeout", "55P03"));
        assertThat(Failures.classify(lock)).isEqualTo(DeadLetterKind.TRANSIENT);
        assertThat(Failures.reason(lock)).isEqualTo("PersistenceException: could not execute statement <- SQLException: ERROR: canceling "
                + "statement due to lock timeout");
        assertThat(Failures.classify(new IllegalArgumentException("a bug, not the event's fault"))).isEqualTo(DeadLetterKind.TRANSIENT);
        assertThat(Failures.classify(new NullPointerException())).isEqualTo(DeadLetterKind.TRANSIENT);
        assertThat(Failures.reason(new NullPointerException())).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void aCauseCycleEndsAndAHugeMessageIsBounded() {
        RuntimeException a = new RuntimeException("x".repeat(10_000));
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(Failures.classify(b)).isEqualTo(DeadLetterKind.TRANSIENT);
        assertThat(Failures.reason(new PoisonEventException("y".repeat(5000)))).hasSize(Failures.MAX_REASON);
    }

}
