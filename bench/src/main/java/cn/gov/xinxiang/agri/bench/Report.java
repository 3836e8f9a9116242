package cn.gov.xinxiang.agri.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes bench/results/<date>.md (tables, targets), .json (every figure) and .svg (latency percentiles and throughput). */
final class Report {

    /** API endpoint → its raw ceiling and the share of it that is the target. */
    static final Map<String, Object[]> CEILINGS = Map.of(
            "create draft project", new Object[]{"raw: project + outbox insert", 0.40},
            "read project by id", new Object[]{"raw: primary-key read (1M rows)", 0.25},
            "list page (year + county, 20)", new Object[]{"raw: 20-row page, county + year (1M)", 0.30});
    static final List<String> P99_UNDER_100 = List.of("ledger totals, county", "ledger totals, city", "county evaluation recompute");

    private final Path root;
    private final Instant began;
    private final Bench.Scale scale;
    private final Duration duration;
    private final List<Load.Result> results;
    private final Map<String, Object> reached;
    private final Map<String, Object> counts;
    private final Map<String, Object> lag;
    private final Map<String, Double> startSeconds;
    /** The services' JVM options as their processes were started (what the start and RSS figures depend on). */
    List<String> jvmFlags = List.of();
    /** How long each measurement warmed up before it counted. */
    Duration warmup = Duration.ZERO;
    private final Map<String, Double> rssIdle;
    private final Map<String, Double> rssAfterData;
    private final Map<String, Double> rssLoad;

    Report(Path root, Instant began, Bench.Scale scale, Duration duration, List<Load.Result> results, Map<String, Object> reached,
           Map<String, Object> counts, Map<String, Object> lag, Map<String, Double> startSeconds, Map<String, Double> rssIdle,
           Map<String, Double> rssAfterData, Map<String, Double> rssLoad) {
        this.root = root;
        this.began = began;
        this.scale = scale;
        this.duration = duration;
        this.results = results;
        this.reached = reached;
        this.counts = counts;
        this.lag = lag;
        this.startSeconds = startSeconds;
        this.rssIdle = rssIdle;
        this.rssAfterData = rssAfterData;
        this.rssLoad = rssLoad;
    }

    private Load.Result find(String name, int conns) {
        return results.stream().filter(r -> r.name().equals(name) && r.connections() == conns).findFirst().orElse(null);
    }

    record Target(String what, String goal, String reached, boolean met) {
    }

    List<Target> targets() {
        List<Target> t = new ArrayList<>();
        for (int c : Bench.CONNECTIONS) {
            for (var e : CEILINGS.entrySet()) {
                Load.Result api = find(e.getKey(), c);
                Load.Result raw = find((String) e.getValue()[0], c);
                double share = (double) e.getValue()[1];
                if (api != null && raw != null) {
                    double ratio = api.perSecond() / raw.perSecond();
                    t.add(new Target(e.getKey() + " (c=" + c + ")", String.format("≥ %.0f%% of raw", share * 100),
                            String.format("%.1f%% (%.0f of %.0f/s)", ratio * 100, api.perSecond(), raw.perSecond()), ratio >= share));
                }
            }
        }
        for (Load.Result r : results) {
            if (P99_UNDER_100.contains(r.name())) {
                t.add(new Target(r.name() + " (c=" + r.connections() + ")", "p99 < 100 ms", String.format("%.1f ms", r.ms(99)), r.ms(99) < 100));
            }
        }
        if (lag.get("p99Ms") instanceof Number p99) {
            t.add(new Target("event lag project.drafted.v1 → evaluation-service", "p99 < 500 ms",
                    String.format("p50 %s ms, p99 %s ms, max %s ms", lag.get("p50Ms"), p99, lag.get("maxMs")), p99.doubleValue() < 500));
        }
        rssLoad.forEach((s, mb) -> t.add(new Target("RSS under load, " + s, "< 300 MB", String.format("%.0f MB", mb), mb > 0 && mb < 300)));
        startSeconds.forEach((s, sec) -> t.add(new Target("start, " + s, "< 5 s", String.format("%.1f s", sec), sec < 5)));
        return t;
    }

    void write() throws Exception {
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC).format(began);
        Path dir = root.resolve("bench/results");
        Files.createDirectories(dir);
        String base = date + (scale.name().equals("city") ? "" : "-" + scale.name());
        List<Target> targets = targets();

