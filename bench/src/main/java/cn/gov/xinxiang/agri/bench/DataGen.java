package cn.gov.xinxiang.agri.bench;

import cn.gov.xinxiang.agri.testing.XlsxFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates the data set through the services' own bulk paths: the household roster through
 * {@code POST /api/v1/households/bulk-upsert}, library projects of five years through the {@code library-projects}
 * import job, confirmed assets with their custody chains through the {@code legacy-assets} import job, and the
 * half-year income inventories through {@code POST /api/v1/assets/{id}/income}. Every record produces its events as
 * in production, so the read models downstream are filled the real way.
 */
final class DataGen {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int[] YEARS = {2021, 2022, 2023, 2024, 2025};
    static final String[] PERIODS = {"2024H1", "2024H2", "2025H1", "2025H2"};
    static final String[] CATEGORIES = {"特色种养", "绿色食品", "特色手工", "文化旅游", "农业社会化服务", "乡村康养"};

    private final Suite suite;
    private final Regions regions;
    private final Bench.Scale scale;
    private final Http http = new Http();
    private final ObjectMapper json = new ObjectMapper();
    private final String city;
    private final String service;
    /** What the generation reached and how fast: printed and put in the report. */
    final Map<String, Object> reached = new LinkedHashMap<>();

    DataGen(Suite suite, Regions regions, Bench.Scale scale) {
        this.suite = suite;
        this.regions = regions;
        this.scale = scale;
        this.city = suite.token("bench-city", "city", "410700000000", null);
        this.service = suite.token("bench-monitoring", "service", "410700000000", "project:households:write project:read");
    }

    void run() throws Exception {
        households();
        projects();
        assets();
        incomes();
    }

