package cn.gov.xinxiang.agri.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A thin java.net.http wrapper: one request, its status, body and headers. */
final class Http {

    record Reply(int status, String body, HttpResponse<String> raw) {
        boolean ok() {
            return status / 100 == 2;
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        Reply require(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " answered " + status + ": " + (body.length() > 2000 ? body.substring(0, 2000) : body));
            }
            return this;
        }
    }

    final HttpClient client;

    Http() {
        // HTTP/1.1 keep-alive: a closed-loop worker keeps its connection, as wrk does.
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    Reply send(String method, String url, String token, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String url, String token) {
        return send("GET", url, token, null, null, Map.of());
    }

    Reply postJson(String url, String token, String json) {
        return send("POST", url, token, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
