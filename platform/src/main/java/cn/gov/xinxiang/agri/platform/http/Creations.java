package cn.gov.xinxiang.agri.platform.http;

import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The POST that creates one resource below the request's path: run once per caller and {@code Idempotency-Key}
 * ({@link Idempotency}), answered 201 with Location {@code <request path>/<id>} and the new resource's view. Must be
 * called in the transaction that makes the change.
 */
@ApplicationScoped
public class Creations {

    @Inject
    Idempotency idempotency;
    @Inject
    CurrentUser user;
    @Inject
    UriInfo uri;

    /**
     * @param idempotencyKey the request's {@value Idempotency#HEADER}, or null
     * @param request        the body, whose hash tells a replay from a reuse of the key
     * @param create         makes the resource (the service's command)
     * @param id             the path segment of the new resource
     * @param view           its representation
     */
    public <T> Response create(String idempotencyKey, Object request, Supplier<T> create, Function<T, ?> id, Function<T, ?> view) {
        return idempotency.create(user.subject(), idempotencyKey, request, () -> {
            T created = create.get();
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(String.valueOf(id.apply(created))).build(), view.apply(created));
        });
    }
}
