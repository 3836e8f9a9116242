package cn.gov.xinxiang.agri.localrun;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Loads sample data through the services' public APIs, so every sample record also produced its
 * events. All of it is clearly sample data: sample villages carry （样例） in their names.
 */
final class SampleData {

    private final Map<String, Integer> ports;
    private final Map<String, String> tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SampleData(Map<String, Integer> ports, Map<String, String> tokens) {
        this.ports = ports;
        this.tokens = tokens;
    }

    void load() throws Exception {
        LocalSuite.say("Loading sample data ...");
        post("project-service", "/api/v1/projects", "village-chengguan-1", """
                {"name": "城关一村肉羊养殖扶贫车间（样例）", "fiscalYear": 2025, "regionCode": "410725101201", "industryCategory": "SPECIALTY_FARMING"}""");
        post("project-service", "/api/v1/projects", "village-chengguan-2", """
                {"name": "城关二村预制菜原料基地（样例）", "fiscalYear": 2025, "regionCode": "410725101202", "industryCategory": "GREEN_FOOD"}""");
        post("project-service", "/api/v1/projects", "village-dongtun-1", """
                {"name": "东屯一村优质小麦订单收购（样例）", "fiscalYear": 2025, "regionCode": "410726101201", "industryCategory": "SPECIALTY_FARMING"}""");
        LocalSuite.say("Sample data loaded.");
    }

    String post(String service, String path, String user, String json) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.get(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("sample data: POST " + service + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
