package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.evaluation.framework.FrameworkRules.Bound;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.Grade;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: grade bounds, where a target comes from, copying a framework. */
class FrameworkRulesTest {

    static List<Bound> bounds(String excellent, String good, String fair, String poor) {
        return List.of(new Bound(Grade.EXCELLENT, new BigDecimal(excellent)), new Bound(Grade.GOOD, new BigDecimal(good)),
                new Bound(Grade.FAIR, new BigDecimal(fair)), new Bound(Grade.POOR, new BigDecimal(poor)));
    }

    static String key(Decision<?> d) {
        return d.violations().get(0).text().key();
    }

    @Test
    void boundsDescendStrictlyFromExcellentToPoorAtZero() {
        assertThat(FrameworkRules.bounds(bounds("90", "80", "60", "0")).change()).containsEntry(Grade.GOOD, new BigDecimal("80"));
        assertThat(key(FrameworkRules.bounds(bounds("90", "80", "60", "1")))).isEqualTo("framework.poor-from-zero");
        Decision<?> flat = FrameworkRules.bounds(bounds("90", "80", "80", "0"));
        assertThat(flat.violations().get(0).kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(flat.violations().get(0).slug()).isEqualTo("grade-bounds");
        assertThat(key(flat)).isEqualTo("framework.bounds-descend");
    }

    @Test
    void eachGradeAppearsOnce() {
        List<Bound> twice = List.of(new Bound(Grade.EXCELLENT, BigDecimal.TEN), new Bound(Grade.GOOD, BigDecimal.ONE),
                new Bound(Grade.GOOD, BigDecimal.ONE), new Bound(Grade.POOR, BigDecimal.ZERO));
        Decision<?> d = FrameworkRules.bounds(twice);
        assertThat(d.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID_FIELD);
            assertThat(v.field()).isEqualTo("bounds[2].grade");
        });
    }

    @Test
    void aTargetIsTheIndicatorsOwnOrAKnownPolicyParametersNeverBoth() {
        Set<String> known = Set.of("funding.industry-share-floor");
        assertThat(FrameworkRules.target(new BigDecimal("65"), null, known).change()).isEmpty();
        assertThat(FrameworkRules.target(new BigDecimal("65"), "  ", known).change()).isEmpty();
        assertThat(FrameworkRules.target(null, " funding.industry-share-floor ", known).change()).isEqualTo("funding.industry-share-floor");
        assertThat(key(FrameworkRules.target(null, null, known))).isEqualTo("framework.target-required");
        assertThat(key(FrameworkRules.target(BigDecimal.ONE, "funding.industry-share-floor", known))).isEqualTo("framework.target-or-key");
        Decision<?> unknown = FrameworkRules.target(null, "asset.nothing", known);
        assertThat(unknown.violations().get(0).slug()).isEqualTo("unknown-policy-parameter");
        assertThat(unknown.violations()).extracting(Violation::field).containsExactly(null, "targetPolicyKey");
    }

    @Test
    void aFrameworkIsCopiedOnlyFromAYearWithOneToAYearWithout() {
        assertThat(FrameworkRules.copy(2025, true, 2026, false).change()).isEqualTo(2026);
        Decision<?> exists = FrameworkRules.copy(2025, true, 2026, true);
        assertThat(exists.violations().get(0).kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(exists.violations().get(0).slug()).isEqualTo("framework-exists");
        Decision<?> nothing = FrameworkRules.copy(2024, false, 2026, false);
        assertThat(nothing.violations().get(0).kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(key(nothing)).isEqualTo("framework.none-to-copy");
    }

    @Test
    void anEvaluationNeedsTheYearsIndicatorsAndGradeBounds() {
        assertThat(FrameworkRules.usable(2025, true, true).change()).isEqualTo(2025);
        for (Decision<?> missing : List.of(FrameworkRules.usable(2037, false, true), FrameworkRules.usable(2037, true, false))) {
            Violation v = missing.violations().get(0);
            assertThat(v.kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
            assertThat(v.slug()).isEqualTo("no-framework");
            assertThat(v.text().key()).isEqualTo("framework.none");
            assertThat(v.text().args()).containsExactly(2037);
        }
    }
}
