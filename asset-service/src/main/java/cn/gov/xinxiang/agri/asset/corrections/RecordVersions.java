package cn.gov.xinxiang.agri.asset.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The versions of recorded facts (table {@code record_version}, append-only): an ownership confirmation,
 * an income inventory, a distribution. The content of each version is stored as it was shown (the
 * resource's view), so an old version reads exactly as people read it then.
 */
@ApplicationScoped
public class RecordVersions {

    public enum Kind { CONFIRMATION, INCOME, DISTRIBUTION }

    /** Who made a version and why (version 1: no reason). */
    public record Made(String by, String tier, Instant at, String reason, String returnedBy, String returnReason) {
        public static Made first(String by, String tier, Instant at) {
            return new Made(by, tier, at, null, null, null);
        }
    }

    /** One stored version. */
    public record Version(int versionNo, JsonNode content, String reason, String returnedBy, String returnReason, String recordedBy,
                          String recordedTier, Instant recordedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Kind kind, UUID recordId, int versionNo, String regionCode, Object content, Made made) {
        em.createNativeQuery("insert into record_version (kind, record_id, version_no, region_code, content, reason, returned_by, return_reason, "
                        + "recorded_by, recorded_tier, recorded_at) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, kind.name()).setParameter(2, recordId).setParameter(3, versionNo).setParameter(4, regionCode)
                .setParameter(5, json(content)).setParameter(6, made.reason()).setParameter(7, made.returnedBy())
                .setParameter(8, made.returnReason()).setParameter(9, made.by()).setParameter(10, made.tier())
                .setParameter(11, Timestamp.from(made.at()))
                .executeUpdate();
    }

    /**
     * Facts recorded before versions existed have no stored version 1: it is stored from the current
     * content (which is still version 1) before the first correction replaces it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureStored(Kind kind, UUID recordId, int versionNo, String regionCode, Supplier<Object> content, Made made) {
        Number n = (Number) em.createNativeQuery("select count(*) from record_version where kind = ?1 and record_id = ?2 and version_no = ?3")
                .setParameter(1, kind.name()).setParameter(2, recordId).setParameter(3, versionNo).getSingleResult();
        if (n.longValue() == 0) {
            append(kind, recordId, versionNo, regionCode, content.get(), made);
        }
    }

    /** Oldest first. */
    @SuppressWarnings("unchecked")
    public List<Version> list(Kind kind, UUID recordId) {
        List<Object[]> rows = em.createNativeQuery("select version_no, cast(content as text), reason, returned_by, return_reason, recorded_by, "
                        + "recorded_tier, recorded_at from record_version where kind = ?1 and record_id = ?2 order by version_no")
                .setParameter(1, kind.name()).setParameter(2, recordId).getResultList();
        return rows.stream().map(r -> new Version(((Number) r[0]).intValue(), read((String) r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], instant(r[7]))).toList();
    }

    public JsonNode content(Kind kind, UUID recordId, int versionNo) {
        return list(kind, recordId).stream().filter(v -> v.versionNo() == versionNo).map(Version::content).findFirst().orElse(null);
    }

    /** The content as JSON text, money with its scale (valueToTree would strip 9000.00 to 9000). */
    private String json(Object content) {
        try {
            return mapper.writeValueAsString(content);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write version content", e);
        }
    }

    /** The content as a tree, as a stored version reads. */
    public JsonNode tree(Object content) {
        return read(json(content));
    }

    private JsonNode read(String json) {
        try {
            // money keeps its scale (9000.00, not 9000) as the view showed it
            return mapper.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("record_version content is not JSON", e);
        }
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
