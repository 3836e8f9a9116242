package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The read-model records each indicator of an evaluation counted, kept in evaluation_record beside the evidence
 * rather than inside it: at city scale a county counts tens of thousands of them, and the evidence as one JSON
 * string was megabytes written, re-read and diffed on every recompute. The evidence keeps their count and
 * {@link #fingerprint}; the records are read page by page.
 */
@ApplicationScoped
public class CountedRecords {

    /** The fields that identify a record, in this order joined by '/' into its key (V11 keys the older records the same way). */
    static final List<String> KEY_FIELDS = List.of("allocationId", "distributionId", "householdId", "assetId", "projectId", "mechanism", "assetRef",
            "period");

    private static final Set<String> OWN_COLUMNS = Set.of("table", "numeratorPart", "denominatorPart");

    /** One counted record: its table, key, parts of numerator and denominator (null where the rule has none) and the other fields. */
    public record Row(String table, String key, BigDecimal numeratorPart, BigDecimal denominatorPart, Map<String, Object> detail) {
    }

    /** An indicator's records in the calculator's order, with their fingerprint. */
    public record Prepared(String indicatorCode, List<Row> rows, String fingerprint) {
    }

    @Schema(name = "CountedRecord", description = "a read-model record an indicator counted")
    public record View(@Schema(examples = "observed_asset_income") String table,
                       @Schema(description = "the record's key fields joined by '/'", examples = "5f0c…/2025H2") String key,
                       @Schema(description = "its part of the indicator's numerator; null where the rule has none") BigDecimal numeratorPart,
                       @Schema(description = "its part of the denominator; null where the rule has none") BigDecimal denominatorPart,
                       @Schema(description = "the record's other fields, as the indicator's rule names them") JsonNode detail) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    public static Prepared prepare(String indicatorCode, List<Map<String, Object>> records) {
        List<Row> rows = new ArrayList<>(records.size());
        for (Map<String, Object> r : records) {
            StringBuilder key = new StringBuilder();
            for (String f : KEY_FIELDS) {
                Object v = r.get(f);
                if (v != null) {
                    key.append(key.isEmpty() ? "" : "/").append(v);
                }
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            r.forEach((k, v) -> {
                if (!OWN_COLUMNS.contains(k)) {
                    detail.put(k, v);
                }
            });
            rows.add(new Row(String.valueOf(r.getOrDefault("table", "")), key.toString(), (BigDecimal) r.get("numeratorPart"),
                    (BigDecimal) r.get("denominatorPart"), detail));
        }
        return new Prepared(indicatorCode, rows, fingerprint(rows));
    }

    /**
     * sha-256 over the records sorted by table and key: each one's table, key, parts and other fields. Equal
     * records, equal fingerprint, whatever order the rows came in; one changed part or field changes it.
     */
    static String fingerprint(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::table).thenComparing(Row::key));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder line = new StringBuilder(256);
            for (Row r : sorted) {
                line.setLength(0);
                line.append(r.table()).append('\u001f').append(r.key()).append('\u001f').append(plain(r.numeratorPart())).append('\u001f')
                        .append(plain(r.denominatorPart())).append('\u001f').append(r.detail()).append('\n');
                digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.toPlainString();
    }

    /**
     * Stores an evaluation's records, replacing the ones it had for each indicator, in the caller's transaction.
     * An indicator whose fingerprint equals the one stored before ({@code stored}: code → fingerprint, from the
     * evidence being replaced) keeps its rows: recomputing an unchanged draft writes nothing. One statement per
     * changed indicator (arrays unnested), not one per record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID evaluationId, Collection<Prepared> indicators, Map<String, String> stored) {
        em.flush(); // the evaluation row exists before its records reference it
        String[] codes = indicators.stream().map(Prepared::indicatorCode).toArray(String[]::new);
        em.unwrap(Session.class).doWork(c -> {
            if (!stored.isEmpty()) { // indicators the framework no longer has
                try (PreparedStatement ps = c.prepareStatement("delete from evaluation_record where evaluation_id = ? and indicator_code <> all (?)")) {
                    ps.setObject(1, evaluationId);
                    ps.setArray(2, c.createArrayOf("varchar", codes));
                    ps.executeUpdate();
                }
            }
            for (Prepared p : indicators) {
                if (!stored.containsKey(p.indicatorCode())) {
                    insert(c, evaluationId, p);
                } else if (!p.fingerprint().equals(stored.get(p.indicatorCode()))) {
                    try (PreparedStatement ps = c.prepareStatement("delete from evaluation_record where evaluation_id = ? and indicator_code = ?")) {
                        ps.setObject(1, evaluationId);
                        ps.setString(2, p.indicatorCode());
                        ps.executeUpdate();
                    }
                    insert(c, evaluationId, p);
                }
            }
        });
    }

    private void insert(Connection c, UUID evaluationId, Prepared p) throws java.sql.SQLException {
        int n = p.rows().size();
        if (n == 0) {
            return;
        }
        String[] tables = new String[n];
        String[] keys = new String[n];
        BigDecimal[] nums = new BigDecimal[n];
        BigDecimal[] dens = new BigDecimal[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            Row r = p.rows().get(i);
            tables[i] = r.table();
            keys[i] = r.key();
            nums[i] = r.numeratorPart();
            dens[i] = r.denominatorPart();
            try {
                details[i] = mapper.writeValueAsString(r.detail());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into evaluation_record (evaluation_id, indicator_code, seq, source_table, record_key, "
                + "numerator_part, denominator_part, detail) select ?, ?, cast(t.n as int) - 1, t.tbl, t.k, t.num, t.den, cast(t.d as jsonb) "
                + "from unnest(?, ?, ?, ?, ?) with ordinality as t(tbl, k, num, den, d, n)")) {
            Array a1 = c.createArrayOf("varchar", tables);
            Array a2 = c.createArrayOf("varchar", keys);
            Array a3 = c.createArrayOf("numeric", nums);
            Array a4 = c.createArrayOf("numeric", dens);
            Array a5 = c.createArrayOf("text", details);
            ps.setObject(1, evaluationId);
            ps.setString(2, p.indicatorCode());
            ps.setArray(3, a1);
            ps.setArray(4, a2);
            ps.setArray(5, a3);
            ps.setArray(6, a4);
            ps.setArray(7, a5);
            ps.executeUpdate();
        }
    }

    /** What an evidence says of each indicator's records: code → fingerprint (null when unknown), for {@link #store}. */
    public static Map<String, String> fingerprints(Evidence evidence) {
        Map<String, String> out = new java.util.HashMap<>();
        evidence.indicators().forEach(i -> out.put(i.code(), i.recordsFingerprint()));
        return out;
    }

    /** One page of an indicator's records in the calculator's order. */
    public List<View> page(UUID evaluationId, String indicatorCode, PageRequest req) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<View> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select source_table, record_key, numerator_part, denominator_part, detail from evaluation_record "
                    + "where evaluation_id = ? and indicator_code = ? order by seq limit ? offset ?")) {
                ps.setObject(1, evaluationId);
                ps.setString(2, indicatorCode);
                ps.setInt(3, req.size());
                ps.setLong(4, (long) req.page() * req.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new View(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), read(rs.getString(5))));
                    }
                }
            }
            return out;
        });
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
