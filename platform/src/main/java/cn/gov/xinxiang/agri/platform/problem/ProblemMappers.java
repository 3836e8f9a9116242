package cn.gov.xinxiang.agri.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import cn.gov.xinxiang.agri.platform.i18n.Messages;
import cn.gov.xinxiang.agri.platform.i18n.RequestLanguage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Every error leaves the service as problem+json: the offending fields for bad input, no stack
 * traces, and never a 500 for something the caller can fix.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri), RequestLanguage.current()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : text("problem.fields-invalid", errors.size());
        return respond(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid input", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String detail = field.isEmpty() ? text("problem.body-not-json") : text("problem.field-wrong-type", field);
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, text("problem.wrong-type")));
        return respond(new Problem(Problem.TYPE_PREFIX + "malformed-json", "Malformed request body", 400, detail, path(uri), errors));
    }

    /** Takes precedence over Quarkus's own mapper for wrong types and unknown enum values. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "forbidden", "Forbidden", 403,
                text("problem.role-may-not"), path(uri), List.of()));
    }

    /** A unique or foreign-key constraint refused the write: two requests raced for the same thing. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String name = e.getConstraintName() == null ? "a database constraint" : e.getConstraintName();
        return respond(new Problem(Problem.TYPE_PREFIX + "duplicate", "Conflict", 409,
                text("problem.conflicts-with-data", name), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleWrite(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleWrite(uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps what it could not parse
            return json(json, uri);
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        String reason = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> text("problem.no-resource");
            case 405 -> text("problem.method-not-allowed");
            case 406 -> text("problem.not-acceptable");
            case 415 -> text("problem.unsupported-media-type");
            default -> reason;
        };
        return respond(new Problem(Problem.TYPE_PREFIX + reason.toLowerCase().replace(' ', '-'), reason, status, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        String ref = UUID.randomUUID().toString();
        LOG.errorf(e, "unhandled error, reference %s", ref);
        return respond(new Problem(Problem.TYPE_PREFIX + "internal", "Internal error", 500,
                text("problem.internal", ref), path(uri), List.of()));
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(localizedTitle(new Problem(Problem.TYPE_PREFIX + "unauthenticated", "Unauthenticated", 401,
                        text("problem.token-required"), path(uri), List.of())))
                .build();
    }

    private Response staleWrite(UriInfo uri) {
        return respond(new Problem(Problem.TYPE_PREFIX + "concurrent-update", "Conflict", 409,
                text("problem.concurrent-update"), path(uri), List.of()));
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(localizedTitle(p)).build();
    }

    /** The title in the caller's language: per problem type ({@code problem.title.<slug>}), else per status. */
    static Problem localizedTitle(Problem p) {
        Messages m = Messages.get();
        String slug = p.type().startsWith(Problem.TYPE_PREFIX) ? p.type().substring(Problem.TYPE_PREFIX.length()) : p.type();
        String key = m.has("problem.title." + slug) ? "problem.title." + slug : "problem.title." + p.status();
        if (!m.has(key)) {
            return p;
        }
        return new Problem(p.type(), m.text(RequestLanguage.current(), key), p.status(), p.detail(), p.instance(), p.errors());
    }

    private static String text(String key, Object... args) {
        return Messages.get().text(RequestLanguage.current(), key, args);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /**
     * "create.body.investment.total" becomes "investment.total": the caller knows no method or body
     * parameter names. A violation on a query or path parameter keeps that parameter's name.
     */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                parts.clear();
                parameter = node.getKind() == ElementKind.PARAMETER ? node.getName() : "";
                continue;
            }
            // Hibernate Validator puts a list index on the node *after* the list: items[0].code
            // arrives as "items", then "code" with index 0.
            if (node.isInIterable() && !parts.isEmpty()) {
                String index = node.getIndex() != null ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : "[]";
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            String name = node.getName();
            parts.add(name);
        }
        return parts.isEmpty() ? parameter : String.join(".", parts);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
