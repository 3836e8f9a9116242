package cn.gov.xinxiang.agri.platform.decision;

import cn.gov.xinxiang.agri.platform.i18n.Text;

/**
 * One reason a decider refuses a command, as plain data: the service turns it into a problem
 * ({@code platform.problem.Refusals}), so the decider knows nothing of HTTP.
 *
 * @param kind  what was wrong: a field's value (400), the request as a whole (400), the caller's standing (403), a domain
 *              rule (422), the aggregate's state (409), or the version the command names (412, 428)
 * @param slug  the problem type's last segment, e.g. {@code handover-rule}; {@code validation} for a field
 * @param field the request field the violation is about, or null when it is about the command as a whole
 * @param text  the bundle key and its arguments
 */
public record Violation(Kind kind, String slug, String field, Text text) {

    public enum Kind {
        /** A value in the request is wrong: 400 with a field error. */
        INVALID_FIELD(400),
        /** The request as a whole cannot be read (an empty file, a header without the required columns): 400 with its own type. */
        MALFORMED(400),
        /** The caller may not do this here (not their village, not a judge of the round): 403. */
        FORBIDDEN(403),
        /** The request is well-formed but a domain rule forbids it: 422. */
        BROKEN_RULE(422),
        /** The aggregate is not in a state that allows the command (e.g. already accepted): 409. */
        WRONG_STATE(409),
        /** The command names a version or preview that is no longer the current one: 412. */
        STALE(412),
        /** The command must name the version it changes and did not: 428. */
        UNCONDITIONAL(428);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    public Violation {
        if (kind == null || slug == null || text == null) {
            throw new IllegalArgumentException("a violation needs a kind, a slug and a text");
        }
        if (kind == Kind.INVALID_FIELD && field == null) {
            throw new IllegalArgumentException("an invalid-field violation names its field");
        }
    }

    public static Violation field(String field, String key, Object... args) {
        return new Violation(Kind.INVALID_FIELD, "validation", field, new Text(key, args));
    }

    public static Violation rule(String slug, String key, Object... args) {
        return new Violation(Kind.BROKEN_RULE, slug, null, new Text(key, args));
    }

    /** A broken rule that is also reported on a field of the request. */
    public static Violation ruleOn(String slug, String field, String key, Object... args) {
        return new Violation(Kind.BROKEN_RULE, slug, field, new Text(key, args));
    }

    /** The caller's role or region does not allow the command; the problem type is {@code forbidden}. */
    public static Violation forbidden(String key, Object... args) {
        return new Violation(Kind.FORBIDDEN, "forbidden", null, new Text(key, args));
    }

    /** A refusal of the caller's standing that is also reported on a field of the request (e.g. a county outside their region). */
    public static Violation forbiddenOn(String field, String key, Object... args) {
        return new Violation(Kind.FORBIDDEN, "forbidden", field, new Text(key, args));
    }

    /** The request as a whole is unreadable; {@code slug} names the problem type (e.g. {@code empty-import}, {@code bad-header}). */
    public static Violation malformed(String slug, String key, Object... args) {
        return new Violation(Kind.MALFORMED, slug, null, new Text(key, args));
    }

    public static Violation stale(String slug, String key, Object... args) {
        return new Violation(Kind.STALE, slug, null, new Text(key, args));
    }

    public static Violation unconditional(String slug, String key, Object... args) {
        return new Violation(Kind.UNCONDITIONAL, slug, null, new Text(key, args));
    }

    public static Violation state(String slug, String key, Object... args) {
        return new Violation(Kind.WRONG_STATE, slug, null, new Text(key, args));
    }
}
