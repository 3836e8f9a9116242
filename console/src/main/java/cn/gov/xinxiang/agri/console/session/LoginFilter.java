package cn.gov.xinxiang.agri.console.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.Optional;

/**
 * Every page needs a signed-in user: without a valid token cookie the browser goes to the login page
 * (an htmx request gets HX-Redirect). The login page, static files and the API proxy are open (the
 * proxy forwards the caller's own Authorization header; the services decide).
 */
@Provider
public class LoginFilter implements ContainerRequestFilter {

    @Inject
    Tokens tokens;

    @Inject
    CurrentViewer current;

    @Inject
    SessionCookie cookies;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (path.startsWith("/login") || path.startsWith("/api/") || path.startsWith("/services/") || path.startsWith("/static/")
                || path.startsWith("/webjars/") || path.startsWith("/q/")) {
            return;
        }
        Cookie c = ctx.getCookies().get(SessionCookie.NAME);
        Optional<Viewer> v = c == null || c.getValue().isBlank() ? Optional.empty() : tokens.verify(c.getValue(), new StringBuilder());
        if (v.isPresent()) {
            current.set(v.get());
            return;
        }
        Response.ResponseBuilder r = ctx.getHeaderString("HX-Request") != null
                ? Response.ok().header("HX-Redirect", "/login")
                : Response.seeOther(URI.create("/login"));
        if (c != null) {
            r.cookie(cookies.clear());
        }
        ctx.abortWith(r.build());
    }
}
