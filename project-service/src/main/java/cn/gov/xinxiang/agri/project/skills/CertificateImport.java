package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.contracts.skills.SkillsCertificateRecordedV1;
import cn.gov.xinxiang.agri.contracts.skills.SkillsEvents;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportHandler;
import cn.gov.xinxiang.agri.platform.imports.ImportPlan;
import cn.gov.xinxiang.agri.platform.imports.ImportProgress;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.imports.KeyedRows;
import cn.gov.xinxiang.agri.platform.outbox.OutboxBatch;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.project.household.HouseholdCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Import kind {@code skills-certificates} (技能证书): the certificates the human-resources department reports, one
 * person a row, checked as the JSON API checks one ({@link CertificateValidator}) and stored in JDBC batches with
 * one {@code skills.certificate-recorded.v1} event each. City users import anywhere, county users within their
 * county. Natural key: issuer + certificate number; the same certificate again changes nothing, the same key with
 * other content is a row error. The households of a file are read in one query per 1,000 numbers, not one a row.
 */
@ApplicationScoped
public class CertificateImport implements ImportHandler {

    public static final String KIND = "skills-certificates";
    static final int CHUNK = 1000;

    @Inject
    EntityManager em;
    @Inject
    OutboxBatch outbox;
    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "技能证书";
    }

    @Override
    public List<ImportColumn> columns() {
        return CertificateColumns.ALL;
    }

    @Override
    public Optional<Violation> refusal(ImportCaller caller) {
        return CertificateRules.importer(caller.is(Role.CITY) || caller.is(Role.COUNTY), caller.role().claim).violations().stream().findFirst();
    }

    @Override
    public ImportPlan plan(UUID jobId, List<ImportRow> rows, ImportCaller caller, ImportProgress progress) {
        Map<String, CertificateValidator.HouseholdRef> households = households(rows.stream().map(r -> r.get(CertificateColumns.HOUSEHOLD_NO).strip())
                .filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toSet()));
        Map<UUID, String> trainings = new HashMap<>();
        LocalDate today = clock.instant().atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
        CertificateValidator validator = new CertificateValidator(new CertificateValidator.Lookups() {
            @Override
            public Optional<CertificateValidator.HouseholdRef> household(String no) {
                return Optional.ofNullable(households.get(no));
            }

            @Override
            public Optional<String> trainingCounty(UUID id) {
                return Optional.ofNullable(trainings.computeIfAbsent(id, CertificateImport.this::trainingCounty));
            }

            @Override
            public LocalDate today() {
                return today;
            }
        }, caller.scope());
        KeyedRows<CertificateRow> keyed = KeyedRows.check(rows, validator::check, CertificateRow::key, CertificateRow::digest,
                (earlier, row) -> ImportError.of(row.rowNumber(), "证书编号", CertificateColumns.CERTIFICATE_NO,
                        new Text("skills.same-certificate", earlier.rowNumber())), progress);
        List<CertificateRow> fresh = keyed.fresh(storedDigests(keyed.rows()), row -> ImportError.of(row.rowNumber(), "证书编号",
                CertificateColumns.CERTIFICATE_NO, new Text("skills.certificate-registered", row.issuer(), row.certificateNo())));
        return ImportPlan.of(keyed.errors(), keyed.unchanged(), () -> write(jobId, fresh, caller.subject()));
    }

    /** The roster entries of these household numbers, in queries of {@value #CHUNK} numbers. */
    Map<String, CertificateValidator.HouseholdRef> households(Set<String> numbers) {
        Map<String, CertificateValidator.HouseholdRef> out = new HashMap<>();
        List<String> all = new ArrayList<>(numbers);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select national_household_no, id, village_code, category, on_roster from household "
                    + "where national_household_no = any(?)")) {
                for (int from = 0; from < all.size(); from += CHUNK) {
                    ps.setArray(1, c.createArrayOf("varchar", all.subList(from, Math.min(all.size(), from + CHUNK)).toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), new CertificateValidator.HouseholdRef(rs.getObject(2, UUID.class), rs.getString(3),
                                    HouseholdCategory.valueOf(rs.getString(4)), rs.getBoolean(5)));
                        }
                    }
                }
            }
        });
        return out;
    }

    String trainingCounty(UUID id) {
        List<?> r = em.createNativeQuery("select county_code from skills_training where id = ?1").setParameter(1, id).getResultList();
        return r.isEmpty() ? null : (String) r.get(0);
    }

    /** key → digest of the certificates already stored under these keys. */
    Map<String, String> storedDigests(Collection<CertificateRow> rows) {
        Map<String, String> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<CertificateRow> all = new ArrayList<>(rows);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select s.issuer, s.certificate_no, s.digest from skills_certificate s "
                    + "join unnest(?::varchar[], ?::varchar[]) k(issuer, no) on s.issuer = k.issuer and s.certificate_no = k.no")) {
                for (int from = 0; from < all.size(); from += CHUNK) {
                    List<CertificateRow> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                    ps.setArray(1, c.createArrayOf("varchar", chunk.stream().map(CertificateRow::issuer).toArray()));
                    ps.setArray(2, c.createArrayOf("varchar", chunk.stream().map(CertificateRow::certificateNo).toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3));
                        }
                    }
                }
            }
        });
        return out;
    }

    int write(UUID jobId, List<CertificateRow> rows, String subject) {
        return store(jobId, rows, subject).size();
    }

    /** Stores the rows in JDBC batches with their events, on the transaction's connection; their new ids in order. */
    List<UUID> store(UUID jobId, List<CertificateRow> rows, String subject) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> ids = new ArrayList<>(rows.size());
        List<OutboxBatch.Pending> events = new ArrayList<>(rows.size());
        for (CertificateRow r : rows) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            events.add(new OutboxBatch.Pending(SkillsEvents.AGGREGATE, id.toString(), SkillsEvents.CERTIFICATE_RECORDED_V1, event(id, r, subject, now)));
        }
        em.unwrap(Session.class).doWork(c -> {
            insert(c, jobId, rows, ids, subject, now);
            outbox.append(c, events);
        });
        return ids;
    }

    static SkillsCertificateRecordedV1 event(UUID id, CertificateRow r, String subject, Instant now) {
        return new SkillsCertificateRecordedV1(id.toString(), r.householdId().toString(), r.nationalHouseholdNo(), r.householdCategory().name(),
                r.villageCode(), r.countyCode(), r.kind().name(), r.level().name(), r.issuer(), r.certificateNo(), r.issuedOn(), r.year(),
                r.trainingId() == null ? null : r.trainingId().toString(), subject, now);
    }

    static void insert(Connection c, UUID jobId, List<CertificateRow> rows, List<UUID> ids, String subject, Instant now) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement("insert into skills_certificate (id, household_id, household_no, village_code, county_code, person_name, "
                + "id_number_masked, kind, level, issuer, certificate_no, issued_on, year, training_id, import_job_id, digest, created_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                CertificateRow r = rows.get(i);
                int p = 1;
                ps.setObject(p++, ids.get(i));
                ps.setObject(p++, r.householdId());
                ps.setString(p++, r.nationalHouseholdNo());
                ps.setString(p++, r.villageCode());
                ps.setString(p++, r.countyCode());
                ps.setString(p++, r.personName());
                ps.setString(p++, r.idNumberMasked());
                ps.setString(p++, r.kind().name());
                ps.setString(p++, r.level().name());
                ps.setString(p++, r.issuer());
                ps.setString(p++, r.certificateNo());
                ps.setObject(p++, r.issuedOn());
                ps.setInt(p++, r.year());
                if (r.trainingId() == null) {
                    ps.setNull(p++, Types.OTHER);
                } else {
                    ps.setObject(p++, r.trainingId());
                }
                if (jobId == null) {
                    ps.setNull(p++, Types.OTHER);
                } else {
                    ps.setObject(p++, jobId);
                }
                ps.setString(p++, r.digest());
                ps.setString(p++, subject);
                ps.setObject(p, at);
                ps.addBatch();
                if ((i + 1) % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
