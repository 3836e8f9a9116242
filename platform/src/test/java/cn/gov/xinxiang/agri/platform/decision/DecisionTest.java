package cn.gov.xinxiang.agri.platform.decision;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionTest {

    @Test
    void anAllowedDecisionCarriesItsChangeAndMapsIt() {
        Decision<Integer> d = Decision.allow(2);
        assertTrue(d.allowed());
        assertEquals("4", d.map(i -> Integer.toString(i * 2)).change());
        assertTrue(d.violations().isEmpty());
    }

    @Test
    void aRefusedDecisionHasNoChangeAndKeepsEveryViolation() {
        Decision<Integer> d = Decision.refuse(Violation.field("amount", "k.amount"), Violation.rule("some-rule", "k.rule", 1));
        assertFalse(d.allowed());
        assertEquals(2, d.violations().size());
        assertThrows(IllegalStateException.class, d::change);
        assertEquals(d.violations(), d.map(i -> i + 1).violations());
    }

    @Test
    void ofIsAllowedOnlyWithoutViolations() {
        assertTrue(Decision.of(List.of(), "x").allowed());
        assertFalse(Decision.of(List.of(Violation.state("closed", "k.closed")), "x").allowed());
    }

    @Test
    void aFieldViolationMustNameItsField() {
        assertThrows(IllegalArgumentException.class, () -> new Violation(Violation.Kind.INVALID_FIELD, "validation", null, null));
        assertEquals(422, Violation.rule("r", "k").kind().status);
        assertEquals(409, Violation.state("s", "k").kind().status);
    }
}
