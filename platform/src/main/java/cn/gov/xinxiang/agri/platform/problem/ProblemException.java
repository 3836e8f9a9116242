package cn.gov.xinxiang.agri.platform.problem;

import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.i18n.Messages;
import cn.gov.xinxiang.agri.platform.i18n.RequestLanguage;

import java.util.ArrayList;
import java.util.List;

/**
 * A request the service understood and refused. Thrown by domain and application code; rendered as
 * problem+json by {@link ProblemMappers}. Nothing is stored when it escapes a transaction.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    /** Where the detail comes from a bundle: its key and arguments (rendered in the caller's language). */
    private final String key;
    private final Object[] args;
    private final List<KeyedError> keyedErrors = new ArrayList<>();

    /** A field error whose message is a bundle text. */
    public record KeyedError(String field, String key, Object[] args) {
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? new ArrayList<>() : new ArrayList<>(errors);
        this.key = null;
        this.args = null;
    }

    private ProblemException(int status, String slug, String key, Object[] args) {
        super(Messages.get().text(Language.EN, key, Localized.resolve(Language.EN, args)));
        this.status = status;
        this.slug = slug;
        this.title = null;
        this.errors = new ArrayList<>();
        this.key = key;
        this.args = args;
    }

    /**
     * A problem whose detail is the bundle text {@code key} (i18n/messages_{zh,en}.properties), in the
     * caller's Accept-Language. The title follows the status ({@code problem.title.<status>}).
     */
    public static ProblemException keyed(int status, String slug, String key, Object... args) {
        return new ProblemException(status, slug, key, args);
    }

    /** Adds a field error whose message is the bundle text {@code key}. */
    public ProblemException field(String field, String key, Object... args) {
        keyedErrors.add(new KeyedError(field, key, args));
        return this;
    }

    /** Adds field errors whose messages are bundle texts. */
    public ProblemException fields(List<KeyedError> more) {
        keyedErrors.addAll(more);
        return this;
    }

    /** Adds field errors already written (e.g. by {@link #fieldError}). */
    public ProblemException errors(List<Problem.FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /**
     * 400 {@code validation} on one field whose message is the bundle text {@code key}; the detail is
     * "field: message", as {@link #invalid} writes it.
     */
    public static ProblemException invalidField(String field, String key, Object... args) {
        return keyed(400, "validation", "problem.field-message", field, Localized.text(key, args)).field(field, key, args);
    }

    /**
     * A field error whose message is the bundle text {@code key} rendered now, in the language of the
     * request being served: for code that collects errors before it knows whether it will refuse.
     */
    public static Problem.FieldError fieldError(String field, String key, Object... args) {
        Language l = RequestLanguage.current();
        return new Problem.FieldError(field, Messages.get().text(l, key, Localized.resolve(l, args)));
    }

    /**
     * 400 {@code validation} listing field errors: the detail is "field: message" for one, else
     * the count ({@code problem.fields-invalid}).
     */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        ProblemException p = errors.size() == 1
                ? keyed(400, "validation", "problem.field-message", errors.get(0).field(), errors.get(0).message())
                : keyed(400, "validation", "problem.fields-invalid", errors.size());
        return p.errors(errors);
    }

    /**
     * The messages of keyed field errors joined into one text (for the detail of a refusal listing several
     * broken rules), in the reader's language.
     */
    public static Localized joined(List<KeyedError> errors) {
        return l -> String.join(Messages.get().text(l, "problem.list-separator"),
                errors.stream().map(e -> Messages.get().text(l, e.key(), Localized.resolve(l, e.args()))).toList());
    }

    /** The refusals of the contracts module's acceptance rule as keyed field errors. */
    public static List<KeyedError> fieldsOf(List<AcceptanceRules.Refusal> refusals) {
        return refusals.stream().map(r -> new KeyedError(r.field(), r.key(), r.arguments())).toList();
    }

    /** A bundle text rendered now, in the language of the request being served. */
    public static String text(String key, Object... args) {
        Language l = RequestLanguage.current();
        return Messages.get().text(l, key, Localized.resolve(l, args));
    }

    // Free-text factories below: the detail is written once, in one language. Every call site in the
    // services now uses keyed(...)/invalidField(...); FreeTextProblemsTest fails the build on a new one.

    @Deprecated
    public static ProblemException badRequest(String slug, String detail, Problem.FieldError... errors) {
        return new ProblemException(400, slug, "Bad request", detail, List.of(errors));
    }

    @Deprecated
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid input", field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    /** 404 also for rows outside the caller's region, so ids do not leak what exists elsewhere. */
    public static ProblemException notFound(String what, Object id) {
        return keyed(404, "not-found", "problem.not-found", Localized.noun(what), id);
    }

    @Deprecated
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, List.of());
    }

    @Deprecated
    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "Rule violated", detail, List.of());
    }

    @Deprecated
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }


    @Deprecated
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "stale-write", "Precondition failed", detail, List.of());
    }

    @Deprecated
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The field errors still to be rendered in the reader's language. */
    public List<KeyedError> keyedErrors() {
        return List.copyOf(keyedErrors);
    }

    public List<Problem.FieldError> errors() {
        return toProblem(null, Language.EN).errors();
    }

    public Problem toProblem(String instance) {
        return toProblem(instance, Language.EN);
    }

    /** The problem in a language: bundle texts rendered in it; free texts (older call sites) as written. */
    public Problem toProblem(String instance, Language language) {
        Messages m = Messages.get();
        String detail = key == null ? getMessage() : m.text(language, key, Localized.resolve(language, args));
        List<Problem.FieldError> all = new ArrayList<>(errors);
        for (KeyedError e : keyedErrors) {
            all.add(new Problem.FieldError(e.field(), m.text(language, e.key(), Localized.resolve(language, e.args()))));
        }
        String t = title != null ? title : "";
        return new Problem(Problem.TYPE_PREFIX + slug, t, status, detail, instance, all);
    }
}
