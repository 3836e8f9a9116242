package cn.gov.xinxiang.agri.console;

import cn.gov.xinxiang.agri.testing.DevKeys;
import cn.gov.xinxiang.agri.testing.DevTokens;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the console's tests run against: a token key pair and sample users' tokens in a folder, and one
 * plain HTTP server standing in for the four services' APIs (it answers a project page and records every
 * request it gets, so a test can see what the console forwarded).
 */
public class Upstream implements QuarkusTestResourceLifecycleManager {

    public record Seen(String method, String uri, String authorization, String ifMatch, String body) {
    }

    public static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    public static DevTokens tokens;
    public static int port;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("console-test-");
            DevKeys keys = DevKeys.in(dir.resolve("keys"));
            tokens = new DevTokens(keys.privateKey());
            Path users = Files.createDirectories(dir.resolve("tokens"));
            Files.writeString(users.resolve("village-chengguan-1.jwt"), tokens.mint("village-chengguan-1", "village", "410725901201", Duration.ofHours(1)));
            Files.writeString(users.resolve("township-chengguan.jwt"), tokens.mint("township-chengguan", "township", "410725901000", Duration.ofHours(1)));
            Files.writeString(users.resolve("expired.jwt"), tokens.mint("expired", "village", "410725901202", Duration.ofSeconds(-120)));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", ex -> {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                SEEN.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().toString(), ex.getRequestHeaders().getFirst("Authorization"),
                        ex.getRequestHeaders().getFirst("If-Match"), body));
                String path = ex.getRequestURI().getPath();
                byte[] out;
                int status;
                if (ex.getRequestMethod().equals("POST") && path.equals("/api/v1/projects")) {
                    status = 201;
                    ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/api/v1/projects/p1");
                    out = "{\"id\":\"p1\"}".getBytes(StandardCharsets.UTF_8);
                } else if (path.startsWith("/api/v1/projects")) {
                    status = 200;
                    ex.getResponseHeaders().add("ETag", "\"3\"");
                    out = ("{\"items\":[{\"id\":\"0b6e4f00-0000-0000-0000-000000000001\",\"name\":\"城关一村肉羊养殖扶贫车间\",\"status\":\"SUBMITTED\","
                            + "\"statusLabel\":\"村申报\",\"regionCode\":\"410725901201\",\"regionName\":\"城关一村（样例）\"}],\"page\":0,\"size\":5,\"total\":1}")
                            .getBytes(StandardCharsets.UTF_8);
                } else {
                    status = 404;
                    out = "{\"type\":\"urn:agri:problem:not-found\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no such thing\"}"
                            .getBytes(StandardCharsets.UTF_8);
                }
                ex.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
                ex.sendResponseHeaders(status, out.length);
                ex.getResponseBody().write(out);
                ex.close();
            });
            server.start();
            port = server.getAddress().getPort();
            String url = "http://127.0.0.1:" + port;
            return Map.of("mp.jwt.verify.publickey.location", keys.publicKeyPem().toUri().toString(),
                    "mp.jwt.verify.issuer", DevTokens.ISSUER,
                    "agri.console.sample-tokens", users.toString(),
                    "agri.console.secure-cookie", "false",
                    "agri.console.services.project", url, "agri.console.services.asset", url,
                    "agri.console.services.funding", url, "agri.console.services.evaluation", url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
