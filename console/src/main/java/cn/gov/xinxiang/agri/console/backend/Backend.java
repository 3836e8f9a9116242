package cn.gov.xinxiang.agri.console.backend;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Calls the services' APIs on the user's behalf, with the user's own token: the service decides what
 * the user may see and do, exactly as for any other client. Answers are JSON trees (converted to maps
 * and lists for the templates); errors become {@link BackendProblem}.
 */
@ApplicationScoped
public class Backend {

    /** A service's answer: status, ETag, body. */
    public record Reply(int status, String etag, JsonNode json, byte[] bytes, String contentType, String contentDisposition) {
    }

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Inject
    ConsoleConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public String baseUrl(String service) {
        String url = config.services().get(service);
        if (url == null) {
            throw new IllegalArgumentException("no base URL for service " + service + " (agri.console.services." + service + ")");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** GET a JSON document. */
    public JsonNode get(String service, String path, String token) {
        return send(service, "GET", path, token, null, null).json();
    }

    /** GET as maps and lists, for templates. */
    public Object getData(String service, String path, String token) {
        return data(get(service, path, token));
    }

    /** GET raw bytes (an XLSX export). */
    public Reply getRaw(String service, String path, String token) {
        return send(service, "GET", path, token, null, null);
    }

    /** POST or PUT a JSON body (null: none) with an optional If-Match; a fresh Idempotency-Key for POSTs. */
    public Reply write(String service, String method, String path, String token, Object body, String ifMatch) {
        return send(service, method, path, token, body, ifMatch);
    }

    public Object data(JsonNode node) {
        if (node == null || node instanceof NullNode) {
            return null;
        }
        return mapper.convertValue(node, Object.class);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private Reply send(String service, String method, String path, String token, Object body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl(service) + path)).timeout(config.timeout())
                .header("Accept", "application/json, application/problem+json, */*")
                // the services answer problems in Chinese by default; say so, as the pages are Chinese
                .header("Accept-Language", "zh-CN");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (method.equals("POST")) {
            b.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        try {
            if (body != null) {
                b.header("Content-Type", "application/json; charset=UTF-8");
                b.method(method, HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            if (type.contains("json") && r.body().length > 0) {
                json = mapper.readTree(r.body());
            }
            if (r.statusCode() >= 400) {
                throw problem(service, r.statusCode(), json);
            }
            return new Reply(r.statusCode(), r.headers().firstValue("ETag").orElse(null), json, r.body(), type,
                    r.headers().firstValue("Content-Disposition").orElse(null));
        } catch (HttpTimeoutException e) {
            throw new BackendProblem(service, 504, "timeout", "服务在 " + config.timeout().toSeconds() + " 秒内没有应答", List.of());
        } catch (IOException e) {
            throw new BackendProblem(service, 502, "unreachable", "无法连接 " + baseUrl(service), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendProblem(service, 503, "interrupted", null, List.of());
        }
    }

    private static BackendProblem problem(String service, int status, JsonNode json) {
        List<BackendProblem.FieldError> errors = new ArrayList<>();
        String title = null;
        String detail = null;
        if (json != null) {
            title = json.path("title").asText(null);
            detail = json.path("detail").asText(null);
            for (JsonNode e : json.path("errors")) {
                errors.add(new BackendProblem.FieldError(e.path("field").asText(""), e.path("message").asText("")));
            }
        }
        return new BackendProblem(service, status, title, detail, errors);
    }

    /** A query string from name/value pairs, skipping empty values. */
    public static String query(Object... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v != null && !v.toString().isBlank()) {
                m.put(pairs[i].toString(), v.toString());
            }
        }
        if (m.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("?");
        m.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }
}
