package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.contracts.region.RegionChangedV1;
import cn.gov.xinxiang.agri.contracts.region.RegionEvents;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.RegionStore;
import cn.gov.xinxiang.agri.platform.region.RegionsChanged;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.household.Csv;
import cn.gov.xinxiang.agri.project.household.Xlsx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * City users maintain the official list: upload a whole new list, read the difference (preview),
 * then apply exactly that preview. Applying changes the directory, keeps each change in
 * {@code region_change} and announces every changed region on agri.region (key = code) in the same
 * transaction; a retired code stays readable but refuses new records everywhere.
 */
@ApplicationScoped
public class RegionUploadService {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final int PREVIEW_CHANGES = 200;

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    RegionStore store;
    @Inject
    RegionDirectory directory;
    @Inject
    Outbox outbox;
    @Inject
    Event<RegionsChanged> changed;
    @Inject
    Clock clock;

    /** The difference of an uploaded CSV to the directory, stored as a preview. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegionDtos.UploadView previewCsv(String text, String fileName) {
        user.require(Role.CITY);
        Refusals.orThrow(RegionUploadRules.notEmpty(text));
        return preview(Csv.parse(text), text.getBytes(StandardCharsets.UTF_8), fileName);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RegionDtos.UploadView previewXlsx(byte[] workbook, String fileName) {
        user.require(Role.CITY);
        return preview(Refusals.orThrow(Xlsx.firstSheet(workbook, RegionList.MAX_ROWS + 1, "regions")), workbook, fileName);
    }

    private RegionDtos.UploadView preview(List<List<String>> table, byte[] bytes, String fileName) {
        @SuppressWarnings("unchecked")
        List<Object[]> held = em.createNativeQuery("select code, name, retired_on is null, sample from region").getResultList();
        Set<String> sampleCodes = new HashSet<>();
        List<RegionDiff.Held> official = held.stream().filter(r -> {
            if ((Boolean) r[3]) {
                sampleCodes.add((String) r[0]);
                return false;
            }
            return true;
        }).map(r -> new RegionDiff.Held(RegionCode.of((String) r[0]), (String) r[1], (Boolean) r[2])).toList();
        List<RegionDiff.Entry> entries = Refusals.orThrow(RegionList.read(table, user.region().at(Tier.CITY), sampleCodes));
        RegionDiff.Result diff = RegionDiff.of(official, entries);

        UUID id = UUID.randomUUID();
        long base = store.version();
        String sha = sha256(bytes);
        String token = sha256((id + "|" + base + "|" + sha).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        Instant now = clock.instant();
        em.createNativeQuery("insert into region_upload (id, uploaded_by, uploaded_at, file_name, file_sha256, row_count, base_version, token, status, "
                        + "added, renamed, moved, retired, restored, unchanged) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'PREVIEWED', ?9, ?10, ?11, ?12, ?13, ?14)")
                .setParameter(1, id).setParameter(2, user.subject()).setParameter(3, Timestamp.from(now))
                .setParameter(4, fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 200)))
                .setParameter(5, sha).setParameter(6, entries.size()).setParameter(7, base).setParameter(8, token)
                .setParameter(9, (int) diff.count(RegionDiff.Kind.ADDED)).setParameter(10, (int) diff.count(RegionDiff.Kind.RENAMED))
                .setParameter(11, (int) diff.count(RegionDiff.Kind.MOVED)).setParameter(12, (int) diff.count(RegionDiff.Kind.RETIRED))
                .setParameter(13, (int) diff.count(RegionDiff.Kind.RESTORED)).setParameter(14, diff.unchanged())
                .executeUpdate();
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (var st = c.prepareStatement("insert into region_upload_change (upload_id, seq, kind, code, name, previous_name, parent_code, tier, from_code) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (RegionDiff.Change ch : diff.changes()) {
                    st.setObject(1, id);
                    st.setInt(2, seq++);
                    st.setString(3, ch.kind().name());
                    st.setString(4, ch.code().value());
                    st.setString(5, ch.name());
                    st.setString(6, ch.previousName());
                    st.setString(7, ch.parentCode());
                    st.setString(8, ch.tier().name());
                    st.setString(9, ch.fromCode() == null ? null : ch.fromCode().value());
                    st.addBatch();
                    if (seq % 500 == 0) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
        });
        return get(id);
    }

    /** A stored preview (or applied upload) with its first changes. */
    public RegionDtos.UploadView get(UUID id) {
        user.require(Role.CITY, Role.AUDITOR);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, status, uploaded_by, uploaded_at, file_name, row_count, base_version, token, added, renamed, "
                + "moved, retired, restored, unchanged, applied_by, applied_at, revision from region_upload where id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("region upload", id);
        }
        Object[] r = rows.get(0);
        return new RegionDtos.UploadView((UUID) r[0], (String) r[1], (String) r[2], instant(r[3]), (String) r[4], ((Number) r[5]).intValue(),
                ((Number) r[6]).longValue(), (String) r[7],
                new RegionDtos.Counts(num(r[8]), num(r[9]), num(r[10]), num(r[11]), num(r[12]), num(r[13])),
                changes(id, null, PageRequest.of(0, PREVIEW_CHANGES)).items(), (String) r[14], r[15] == null ? null : instant(r[15]),
                r[16] == null ? null : ((Number) r[16]).longValue());
    }

    /** The changes of an upload, optionally of one kind, in kind then code order. */
    public Page<RegionDtos.ChangeView> changes(UUID id, RegionDiff.Kind kind, PageRequest page) {
        user.require(Role.CITY, Role.AUDITOR);
        String where = " where upload_id = ?1" + (kind == null ? "" : " and kind = ?2");
        var count = em.createNativeQuery("select count(*) from region_upload_change" + where).setParameter(1, id);
        var list = em.createNativeQuery("select kind, code, name, previous_name, parent_code, tier, from_code from region_upload_change" + where
                + " order by seq limit " + page.size() + " offset " + page.offset()).setParameter(1, id);
        if (kind != null) {
            count.setParameter(2, kind.name());
            list.setParameter(2, kind.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = list.getResultList();
        return new Page<>(rows.stream().map(r -> new RegionDtos.ChangeView((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                Tier.valueOf((String) r[5]), (String) r[6])).toList(), page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Applies a preview: If-Match must carry its token (428 without, 412 for another), the upload must
     * still be a preview (409 upload-applied) and the directory unchanged since (409 preview-outdated).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegionDtos.UploadView apply(UUID id, String ifMatch) {
        user.require(Role.CITY);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, token, base_version from region_upload where id = ?1 for update")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("region upload", id);
        }
        String status = (String) rows.get(0)[0];
        String token = (String) rows.get(0)[1];
        long base = ((Number) rows.get(0)[2]).longValue();
        Refusals.orThrow(RegionUploadRules.confirms(ifMatch, token));
        Refusals.orThrow(RegionUploadRules.stillPreview(id, status));
        long revision = Refusals.orThrow(RegionUploadRules.unchangedSince(base, store.nextVersion()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
        String by = user.subject();
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("select kind, code, name, previous_name, from_code from region_upload_change where upload_id = ?1 "
                + "order by seq").setParameter(1, id).getResultList();
        for (Object[] c : changes) {
            RegionDiff.Kind kind = RegionDiff.Kind.valueOf((String) c[0]);
            RegionCode code = RegionCode.of((String) c[1]);
            String name = (String) c[2];
            String previous = (String) c[3];
            switch (kind) {
                case ADDED -> write(code, name, null, "ADDED", null, null, revision, id, by, now);
                case RENAMED -> write(code, name, previous, "RENAMED", null, null, revision, id, by, now);
                case RESTORED -> write(code, name, previous.equals(name) ? null : previous, "RESTORED", null, null, revision, id, by, now);
                case RETIRED -> write(code, name, null, "RETIRED", today, null, revision, id, by, now);
                case MOVED -> {
                    RegionCode from = RegionCode.of((String) c[4]);
                    write(from, previous, null, "RETIRED", today, code.value(), revision, id, by, now);
                    write(code, name, null, "ADDED", null, null, revision, id, by, now);
                }
            }
        }
        em.createNativeQuery("update region_upload set status = 'APPLIED', applied_by = ?2, applied_at = ?3, revision = ?4 where id = ?1")
                .setParameter(1, id).setParameter(2, by).setParameter(3, Timestamp.from(now)).setParameter(4, revision).executeUpdate();
        // Uploads previewed against the old directory can no longer be applied (their base is gone).
        changed.fire(new RegionsChanged("upload " + id + " applied"));
        return get(id);
    }

    private void write(RegionCode code, String name, String previousName, String change, LocalDate retiredOn, String successor, long revision,
                       UUID uploadId, String by, Instant now) {
        Pinyin.Reading p = Pinyin.of(name);
        boolean zone = directory.find(code).map(RegionDirectory.Region::functionalZone).orElse(false);
        String parent = code.parent().filter(x -> x.tier() != Tier.PROVINCE).map(RegionCode::value).orElse(null);
        store.put(new RegionDirectory.Region(code, name, parent, code.tier(), zone, false, p.full(), p.initials(), retiredOn, successor), revision, now);
        store.recordChange(code.value(), change, name, previousName, successor, retiredOn, revision, uploadId, by, now);
        outbox.append(RegionEvents.AGGREGATE, code.value(), RegionEvents.CHANGED_V1, new RegionChangedV1(code.value(), change, name, previousName, parent,
                code.tier().name(), zone, p.full(), p.initials(), retiredOn == null, retiredOn, successor, revision, uploadId.toString(), now));
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
