package cn.gov.xinxiang.agri.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw ceilings: what plain JDBC gets from the same PostgreSQL for the work behind three API calls, in a database
 * of its own ({@code bench_raw}), with the same connection counts. Each figure is the best this PostgreSQL does for
 * the shape of the work, so an API figure divided by it says how much the service layer costs.
 * <ul>
 *   <li>insert: a project row plus an outbox row (CloudEvents JSON payload) in one transaction;</li>
 *   <li>read: a primary-key read of one row of 1M;</li>
 *   <li>list: a 20-row page of 1M rows filtered by county and year, newest first, by an index that fits.</li>
 * </ul>
 */
final class Raw {

    static final int ROWS = 1_000_000;

    private final Suite suite;
    private final List<String> counties;

    Raw(Suite suite, List<String> countyPrefixes) {
        this.suite = suite;
        this.counties = countyPrefixes;
    }

    void prepare() throws Exception {
        suite.pg.ensureDatabase("bench_raw");
        long t0 = System.nanoTime();
        StringBuilder arr = new StringBuilder("array[");
        for (int i = 0; i < counties.size(); i++) {
            arr.append(i == 0 ? "" : ",").append('\'').append(counties.get(i)).append('\'');
        }
        arr.append(']');
        try (Connection c = suite.connect("bench_raw"); Statement st = c.createStatement()) {
            st.execute("drop table if exists raw_project, raw_outbox, raw_read"); // a --reuse run prepares them afresh
            st.execute("""
                    create table raw_project (
                        id uuid primary key, code varchar(40) not null, name varchar(200) not null, fiscal_year int not null,
                        region_code varchar(12) not null, county varchar(6) not null, status varchar(20) not null,
                        industry_category varchar(40) not null, investment_total numeric(18,2) not null,
                        created_at timestamptz not null, version bigint not null)""");
            st.execute("""
                    create table raw_outbox (
                        seq bigserial primary key, id uuid not null unique, aggregatetype varchar(64) not null,
                        aggregateid varchar(128) not null, type varchar(200) not null, payload jsonb not null,
                        occurred_at timestamptz not null, published_at timestamptz)""");
            st.execute("create index raw_outbox_pending on raw_outbox (seq) where published_at is null");
            st.execute("create table raw_read (like raw_project including all)");
            st.execute("insert into raw_read select md5(g::text)::uuid, 'RAW-' || g, '项目' || g, 2021 + g % 5, "
                    + "(" + arr + ")[1 + g % " + counties.size() + "] || '101201', (" + arr + ")[1 + g % " + counties.size() + "], "
                    + "'IN_LIBRARY', 'SPECIALTY_FARMING', 500000 + g % 1000, now() - (g || ' seconds')::interval, 1 "
                    + "from generate_series(1, " + ROWS + ") g");
            st.execute("create index raw_read_county_year on raw_read (county, fiscal_year, created_at desc, id)");
            st.execute("vacuum analyze raw_read");
        }
        Bench.say(String.format("Raw ceilings: 1M rows prepared in %.0f s", (System.nanoTime() - t0) / 1e9));
    }

    private List<Connection> connections(int n) throws Exception {
        List<Connection> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(suite.connect("bench_raw"));
        }
        return cs;
    }

    private static void closeAll(List<Connection> cs) {
        for (Connection c : cs) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing
            }
        }
    }

    Load.Result insert(int conns, Duration warmup, Duration duration) throws Exception {
        List<Connection> cs = connections(conns);
        try {
            List<PreparedStatement[]> ps = new ArrayList<>();
            for (Connection c : cs) {
                c.setAutoCommit(false);
                ps.add(new PreparedStatement[]{
                        c.prepareStatement("insert into raw_project (id, code, name, fiscal_year, region_code, county, status, industry_category, "
                                + "investment_total, created_at, version) values (?, ?, ?, 2025, '410725101201', '410725', 'DRAFT', 'SPECIALTY_FARMING', 0, ?, 1)"),
                        c.prepareStatement("insert into raw_outbox (id, aggregatetype, aggregateid, type, payload, occurred_at) values (?, 'project', ?, "
                                + "'cn.gov.xinxiang.agri.project.drafted.v1', ?::jsonb, ?)")});
            }
            return Load.run("raw: project + outbox insert", "raw", conns, warmup, duration, 1, (w, i) -> {
                PreparedStatement[] p = ps.get(w);
                UUID id = UUID.randomUUID();
                Timestamp now = Timestamp.from(Instant.now());
                p[0].setObject(1, id);
                p[0].setString(2, "RAW-" + id.toString().substring(0, 8));
                p[0].setString(3, "原阳县城关一村肉羊养殖扶贫车间");
                p[0].setTimestamp(4, now);
                p[0].executeUpdate();
                p[1].setObject(1, UUID.randomUUID());
                p[1].setString(2, id.toString());
                p[1].setString(3, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/project-service\","
                        + "\"type\":\"cn.gov.xinxiang.agri.project.drafted.v1\",\"subject\":\"" + id + "\",\"time\":\"" + Instant.now()
                        + "\",\"datacontenttype\":\"application/json\",\"data\":{\"projectId\":\"" + id + "\",\"name\":\"原阳县城关一村肉羊养殖扶贫车间\","
                        + "\"fiscalYear\":2025,\"regionCode\":\"410725101201\",\"industryCategory\":\"SPECIALTY_FARMING\"}}");
                p[1].setTimestamp(4, now);
                p[1].executeUpdate();
                cs.get(w).commit();
                return true;
            });
        } finally {
            closeAll(cs);
        }
    }

    Load.Result read(int conns, Duration warmup, Duration duration) throws Exception {
        List<Connection> cs = connections(conns);
        try {
            List<PreparedStatement> ps = new ArrayList<>();
            for (Connection c : cs) {
                ps.add(c.prepareStatement("select id, code, name, fiscal_year, region_code, status, industry_category, investment_total, created_at, version "
                        + "from raw_read where id = ?"));
            }
            return Load.run("raw: primary-key read (1M rows)", "raw", conns, warmup, duration, 1, (w, i) -> {
                PreparedStatement p = ps.get(w);
                p.setObject(1, idOf(1 + ThreadLocalRandom.current().nextInt(ROWS)));
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next();
                }
            });
        } finally {
            closeAll(cs);
        }
    }

    Load.Result list(int conns, Duration warmup, Duration duration) throws Exception {
        List<Connection> cs = connections(conns);
        try {
            List<PreparedStatement> ps = new ArrayList<>();
            for (Connection c : cs) {
                ps.add(c.prepareStatement("select id, code, name, fiscal_year, region_code, status, investment_total, created_at "
                        + "from raw_read where county = ? and fiscal_year = ? order by created_at desc, id limit 20"));
            }
            return Load.run("raw: 20-row page, county + year (1M)", "raw", conns, warmup, duration, 1, (w, i) -> {
                PreparedStatement p = ps.get(w);
                ThreadLocalRandom r = ThreadLocalRandom.current();
                p.setString(1, counties.get(r.nextInt(counties.size())));
                p.setInt(2, 2021 + r.nextInt(5));
                int n = 0;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                return n == 20;
            });
        } finally {
            closeAll(cs);
        }
    }

    /** The id PostgreSQL's md5(g::text)::uuid gives row g. */
    static UUID idOf(int g) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(Integer.toString(g).getBytes(StandardCharsets.US_ASCII));
        String h = HexFormat.of().formatHex(d);
        return UUID.fromString(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20));
    }
}
