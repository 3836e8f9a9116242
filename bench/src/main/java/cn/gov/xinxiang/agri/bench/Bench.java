package cn.gov.xinxiang.agri.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bench: starts the suite as the local run does, generates the data set through the services' bulk paths,
 * measures the hot endpoints with a closed-loop load generator at 8 and 32 connections, the raw JDBC ceilings on the
 * same PostgreSQL, the event lag under a steady write load, each service's start time and RSS, and writes
 * {@code bench/results/<date>.md|json|svg}. Everything it started is stopped at the end, also on failure.
 */
public final class Bench {

    /** How much data. {@code incomeAssets}: operating assets that get four half-years of income inventories. */
    record Scale(String name, int households, int projects, int assets, int incomeAssets, String note) {
        static Scale of(String name) {
            return switch (name) {
                // a fifth of the city, so data generation and the event backlog fit the ~20 min run on 2 cores
                case "reduced" -> new Scale("reduced", 20_000, 4_000, 10_000, 2_000,
                        "a fifth of city scale, for a quick look (~20 minutes on 2 cores)");
                case "city" -> new Scale("city", 100_000, 20_000, 50_000, 35_000, "Xinxiang: 100k households, 20k projects over five years, 50k assets");
                // 832 counties' worth of Xinxiang-sized data, on Xinxiang's divisions; stops where the disk says so
                case "national" -> new Scale("national", 10_000_000, 2_000_000, 5_000_000, 500_000,
                        "832 counties' worth: ~10M households, ~5M assets, as far as the disk allows");
                default -> throw new IllegalArgumentException("--scale reduced|city|national, not " + name);
            };
        }
    }

