package cn.gov.xinxiang.agri.platform.problem;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;

import java.util.List;

/**
 * Turns a decider's refusal into the problem the client sees; the one place where violations become HTTP. Field
 * violations alone make a 400 {@code validation} listing every field; otherwise the first rule or state violation
 * gives the status (422 / 409), slug and detail, and every violation that names a field is listed with it.
 */
public final class Refusals {
    private Refusals() {
    }

    /** The change of an allowed decision; a refused one throws its problem. */
    public static <T> T orThrow(Decision<T> decision) {
        if (decision.allowed()) {
            return decision.change();
        }
        throw problem(decision.violations());
    }

    /**
     * As {@link #orThrow(Decision)}, but when every violation is about a field the 400's detail is {@code fieldsSummary}
     * (a text about the request as a whole, e.g. "fill in all four checks") instead of the first field's message or
     * the count; a rule or state violation still leads with its own text.
     */
    public static <T> T orThrow(Decision<T> decision, Text fieldsSummary) {
        if (decision.allowed()) {
            return decision.change();
        }
        List<Violation> violations = decision.violations();
        if (violations.stream().anyMatch(v -> v.kind() != Violation.Kind.INVALID_FIELD)) {
            throw problem(violations);
        }
        ProblemException p = ProblemException.keyed(400, "validation", fieldsSummary.key(), fieldsSummary.args());
        violations.forEach(v -> p.field(v.field(), v.text().key(), v.text().args()));
        throw p;
    }

    public static ProblemException problem(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation to report");
        }
        Violation lead = violations.stream().filter(v -> v.kind() != Violation.Kind.INVALID_FIELD).findFirst().orElse(null);
        List<Violation> onFields = violations.stream().filter(v -> v.field() != null).toList();
        ProblemException p;
        if (lead == null) {
            Violation only = violations.get(0);
            p = violations.size() == 1
                    ? ProblemException.invalidField(only.field(), only.text().key(), only.text().args())
                    : ProblemException.keyed(400, "validation", "problem.fields-invalid", violations.size());
            if (violations.size() > 1) {
                onFields.forEach(v -> p.field(v.field(), v.text().key(), v.text().args()));
            }
            return p;
        }
        p = ProblemException.keyed(lead.kind().status, lead.slug(), lead.text().key(), lead.text().args());
        onFields.forEach(v -> p.field(v.field(), v.text().key(), v.text().args()));
        return p;
    }

    /**
     * As {@link #orThrow}, for deciders that collect every broken rule: a refusal with a rule or state violation names
     * them all in its detail ({@code problem.rules-broken}, the texts joined) under the first one's status and slug, and
     * lists each that names a field; field violations alone are the 400 of {@link #problem}.
     */
    public static <T> T orThrowListing(Decision<T> decision) {
        if (decision.allowed()) {
            return decision.change();
        }
        throw listing(decision.violations());
    }

    public static ProblemException listing(List<Violation> violations) {
        Violation lead = violations.stream().filter(v -> v.kind() != Violation.Kind.INVALID_FIELD).findFirst().orElse(null);
        if (lead == null) {
            return problem(violations);
        }
        List<ProblemException.KeyedError> all = violations.stream()
                .map(v -> new ProblemException.KeyedError(v.field(), v.text().key(), v.text().args())).toList();
        ProblemException p = ProblemException.keyed(lead.kind().status, lead.slug(), "problem.rules-broken", ProblemException.joined(all));
        violations.stream().filter(v -> v.field() != null).forEach(v -> p.field(v.field(), v.text().key(), v.text().args()));
        return p;
    }
}
