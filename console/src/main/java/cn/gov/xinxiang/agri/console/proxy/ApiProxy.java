package cn.gov.xinxiang.agri.console.proxy;

import cn.gov.xinxiang.agri.console.backend.Backend;
import cn.gov.xinxiang.agri.console.backend.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * Forwards a request to the service that owns its path, as it came: method, path, query, body and the
 * caller's own Authorization (the console adds no credentials, so a front end on this origin is as
 * authorised as its token, and a cookie-only browser request reaches no API). Answers come back with
 * status, body and the headers a client uses; a Location pointing at the service points here instead.
 */
@ApplicationScoped
public class ApiProxy {

    static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept", "Accept-Language", "If-Match",
            "If-None-Match", "Idempotency-Key");
    static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Content-Disposition", "Retry-After", "Cache-Control");

    @Inject
    ConsoleConfig config;

    @Inject
    Backend backend;

    private RoutingTable table;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    RoutingTable table() {
        if (table == null) {
            table = RoutingTable.parse(config.routes(), config.services());
        }
        return table;
    }

    /** /api/v1/... routed by the table. */
    public Response routed(String method, String path, UriInfo uri, HttpHeaders headers, byte[] body) {
        Optional<String> service = table().serviceFor(path, uri.getQueryParameters().getFirst("key"));
        if (service.isEmpty()) {
            return Response.status(404).type("application/problem+json")
                    .entity("{\"type\":\"urn:agri:problem:not-found\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no service owns /api/v1/"
                            + path.replace("\"", "") + "\"}").build();
        }
        return forward(service.get(), method, "/api/v1/" + path, uri, headers, body, "");
    }

    /** /services/{service}/... for what every service has (dead letters, test clock). */
    public Response direct(String service, String method, String path, UriInfo uri, HttpHeaders headers, byte[] body) {
        if (!config.services().containsKey(service)) {
            return Response.status(404).build();
        }
        return forward(service, method, "/" + path, uri, headers, body, "/services/" + service);
    }

    private Response forward(String service, String method, String path, UriInfo uri, HttpHeaders headers, byte[] body, String mount) {
        String query = uri.getRequestUri().getRawQuery();
        String base = backend.baseUrl(service);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path + (query == null ? "" : "?" + query))).timeout(config.timeout());
        for (String h : REQUEST_HEADERS) {
            String v = headers.getHeaderString(h);
            if (v != null) {
                b.header(h, v);
            }
        }
        b.method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            Response.ResponseBuilder out = Response.status(r.statusCode());
            if (r.body().length > 0) {
                out.entity(r.body());
            }
            for (String h : RESPONSE_HEADERS) {
                r.headers().firstValue(h).ifPresent(v -> out.header(h, v));
            }
            r.headers().firstValue("Location").ifPresent(l -> {
                String origin = uri.getBaseUri().toString().replaceAll("/$", "");
                out.header("Location", l.startsWith(base) ? origin + mount + l.substring(base.length()) : l);
            });
            return out.build();
        } catch (IOException e) {
            return Response.status(502).type("application/problem+json").entity("{\"type\":\"urn:agri:problem:bad-gateway\",\"title\":\"Bad Gateway\","
                    + "\"status\":502,\"detail\":\"" + service + " did not answer\"}").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.status(503).build();
        }
    }
}