    /** Households spread over all real villages, 1,000 per call, two calls at a time. */
    private void households() throws Exception {
        List<Regions.Region> villages = regions.villages;
        int total = scale.households();
        int batch = 1000;
        long t0 = System.nanoTime();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (int from = 0; from < total; from += batch) {
            int start = from;
            int end = Math.min(total, from + batch);
            if (!diskAllows()) {
                break;
            }
            futures.add(pool.submit(() -> {
                StringBuilder b = new StringBuilder("{\"households\":[");
                for (int i = start; i < end; i++) {
                    Regions.Region v = villages.get(i % villages.size());
                    if (i > start) {
                        b.append(',');
                    }
                    b.append(household(v.code(), i / villages.size(), i));
                }
                b.append("]}");
                http.postJson(suite.url("project-service", "/api/v1/households/bulk-upsert"), service, b.toString()).require("households/bulk-upsert");
                long n = done.addAndGet(end - start);
                if (n % 20_000 == 0) {
                    Bench.say("  households: " + n);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double s = (System.nanoTime() - t0) / 1e9;
        reached.put("households", done.get());
        reached.put("householdsRowsPerSecond", Load.round(done.get() / s));
        Bench.say(String.format("Households: %,d in %.0f s (%.0f rows/s through bulk-upsert, 1,000 a call, 2 calls at a time)", done.get(), s, done.get() / s));
    }

    static String household(String village, int seq, int i) {
        String category = switch (i % 10) {
            case 0, 1, 2, 3 -> "POVERTY_ALLEVIATED";
            case 4 -> "MONITORED";
            default -> "OTHER";
        };
        String masked = village.substring(0, 6) + "********" + String.format("%03d", i % 1000) + (i % 11 == 0 ? "X" : Integer.toString(i % 10));
        return "{\"nationalHouseholdNo\":\"" + village + String.format("%05d", seq) + "\",\"villageCode\":\"" + village
                + "\",\"headName\":\"" + headName(i) + "\",\"category\":\"" + category + "\",\"labourCapacity\":" + (i % 3 != 0)
                + ",\"idNumber\":\"" + masked + "\",\"onRoster\":true}";
    }

    static String headName(int i) {
        String[] family = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"};
        String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英"};
        return family[i % family.length] + given[(i / family.length) % given.length];
    }

    /** Library projects of five years in every county, imported per county and year as one workbook each. */
    private void projects() throws Exception {
        int total = scale.projects();
        List<Regions.Region> villages = regions.villages;
        long t0 = System.nanoTime();
        int done = 0;
        int perFile = 5000;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Regions.Region v = villages.get((int) ((i * 7919L) % villages.size()));
            int year = YEARS[i % YEARS.length];
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("项目编号", "BENCH-" + year + "-" + v.code().substring(0, 6) + "-" + String.format("%07d", i));
            r.put("项目名称", year + "年" + v.name() + CATEGORIES[i % CATEGORIES.length] + "项目" + i);
            r.put("项目年度", year);
            r.put("实施地区划代码", v.code());
            r.put("产业类别", CATEGORIES[i % CATEGORIES.length]);
            r.put("衔接资金（元）", 300_000 + (i % 50) * 10_000);
            r.put("其他财政资金（元）", (i % 4) * 50_000);
            r.put("自筹资金（元）", 20_000);
            r.put("入库日期", year + "-04-15");
            r.put("经营主体名称", v.name() + "农民专业合作社");
            r.put("经营主体类型", "农民合作社");
            r.put("主体角色", "合作社");
            r.put("联农带农方式1", "就业务工");
            r.put("方式1带动脱贫户数", 10 + i % 30);
            r.put("方式1带动监测户数", i % 5);
            r.put("方式1户均增收（元）", 3000);
            r.put("联农带农方式2", i % 2 == 0 ? "入股分红" : "订单收购");
            r.put("方式2带动脱贫户数", 5 + i % 20);
            r.put("方式2带动其他农户数", i % 7);
            r.put("方式2户均增收（元）", 1500);
            rows.add(r);
            if (rows.size() == perFile || i == total - 1) {
                if (!diskAllows()) {
                    break;
                }
                importJob("project-service", "library-projects", workbook("历史入库项目", rows));
                done += rows.size();
                rows.clear();
                Bench.say("  library projects: " + done);
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        reached.put("projects", done);
        reached.put("projectsRowsPerSecond", Load.round(done / s));
        Bench.say(String.format("Library projects: %,d in %.0f s (%.0f rows/s through the library-projects import, %,d a file)", done, s, done / s, perFile));
    }

    /** Confirmed assets with custody chains at township and village (county too), through the legacy-assets import. */
    private void assets() throws Exception {
        int total = scale.assets();
        List<Regions.Region> villages = regions.villages;
        long t0 = System.nanoTime();
        int done = 0;
        int perFile = 5000;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Regions.Region v = villages.get((int) ((i * 104729L) % villages.size()));
            String township = regions.name(v.township());
            String county = regions.name(v.county());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("原资产编号", "BA-" + String.format("%08d", i));
            boolean operating = i % 10 < 7;
            r.put("资产名称", v.name() + (operating ? "产业扶贫车间" : "村内道路") + i);
            r.put("资产类别", operating ? "经营性" : "公益性");
            r.put("资产价值（元）", 50_000 + (i % 100) * 10_000);
            r.put("所在地区划代码", v.code());
            r.put("投入使用日期", (2019 + i % 4) + "-10-01");
            r.put("所有者类型", "村集体");
            r.put("所有者名称", v.name() + "股份经济合作社");
            r.put("所有权性质", "集体所有");
            r.put("确权日期", "2023-05-20");
            r.put("确权文书编号", "新农确〔2023〕" + i + "号");
            r.put("项目年度", 2019 + i % 4);
            r.put("县级责任单位", county + "农业农村局");
            r.put("县级责任人", headName(i + 1));
            r.put("乡镇责任单位", township + "人民政府");
            r.put("乡镇责任人", headName(i + 2));
            r.put("村级责任单位", v.name() + "村民委员会");
            r.put("村级责任人", headName(i + 3));
            rows.add(r);
            if (rows.size() == perFile || i == total - 1) {
                if (!diskAllows()) {
                    break;
                }
                importJob("asset-service", "legacy-assets", workbook("历史资产", rows));
                done += rows.size();
                rows.clear();
                Bench.say("  legacy assets: " + done);
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        reached.put("assets", done);
        reached.put("assetsRowsPerSecond", Load.round(done / s));
        Bench.say(String.format("Assets with custody: %,d in %.0f s (%.0f rows/s through the legacy-assets import, %,d a file)", done, s, done / s, perFile));
    }

    /** Four half-years of income inventories for the operating assets (as many as the scale says), eight calls at a time. */
    private void incomes() throws Exception {
        List<String[]> targets = new ArrayList<>();
        try (Connection c = suite.connect("asset"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id::text, region_code from asset where asset_class = 'OPERATING' order by id limit " + scale.incomeAssets())) {
            while (rs.next()) {
                targets.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        long t0 = System.nanoTime();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        int workers = 8;
        for (int w = 0; w < workers; w++) {
            int worker = w;
            futures.add(pool.submit(() -> {
                for (int i = worker; i < targets.size(); i += workers) {
                    String[] a = targets.get(i);
                    for (int p = 0; p < PERIODS.length; p++) {
                        String body = "{\"period\":\"" + PERIODS[p] + "\",\"income\":" + (2000 + (i % 40) * 500 + p * 100) + ".00,\"note\":\"租金已到账\"}";
                        Http.Reply r = http.postJson(suite.url("asset-service", "/api/v1/assets/" + a[0] + "/income"), suite.villageToken(a[1]), body);
                        if (r.ok()) {
                            long n = done.incrementAndGet();
                            if (n % 10_000 == 0) {
                                Bench.say("  income inventories: " + n);
                            }
                        } else if (failed.incrementAndGet() <= 3) {
                            Bench.say("  income inventory refused: " + r.status() + " " + Load.abbreviate(r.body()));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double s = (System.nanoTime() - t0) / 1e9;
        reached.put("incomeInventories", done.get());
        reached.put("incomeInventoriesFailed", failed.get());
        reached.put("incomeInventoriesPerSecond", Load.round(done.get() / s));
        Bench.say(String.format("Income inventories: %,d (%d refused) in %.0f s (%.0f/s, 8 calls at a time)", done.get(), failed.get(), s, done.get() / s));
    }

    /** Posts a workbook to an import job and waits for it to end; a failed job stops the bench with its first errors. */
    private void importJob(String svc, String kind, byte[] file) throws Exception {
        Http.Reply r = http.send("POST", suite.url(svc, "/api/v1/imports/" + kind + "?fileName=bench.xlsx"), city, XLSX, file, Map.of());
        r.require("import " + kind);
        JsonNode job = json.readTree(r.body());
        String id = job.get("id").asText();
        while (!job.get("status").asText().equals("SUCCEEDED") && !job.get("status").asText().equals("FAILED")) {
            Thread.sleep(1000);
            job = json.readTree(http.get(suite.url(svc, "/api/v1/imports/" + id), city).require("import job").body());
        }
        if (job.get("status").asText().equals("FAILED")) {
            throw new IllegalStateException("import " + kind + " failed: " + Load.abbreviate(job.toString()));
        }
    }

    static byte[] workbook(String sheet, List<Map<String, Object>> rows) {
        List<String> headers = new ArrayList<>(rows.get(0).keySet());
        rows.forEach(r -> r.keySet().forEach(k -> {
            if (!headers.contains(k)) {
                headers.add(k);
            }
        }));
        return XlsxFiles.workbook(sheet, headers, rows);
    }

    /** The national scale stops where the disk would fill: at least 5 GB stay free. */
    private boolean diskAllows() {
        try {
            long free = Files.getFileStore(suite.data).getUsableSpace();
            if (free < 5L * 1024 * 1024 * 1024) {
                Bench.say("  stopping generation: less than 5 GB free on the disk");
                reached.put("stoppedBy", "disk (" + free / (1024 * 1024) + " MB free)");
                return false;
            }
            return true;
        } catch (IOException e) {
            return true;
        }
    }
}
