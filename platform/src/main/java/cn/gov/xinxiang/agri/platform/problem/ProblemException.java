package cn.gov.xinxiang.agri.platform.problem;

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

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String slug, String detail, Problem.FieldError... errors) {
        return new ProblemException(400, slug, "Bad request", detail, List.of(errors));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid input", field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    /** 404 also for rows outside the caller's region, so ids do not leak what exists elsewhere. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist or is outside your region", List.of());
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, List.of());
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "Rule violated", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "stale-write", "Precondition failed", detail, List.of());
    }

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

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, getMessage(), instance, errors);
    }
}