    static final int[] CONNECTIONS = {8, 32};

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Map<String, String> opts = options(args);
        Scale scale = Scale.of(opts.getOrDefault("scale", "city"));
        // --reuse: measure again on the data set a previous run of the same scale left in bench/target/bench-data
        // (generation at city scale is most of the run); the services migrate it to the current schema on start.
        boolean reuse = opts.containsKey("reuse");
        // --generate-only: make the data set and stop, so that generation (most of a city run, and no measurement)
        // can share the machine and a later --reuse run measures on quiet cores.
        generateOnly = opts.containsKey("generate-only");
        Duration duration = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("duration", "10")));
        // 10 s: with the full tiered JIT the first seconds of an endpoint measure C2 compiling, not the service (city run 1: read by id
        // 566/s at c=8 after a 3 s warm-up, 1,486/s at c=32 once warm)
        Duration warmup = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("warmup", "10")));
        Path root = Path.of("").toAbsolutePath();
        Path data = root.resolve("bench/target/bench-data");
        if (reuse && !Files.exists(data.resolve(GENERATED))) {
            say("--reuse: no data set in " + root.relativize(data) + " (no " + GENERATED + "), so this run generates one");
            reuse = false;
        }
        if (!reuse) {
            deleteTree(data);
        }
        Files.createDirectories(data);
        Instant began = Instant.now();
        say("Bench at scale " + scale.name() + " (" + scale.note() + "), " + duration.toSeconds() + " s per endpoint and connection count");
        int exit = 0;
        try (Suite suite = new Suite(root, data)) {
            suite.start();
            new Bench(suite, root, scale, duration, warmup, began).run(reuse);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        }
        say(exit == 0 ? "Done; PostgreSQL, Kafka and the services are stopped." : "Failed; PostgreSQL, Kafka and the services are stopped.");
        System.exit(exit);
    }

    private final Suite suite;
    private final Path root;
    private final Scale scale;
    private final Duration duration;
    private final Duration warmup;
    private final Instant began;
    private final Http http = new Http();
    private final ObjectMapper json = new ObjectMapper();
    private final String city;
    private Regions regions;
    private final List<Load.Result> results = new ArrayList<>();
    private final Map<String, Double> rssIdle = new LinkedHashMap<>();
    private final Map<String, Double> rssLoadMax = new LinkedHashMap<>();
    private volatile boolean sampling;

    private Bench(Suite suite, Path root, Scale scale, Duration duration, Duration warmup, Instant began) {
        this.suite = suite;
        this.root = root;
        this.scale = scale;
        this.duration = duration;
        this.warmup = warmup;
        this.began = began;
        this.city = suite.token("bench-city", "city", "410700000000", null);
    }

    static final String GENERATED = "generated.json";
    private static boolean generateOnly;

    private void run(boolean reuse) throws Exception {
        regions = Regions.load(root);
        Thread.sleep(5000);
        rssIdle.putAll(suite.rssMb());
        say("RSS idle after start (MB): " + rssIdle);

        DataGen gen = new DataGen(suite, regions, scale);
        Path generated = suite.data.resolve(GENERATED);
        if (reuse) {
            @SuppressWarnings("unchecked")
            Map<String, Object> before = json.readValue(generated.toFile(), Map.class);
            if (!scale.name().equals(before.get("scale"))) {
                throw new IllegalStateException("--reuse: the data set on disk is of scale " + before.get("scale") + ", not " + scale.name());
            }
            gen.reached.putAll(before);
            gen.reached.put("reusedFrom", before.get("generatedAt"));
            say("Reusing the data set generated at " + before.get("generatedAt") + ": " + before);
            suite.awaitDrained(Duration.ofMinutes(20));
        } else {
            long g0 = System.nanoTime();
            gen.run();
            double genSeconds = (System.nanoTime() - g0) / 1e9;
            say("Waiting for the events of the data set to reach every consumer ...");
            double drain = suite.awaitDrained(Duration.ofMinutes(30));
            gen.reached.put("generationSeconds", Load.round(genSeconds));
            gen.reached.put("eventDrainSeconds", Load.round(drain));
            Map<String, Object> marker = new LinkedHashMap<>(gen.reached);
            marker.put("scale", scale.name());
            marker.put("generatedAt", Instant.now().toString());
            json.writeValue(generated.toFile(), marker);
            if (generateOnly) {
                say("Data set generated: " + marker + "; measure it with --reuse");
                return;
            }
        }
        Map<String, Double> rssAfterData = suite.rssMb();
        say("RSS after data generation (MB): " + rssAfterData);

        List<String> counties = regions.counties.stream().filter(c -> !c.functionalZone()).map(c -> c.code().substring(0, 6)).toList();
        Raw raw = new Raw(suite, counties);
        raw.prepare();

        Thread sampler = startRssSampler();
        try {
            for (int c : CONNECTIONS) {
                results.add(raw.insert(c, warmup, duration));
                results.add(raw.read(c, warmup, duration));
                results.add(raw.list(c, warmup, duration));
            }
            endpoints(counties);
        } finally {
            sampling = false;
            sampler.join();
        }
        say("Waiting for the events of the load to reach every consumer ...");
        suite.awaitDrained(Duration.ofMinutes(10));
        Map<String, Object> lag = eventLag();

        Map<String, Object> counts = counts();
        Report report = new Report(root, began, scale, duration, results, gen.reached, counts, lag, suite.startSeconds, rssIdle, rssAfterData, rssLoadMax);
        report.jvmFlags = suite.jvmFlags();
        report.warmup = warmup;
        report.write();
    }

    private Thread startRssSampler() {
        sampling = true;
        Thread t = new Thread(() -> {
            while (sampling) {
                suite.rssMb().forEach((k, v) -> rssLoadMax.merge(k, v, Math::max));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private List<String> ids(String db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = suite.connect(db); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no rows for: " + sql);
        }
        return out;
    }

    private static <T> T any(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    private void endpoints(List<String> counties) throws Exception {
        List<String> projectIds = ids("project", "select id::text from project");
        List<String> assetIds = ids("asset", "select id::text from asset");
        List<String> villages = regions.villages.stream().map(Regions.Region::code).toList();
        String service = suite.token("bench-monitoring", "service", "410700000000", "project:households:write project:read");
        AtomicLong householdSeq = new AtomicLong();

        // county evaluation drafts, one per county: a worker recomputes its own (If-Match), so no two fight over one
        List<String[]> drafts = new ArrayList<>();
        for (String county : counties) {
            Http.Reply r = http.postJson(suite.url("evaluation-service", "/api/v1/evaluations"), city,
                    "{\"subjectType\":\"COUNTY\",\"subjectId\":\"" + county + "000000\",\"fiscalYear\":2025}").require("create county evaluation");
            String id = json.readTree(r.body()).get("id").asText();
            // the create answers without an ETag: read it from the resource
            String etag = http.get(suite.url("evaluation-service", "/api/v1/evaluations/" + id), city).require("read county evaluation").header("ETag");
            drafts.add(new String[]{id, etag});
        }

        for (int c : CONNECTIONS) {
            results.add(Load.run("read project by id", "api", c, warmup, duration, 1, (w, i) ->
                    check(http.get(suite.url("project-service", "/api/v1/projects/" + any(projectIds)), city))));
            results.add(Load.run("list page (year + county, 20)", "api", c, warmup, duration, 1, (w, i) ->
                    check(http.get(suite.url("project-service", "/api/v1/projects?fiscalYear=" + (2021 + ThreadLocalRandom.current().nextInt(5))
                            + "&regionCode=" + any(counties) + "000000&size=20"), city))));
            results.add(Load.run("ledger totals, county", "api", c, warmup, duration, 1, (w, i) ->
                    check(http.get(suite.url("asset-service", "/api/v1/ledger?regionCode=" + any(counties) + "000000"), city))));
            results.add(Load.run("ledger totals, city", "api", c, warmup, duration, 1, (w, i) ->
                    check(http.get(suite.url("asset-service", "/api/v1/ledger"), city))));
            results.add(Load.run("asset custody verify", "api", c, warmup, duration, 1, (w, i) ->
                    check(http.get(suite.url("asset-service", "/api/v1/assets/" + any(assetIds) + "/custody/verify"), city))));
            int rc = Math.min(c, drafts.size());
            results.add(Load.run("county evaluation recompute", "api", rc, warmup, duration, 1, (w, i) -> {
                String[] d = drafts.get(w);
                Http.Reply r = http.send("POST", suite.url("evaluation-service", "/api/v1/evaluations/" + d[0] + "/recompute"), city, null, null,
                        Map.of("If-Match", d[1]));
                if (r.ok()) {
                    d[1] = r.header("ETag");
                }
                return check(r);
            }));
        }
        // publish the county evaluations so that the city overview has grades to show
        for (String[] d : drafts) {
            Http.Reply p = http.send("POST", suite.url("evaluation-service", "/api/v1/evaluations/" + d[0] + "/publish"), city, null, null,
                    Map.of("If-Match", d[1]));
            if (!p.ok()) {
                say("  publishing county evaluation " + d[0] + " answered " + p.status() + ": " + Load.abbreviate(p.body()));
            }
        }
        for (int c : CONNECTIONS) {
            results.add(Load.run("city overview", "api", c, warmup, duration, 1, (w, i) ->
                    check(http.get(suite.url("evaluation-service", "/api/v1/overview?fiscalYear=2025"), city))));
        }
        // writes last: their events should not slow the reads above
        for (int c : CONNECTIONS) {
            results.add(Load.run("create draft project", "api", c, warmup, duration, 1, (w, i) -> {
                String v = villages.get((w * 131 + (int) i) % villages.size());
                return check(http.postJson(suite.url("project-service", "/api/v1/projects"), suite.villageToken(v),
                        "{\"name\":\"压测项目" + w + "-" + i + "\",\"fiscalYear\":2025,\"regionCode\":\"" + v + "\",\"industryCategory\":\"SPECIALTY_FARMING\"}"));
            }));
            int rows = 200;
            results.add(Load.run("household bulk upsert (200 a call)", "api", c, warmup, duration, rows, (w, i) -> {
                StringBuilder b = new StringBuilder("{\"households\":[");
                long base = householdSeq.getAndAdd(rows);
                for (int k = 0; k < rows; k++) {
                    int n = (int) (base + k);
                    if (k > 0) {
                        b.append(',');
                    }
                    // numbers past the generated ones: every row is a new household
                    b.append(DataGen.household(villages.get(n % villages.size()), 50_000 + n / villages.size(), n));
                }
                b.append("]}");
                return check(http.postJson(suite.url("project-service", "/api/v1/households/bulk-upsert"), service, b.toString()));
            }));
        }
    }

    private static boolean check(Http.Reply r) {
        if (!r.ok()) {
            throw new IllegalStateException(r.status() + " " + Load.abbreviate(r.body()));
        }
        return true;
    }

    /**
     * Event lag under a steady write load: drafts created at a fixed rate for a while; for each, the time from the
     * outbox append (project-service, in the transaction of the draft) to the consumer's inbox row in
     * evaluation-service (written in the transaction of the read-model change).
     */
    private Map<String, Object> eventLag() throws Exception {
        int rate = 20;
        int seconds = (int) Math.max(20, duration.toSeconds() * 2);
        List<String> villages = regions.villages.stream().map(Regions.Region::code).toList();
        Instant from = Instant.now().minusSeconds(1);
        say("Event lag: " + rate + " drafts/s for " + seconds + " s (project.drafted.v1: project-service outbox -> evaluation-service inbox) ...");
        long period = 1_000_000_000L / rate;
        long t0 = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        // four senders share the schedule, so one slow answer does not hold the rate back
        for (int s = 0; s < 4; s++) {
            int sender = s;
            Thread t = new Thread(() -> {
                for (long k = sender; ; k += 4) {
                    long due = t0 + k * period;
                    if (due - t0 >= seconds * 1_000_000_000L) {
                        return;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    String v = villages.get((int) (k * 17 % villages.size()));
                    Http.Reply r = http.postJson(suite.url("project-service", "/api/v1/projects"), suite.villageToken(v),
                            "{\"name\":\"时延项目" + k + "\",\"fiscalYear\":2025,\"regionCode\":\"" + v + "\",\"industryCategory\":\"GREEN_FOOD\"}");
                    if (r.ok()) {
                        sent.incrementAndGet();
                    }
                }
            });
            t.start();
            senders.add(t);
        }
        for (Thread t : senders) {
            t.join();
        }
        Map<String, Instant> appended = new HashMap<>();
        try (Connection c = suite.connect("project");
             PreparedStatement ps = c.prepareStatement("select id::text, occurred_at from outbox_event where type like '%project.drafted.v1' and occurred_at >= ?")) {
            ps.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    appended.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        Histogram h = new Histogram(3_600_000_000L, 3);
        int seen = 0;
        long deadline = System.nanoTime() + 60_000_000_000L;
        Map<String, Instant> received = new HashMap<>();
        while (System.nanoTime() < deadline) {
            received.clear();
            try (Connection c = suite.connect("evaluation");
                 PreparedStatement ps = c.prepareStatement("select event_id, received_at from inbox_event where event_type like '%project.drafted.v1' and received_at >= ?")) {
                ps.setTimestamp(1, Timestamp.from(from));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        received.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
            }
            if (received.keySet().containsAll(appended.keySet())) {
                break;
            }
            Thread.sleep(1000);
        }
        for (var e : appended.entrySet()) {
            Instant r = received.get(e.getKey());
            if (r != null) {
                seen++;
                h.recordValue(Math.max(1, Duration.between(e.getValue(), r).toNanos() / 1000));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ratePerSecond", rate);
        m.put("seconds", seconds);
        m.put("created", sent.get());
        m.put("events", appended.size());
        m.put("consumed", seen);
        m.put("p50Ms", Load.round(h.getValueAtPercentile(50) / 1000.0));
        m.put("p99Ms", Load.round(h.getValueAtPercentile(99) / 1000.0));
        m.put("maxMs", Load.round(h.getMaxValue() / 1000.0));
        say("Event lag: " + m);
        return m;
    }

    private Map<String, Object> counts() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        String[][] q = {
                {"project", "select count(*) from project", "projects"},
                {"project", "select count(*) from household", "households"},
                {"asset", "select count(*) from asset", "assets"},
                {"asset", "select count(*) from custody_entry", "custodyEntries"},
                {"asset", "select count(*) from income_inventory", "incomeInventories"},
                {"evaluation", "select count(*) from observed_project", "evaluationObservedProjects"},
                {"evaluation", "select count(*) from inbox_event", "evaluationInboxEvents"}};
        for (String[] x : q) {
            try (Connection c = suite.connect(x[0]); var st = c.createStatement(); ResultSet rs = st.executeQuery(x[1])) {
                rs.next();
                m.put(x[2], rs.getLong(1));
            } catch (Exception e) {
                m.put(x[2], "n/a (" + e.getMessage() + ")");
            }
        }
        try (Connection c = suite.connect("postgres"); var st = c.createStatement();
             ResultSet rs = st.executeQuery("select datname, pg_database_size(datname) from pg_database where datname in ('project','asset','funding','evaluation')")) {
            while (rs.next()) {
                m.put("dbMb." + rs.getString(1), rs.getLong(2) / (1024 * 1024));
            }
        }
        return m;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String k = args[i].substring(2);
                if (k.contains("=")) {
                    m.put(k.substring(0, k.indexOf('=')), k.substring(k.indexOf('=') + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    m.put(k, args[++i]);
                } else {
                    m.put(k, "true");
                }
            }
        }
        return m;
    }

    static void say(String line) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
