package cn.gov.xinxiang.agri.localrun;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Loads sample data through the services' public APIs, so every sample record also produced its
 * events. All of it is clearly sample data: sample villages carry （样例） in their names.
 */
final class SampleData {

    private final Map<String, Integer> ports;
    private final Map<String, String> tokens;
    private final java.util.function.Function<String, String> jdbcUrlOfService;
    private final java.nio.file.Path root;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SampleData(java.nio.file.Path root, Map<String, Integer> ports, Map<String, String> tokens,
               java.util.function.Function<String, String> jdbcUrlOfService) {
        this.root = root;
        this.ports = ports;
        this.tokens = tokens;
        this.jdbcUrlOfService = jdbcUrlOfService;
    }

    /**
     * Each service may ship sample SQL in src/main/resources/sample/ (never a production migration):
     * run after the service has migrated its schema. Such rows bypass the outbox, so other services'
     * read models do not learn of them; the records created through the APIs below do.
     */
    void loadSqlSamples() throws Exception {
        // asset-service builds its sample custody chains in Java (hashes): it loads its own sample
        // when started with AGRI_ASSET_SAMPLE_DATA_ENABLED=true, see LocalSuite.
        for (String service : List.of("project-service", "funding-service")) {
            java.nio.file.Path dir = root.resolve(service).resolve("src/main/resources/sample");
            if (!java.nio.file.Files.isDirectory(dir)) {
                continue;
            }
            List<java.nio.file.Path> scripts;
            try (var files = java.nio.file.Files.list(dir)) {
                scripts = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
            }
            for (java.nio.file.Path script : scripts) {
                LocalSuite.say("Sample data: " + root.relativize(script));
                try (var c = java.sql.DriverManager.getConnection(jdbcUrlOfService.apply(service), "postgres", "postgres");
                     var st = c.createStatement()) {
                    st.execute(java.nio.file.Files.readString(script, StandardCharsets.UTF_8));
                }
            }
        }
    }

    void load() throws Exception {
        LocalSuite.say("Loading sample data ...");
        loadSqlSamples();
        post("project-service", "/api/v1/projects", "village-chengguan-1", """
                {"name": "城关一村肉羊养殖扶贫车间（样例）", "fiscalYear": 2025, "regionCode": "410725901201", "industryCategory": "SPECIALTY_FARMING"}""");
        post("project-service", "/api/v1/projects", "village-chengguan-2", """
                {"name": "城关二村预制菜原料基地（样例）", "fiscalYear": 2025, "regionCode": "410725901202", "industryCategory": "GREEN_FOOD"}""");
        post("project-service", "/api/v1/projects", "village-dongtun-1", """
                {"name": "东屯一村优质小麦订单收购（样例）", "fiscalYear": 2025, "regionCode": "410726901201", "industryCategory": "SPECIALTY_FARMING"}""");
        loadProgrammes();
        LocalSuite.say("Sample data loaded.");
    }

    /**
     * The seed's programmes (operating entities and consortia of 原阳, 延津 and 辉县) from project-service's
     * sample/sample-programmes.json, each step as the sample user of its role and region, through the API so
     * every record publishes its event. project-service's SeedProgrammesTest loads the same file.
     */
    void loadProgrammes() throws Exception {
        java.nio.file.Path file = root.resolve("project-service/src/main/resources/sample/sample-programmes.json");
        LocalSuite.say("Sample data: " + root.relativize(file));
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        for (var step : doc.get("steps")) {
            String role = step.at("/as/role").asText();
            String region = step.at("/as/region").asText();
            String user = SampleUsers.ALL.stream().filter(u -> u.role().equals(role) && u.region().equals(region) && u.scope() == null)
                    .map(SampleUsers.User::name).findFirst()
                    .orElseThrow(() -> new IllegalStateException("sample data: no sample user is " + role + " at " + region));
            send(step.get("method").asText(), "project-service", step.get("path").asText(), user, step.get("body").toString());
        }
    }

    String post(String service, String path, String user, String json) throws Exception {
        return send("POST", service, path, user, json);
    }

    String send(String method, String service, String path, String user, String json) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.get(user))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("sample data: " + method + " " + service + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
