package cn.gov.xinxiang.agri.platform.region;

import cn.gov.xinxiang.agri.contracts.region.RegionChangedV1;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code region}, {@code region_change} and {@code region_directory} tables. Writes join the
 * caller's transaction (through the EntityManager); the directory's reads use their own connection.
 */
@ApplicationScoped
public class RegionStore {

    /** One applied change of a region, as kept in {@code region_change}. */
    public record Change(long id, String code, String change, String name, String previousName, String successorCode,
                         LocalDate effectiveOn, long revision, UUID uploadId, String changedBy, Instant changedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /** The directory's version: one higher after every change. */
    public long version() {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("select version from region_directory where id = 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the region directory's version", e);
        }
    }

    /** Every row with the version it belongs to (read together, so a change in between is noticed next time). */
    RegionSnapshot load(boolean sampleEnabled) {
        try (Connection c = dataSource.getConnection()) {
            long version;
            List<RegionDirectory.Region> rows = new ArrayList<>(4_500);
            try (PreparedStatement st = c.prepareStatement("select version from region_directory where id = 1"); ResultSet rs = st.executeQuery()) {
                version = rs.next() ? rs.getLong(1) : 0;
            }
            try (PreparedStatement st = c.prepareStatement("select code, name, parent_code, tier, functional_zone, sample, pinyin, initials, "
                    + "retired_on, successor_code from region"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Date retired = rs.getDate(9);
                    rows.add(new RegionDirectory.Region(RegionCode.of(rs.getString(1)), rs.getString(2), rs.getString(3), Tier.valueOf(rs.getString(4)),
                            rs.getBoolean(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), retired == null ? null : retired.toLocalDate(),
                            rs.getString(10)));
                }
            }
            return RegionSnapshot.of(version, rows, sampleEnabled);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the region directory", e);
        }
    }

    /** Inserts the rows the table lacks (by code); existing rows, retired or renamed, stay as they are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int insertMissing(List<RegionDirectory.Region> rows) {
        int[] inserted = {0};
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("insert into region (code, name, parent_code, tier, functional_zone, sample, pinyin, initials) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing")) {
                int pending = 0;
                for (RegionDirectory.Region r : rows) {
                    st.setString(1, r.code().value());
                    st.setString(2, r.name());
                    st.setString(3, r.parentCode());
                    st.setString(4, r.tier().name());
                    st.setBoolean(5, r.functionalZone());
                    st.setBoolean(6, r.sample());
                    st.setString(7, r.pinyin());
                    st.setString(8, r.initials());
                    st.addBatch();
                    if (++pending == 500) {
                        inserted[0] += sum(st.executeBatch());
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    inserted[0] += sum(st.executeBatch());
                }
            }
        });
        return inserted[0];
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += Math.max(c, 0);
        }
        return n;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String officialFileSha256() {
        Object v = em.createNativeQuery("select official_file_sha256 from region_directory where id = 1 for update").getSingleResult();
        return v == null ? null : v.toString();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void officialFileLoaded(String sha256, Instant at) {
        em.createNativeQuery("update region_directory set official_file_sha256 = ?1, official_loaded_at = ?2 where id = 1")
                .setParameter(1, sha256).setParameter(2, Timestamp.from(at)).executeUpdate();
    }

    /** Raises the directory's version (locking its row, so concurrent changes take turns); returns the new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextVersion() {
        return ((Number) em.createNativeQuery("update region_directory set version = version + 1 where id = 1 returning version")
                .getSingleResult()).longValue();
    }

    /** Writes a region's whole state (insert or replace), stamped with the owner's revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(RegionDirectory.Region r, long revision, Instant at) {
        em.createNativeQuery("insert into region (code, name, parent_code, tier, functional_zone, sample, pinyin, initials, retired_on, successor_code, "
                        + "revision, updated_at) values (?1, ?2, ?3, ?4, ?5, false, ?6, ?7, ?8, ?9, ?10, ?11) on conflict (code) do update set "
                        + "name = excluded.name, parent_code = excluded.parent_code, tier = excluded.tier, functional_zone = excluded.functional_zone, "
                        + "pinyin = excluded.pinyin, initials = excluded.initials, retired_on = excluded.retired_on, "
                        + "successor_code = excluded.successor_code, revision = excluded.revision, updated_at = excluded.updated_at")
                .setParameter(1, r.code().value())
                .setParameter(2, r.name())
                .setParameter(3, r.parentCode())
                .setParameter(4, r.tier().name())
                .setParameter(5, r.functionalZone())
                .setParameter(6, r.pinyin())
                .setParameter(7, r.initials())
                .setParameter(8, r.retiredOn() == null ? null : Date.valueOf(r.retiredOn()))
                .setParameter(9, r.successorCode())
                .setParameter(10, revision)
                .setParameter(11, Timestamp.from(at))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(String code, String change, String name, String previousName, String successorCode, LocalDate effectiveOn,
                             long revision, UUID uploadId, String changedBy, Instant at) {
        em.createNativeQuery("insert into region_change (code, change, name, previous_name, successor_code, effective_on, revision, upload_id, "
                        + "changed_by, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, code)
                .setParameter(2, change)
                .setParameter(3, name)
                .setParameter(4, previousName)
                .setParameter(5, successorCode)
                .setParameter(6, effectiveOn == null ? null : Date.valueOf(effectiveOn))
                .setParameter(7, revision)
                .setParameter(8, uploadId)
                .setParameter(9, changedBy)
                .setParameter(10, Timestamp.from(at))
                .executeUpdate();
    }

    /**
     * Applies one change event from the owner to this service's copy. A change older than (or as old
     * as) what the row holds changes nothing: events of one code arrive in order, but a replay must
     * not undo a later state.
     *
     * @return true when the row changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(RegionChangedV1 c, String changedBy) {
        List<?> held = em.createNativeQuery("select revision from region where code = ?1 for update").setParameter(1, c.code()).getResultList();
        if (!held.isEmpty() && ((Number) held.get(0)).longValue() >= c.revision()) {
            return false;
        }
        RegionCode code = RegionCode.of(c.code());
        put(new RegionDirectory.Region(code, c.name(), c.parentCode(), Tier.valueOf(c.tier()), c.functionalZone(), false, c.pinyin(), c.initials(),
                c.active() ? null : c.retiredOn(), c.successorCode()), c.revision(), c.changedAt());
        recordChange(c.code(), c.change(), c.name(), c.previousName(), c.successorCode(), c.active() ? null : c.retiredOn(), c.revision(),
                c.uploadId() == null ? null : UUID.fromString(c.uploadId()), changedBy, c.changedAt());
        nextVersion();
        return true;
    }

    /** The changes of one region, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Change> history(RegionCode code) {
        List<Object[]> rows = em.createNativeQuery("select id, code, change, name, previous_name, successor_code, effective_on, revision, upload_id, "
                + "changed_by, changed_at from region_change where code = ?1 order by id").setParameter(1, code.value()).getResultList();
        return rows.stream().map(r -> new Change(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                r[6] == null ? null : toDate(r[6]), ((Number) r[7]).longValue(), (UUID) r[8], (String) r[9], toInstant(r[10]))).toList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