        Map<String, Object> j = new LinkedHashMap<>();
        j.put("date", began.toString());
        j.put("scale", scale.name());
        j.put("scaleNote", scale.note());
        j.put("secondsPerEndpoint", duration.toSeconds());
        j.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.version")));
        j.put("dataGeneration", reached);
        j.put("rowCounts", counts);
        j.put("results", results.stream().map(Load.Result::json).toList());
        j.put("eventLag", lag);
        j.put("startSeconds", startSeconds);
        j.put("jvmFlags", jvmFlags);
        j.put("rssMbIdle", rssIdle);
        j.put("rssMbAfterData", rssAfterData);
        j.put("rssMbUnderLoadMax", rssLoad);
        j.put("targets", targets);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(base + ".json").toFile(), j);
        Files.writeString(dir.resolve(base + ".svg"), svg(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(base + ".md"), markdown(base, targets), StandardCharsets.UTF_8);
        Bench.say("Report: " + root.relativize(dir.resolve(base + ".md")) + " (+ .json, .svg)");
    }

    private String markdown(String base, List<Target> targets) {
        StringBuilder m = new StringBuilder();
        m.append("# Bench ").append(base).append("\n\n");
        m.append("Made by `bench/run.sh").append(scale.name().equals("city") ? "" : " --scale " + scale.name())
                .append(reached.containsKey("reusedFrom") ? " --reuse" : "").append("` on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(System.getProperty("os.name")).append(", Java ")
                .append(System.getProperty("java.version")).append("), started ").append(began).append(". Scale **").append(scale.name())
                .append("**: ").append(scale.note()).append(". Closed loop, ").append(duration.toSeconds())
                .append(" s per endpoint and connection count after a ").append(warmup.toSeconds()).append(" s warm-up; latencies from HdrHistogram. Load generator, PostgreSQL, Kafka ")
                .append("and the four services share the same cores (as in the issue's probe). Embedded PostgreSQL as the local run configures it ")
                .append("(`fsync=off`): the raw ceilings run on the same server with the same settings, so the ratios compare like with like.\n\n");
        m.append("![latency and throughput](").append(base).append(".svg)\n\n");
        m.append("## Targets\n\n| what | target | reached | met |\n|---|---|---|---|\n");
        targets.forEach(t -> m.append("| ").append(t.what()).append(" | ").append(t.goal()).append(" | ").append(t.reached()).append(" | ")
                .append(t.met() ? "yes" : "**no**").append(" |\n"));
        m.append("\n## Endpoints and raw ceilings\n\n| endpoint | conns | req/s | rows/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors | of raw ceiling |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Load.Result r : results) {
            String ratio = "";
            Object[] ceiling = CEILINGS.get(r.name());
            if (ceiling != null) {
                Load.Result raw = find((String) ceiling[0], r.connections());
                if (raw != null) {
                    ratio = String.format("%.1f%%", 100 * r.perSecond() / raw.perSecond());
                }
            }
            m.append(String.format("| %s | %d | %.0f | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %s |%n", r.name(), r.connections(), r.perSecond(),
                    r.rowsPerCall() > 1 ? String.format("%.0f", r.rowsPerSecond()) : "", r.ms(50), r.ms(90), r.ms(99), r.ms(99.9), r.maxMs(), r.errors(), ratio));
        }
        List<String> errs = results.stream().filter(r -> r.firstError() != null).map(r -> "- " + r.name() + " c=" + r.connections() + ": "
                + Load.abbreviate(r.firstError()).replace("\n", " ")).toList();
        if (!errs.isEmpty()) {
            m.append("\nFirst error per measurement:\n\n").append(String.join("\n", errs)).append("\n");
        }
        m.append("\n## Event lag\n\n").append(lag.get("ratePerSecond")).append(" drafts/s for ").append(lag.get("seconds"))
                .append(" s (steady write load); `project.drafted.v1` from its outbox append in project-service to its inbox row in evaluation-service ")
                .append("(written in the transaction of the read-model change): ").append(lag.get("consumed")).append(" of ").append(lag.get("events"))
                .append(" events, p50 ").append(lag.get("p50Ms")).append(" ms, p99 ").append(lag.get("p99Ms")).append(" ms, max ").append(lag.get("maxMs"))
                .append(" ms.\n");
        m.append("\n## Services: start and memory\n\n| service | start s | RSS idle MB | RSS after data MB | RSS under load (max) MB |\n|---|---:|---:|---:|---:|\n");
        startSeconds.forEach((s, sec) -> m.append(String.format("| %s | %.1f | %.0f | %.0f | %.0f |%n", s, sec, rssIdle.getOrDefault(s, -1.0),
                rssAfterData.getOrDefault(s, -1.0), rssLoad.getOrDefault(s, -1.0))));
        m.append("\nStart = process start to `/q/health/ready` UP, one service after the other, with the JVM flags of `platform-testing` `ServiceProcess` (the local run's, the system tests' and the images'), as read from the running processes: `")
                .append(String.join(" ", jvmFlags)).append("`.\n");
        m.append("\n## Data set\n\nGenerated through the services' bulk paths (households `POST /api/v1/households/bulk-upsert`, ")
                .append("projects the `library-projects` import job, assets with custody the `legacy-assets` import job, incomes `POST /api/v1/assets/{id}/income`), ")
                .append("on Xinxiang's real divisions:\n\n| what | value |\n|---|---:|\n");
        reached.forEach((k, v) -> m.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        counts.forEach((k, v) -> m.append("| rows: ").append(k).append(" | ").append(v).append(" |\n"));
        return m.toString();
    }

    /** Two panels: latency percentiles (p50, p90, p99, ms, log scale) and throughput (req/s, log scale) per measurement. */
    private String svg() {
        int n = results.size();
        int rowH = 22;
        int top = 50;
        int labelW = 300;
        int panelW = 420;
        int gap = 40;
        int h = top + n * rowH + 60;
        int w = labelW + 2 * panelW + gap + 40;
        StringBuilder s = new StringBuilder();
        s.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
        s.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        s.append(String.format("<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Latency percentiles (ms, log) — p50 / p90 / p99</text>%n", labelW));
        s.append(String.format("<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Throughput (req/s, log)</text>%n", labelW + panelW + gap));
        double latMin = 0.1;
        double latMax = Math.max(10, results.stream().mapToDouble(r -> r.ms(99)).max().orElse(10));
        double tpMin = 1;
        double tpMax = Math.max(10, results.stream().mapToDouble(Load.Result::perSecond).max().orElse(10));
        int x0 = labelW;
        int x1 = labelW + panelW + gap;
        // grid lines at powers of ten
        for (double v = latMin; v <= latMax * 1.0001; v *= 10) {
            int x = x0 + (int) (panelW * log(v, latMin, latMax));
            s.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%d\" fill=\"#666\" text-anchor=\"middle\">%s</text>%n",
                    x, top - 10, x, top + n * rowH, x, top + n * rowH + 15, fmt(v)));
        }
        for (double v = tpMin; v <= tpMax * 1.0001; v *= 10) {
            int x = x1 + (int) (panelW * log(v, tpMin, tpMax));
            s.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%d\" fill=\"#666\" text-anchor=\"middle\">%s</text>%n",
                    x, top - 10, x, top + n * rowH, x, top + n * rowH + 15, fmt(v)));
        }
        for (int i = 0; i < n; i++) {
            Load.Result r = results.get(i);
            int y = top + i * rowH;
            String color = r.group().equals("raw") ? "#888" : "#2b6cb0";
            s.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s c=%d</text>%n", labelW - 8, y + 15, esc(r.name()), r.connections()));
            double[] p = {r.ms(50), r.ms(90), r.ms(99)};
            String[] shade = {"#1a4480", "#4a7fc1", "#9cc0ea"};
            for (int k = 2; k >= 0; k--) {
                int len = (int) (panelW * log(Math.max(latMin, p[k]), latMin, latMax));
                s.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", x0, y + 3, Math.max(1, len), rowH - 6,
                        r.group().equals("raw") ? (k == 0 ? "#555" : k == 1 ? "#888" : "#bbb") : shade[k]));
            }
            s.append(String.format("<text x=\"%d\" y=\"%d\" fill=\"#222\" font-size=\"10\">%s</text>%n",
                    x0 + Math.min(panelW - 60, (int) (panelW * log(Math.max(latMin, p[2]), latMin, latMax)) + 4), y + 15, fmt(p[2])));
            int len = (int) (panelW * log(Math.max(tpMin, r.perSecond()), tpMin, tpMax));
            s.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", x1, y + 3, Math.max(1, len), rowH - 6, color));
            s.append(String.format("<text x=\"%d\" y=\"%d\" fill=\"#222\" font-size=\"10\">%s</text>%n", x1 + Math.min(panelW - 50, len + 4), y + 15,
                    fmt(r.perSecond())));
        }
        s.append(String.format("<text x=\"%d\" y=\"%d\" fill=\"#666\">grey: raw JDBC ceilings on the same PostgreSQL; blue: the services' APIs. Scale %s.</text>%n",
                labelW, h - 10, esc(scale.name())));
        s.append("</svg>\n");
        return s.toString();
    }

    private static double log(double v, double min, double max) {
        return Math.max(0, Math.min(1, Math.log10(v / min) / Math.log10(max / min)));
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format("%.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
