package cn.gov.xinxiang.agri.platform.decision;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a pure decider says about a command: allowed, with the change to make (typically the new state and the event
 * to publish), or refused, with every violation it found. The service loads and locks the facts, asks the decider,
 * persists the change and appends its event, or maps the violations to a problem ({@code platform.problem.Refusals}).
 */
public final class Decision<T> {

    private final T change;
    private final List<Violation> violations;

    private Decision(T change, List<Violation> violations) {
        this.change = change;
        this.violations = violations;
    }

    public static <T> Decision<T> allow(T change) {
        return new Decision<>(Objects.requireNonNull(change, "an allowed decision carries its change"), List.of());
    }

    public static <T> Decision<T> refuse(Violation first, Violation... more) {
        List<Violation> all = new java.util.ArrayList<>();
        all.add(Objects.requireNonNull(first));
        all.addAll(List.of(more));
        return new Decision<>(null, List.copyOf(all));
    }

    /** Refused when {@code violations} is not empty, else allowed with {@code change}. */
    public static <T> Decision<T> of(List<Violation> violations, T change) {
        return violations.isEmpty() ? allow(change) : new Decision<>(null, List.copyOf(violations));
    }

    public boolean allowed() {
        return violations.isEmpty();
    }

    /** The change; only for an allowed decision. */
    public T change() {
        if (!allowed()) {
            throw new IllegalStateException("a refused decision has no change: " + violations);
        }
        return change;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same verdict with the change transformed (refusals pass through). */
    public <U> Decision<U> map(Function<? super T, ? extends U> f) {
        return allowed() ? allow(f.apply(change)) : new Decision<>(null, violations);
    }

    @Override
    public String toString() {
        return allowed() ? "allowed " + change : "refused " + violations;
    }
}
