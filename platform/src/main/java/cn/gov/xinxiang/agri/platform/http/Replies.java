package cn.gov.xinxiang.agri.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The tail of every command that answers with the changed aggregate: flush first, because the optimistic-lock version
 * (the ETag a client sends back in If-Match) is only incremented when Hibernate writes the row; then the view and the
 * ETag are read from the flushed entity.
 */
@ApplicationScoped
public class Replies {

    @Inject
    EntityManager em;

    /** 200 with the view of the changed aggregate and its new version as ETag. */
    public <T> Response changed(T aggregate, ToLongFunction<T> version, Function<T, ?> view) {
        em.flush();
        return Response.ok(view.apply(aggregate)).tag(ETags.of(version.applyAsLong(aggregate))).build();
    }

    /** 201 with Location, the view of the new aggregate (or new version of one) and its version as ETag. */
    public <T> Response created(URI location, T aggregate, ToLongFunction<T> version, Function<T, ?> view) {
        em.flush();
        return Response.created(location).entity(view.apply(aggregate)).tag(ETags.of(version.applyAsLong(aggregate))).build();
    }

    /** 200 with a stored aggregate's view and its version as ETag: the read that a later If-Match refers to. */
    public static <T> Response read(T aggregate, ToLongFunction<T> version, Function<T, ?> view) {
        return Response.ok(view.apply(aggregate)).tag(ETags.of(version.applyAsLong(aggregate))).build();
    }
}
