package cn.gov.xinxiang.agri.project.imports;

import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
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
import cn.gov.xinxiang.agri.platform.policy.PolicyParameterStore;
import cn.gov.xinxiang.agri.platform.policy.PolicyValue;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import cn.gov.xinxiang.agri.project.policy.PolicyParams;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Import kind {@code library-projects}: projects admitted to the library in earlier years, entering it
 * directly as IN_LIBRARY (admitted on the row's 入库日期) with their mechanisms and operating entity, and
 * announced with {@code project.admitted.v1} so funding-service (library) and evaluation-service see them
 * as they see projects admitted here. City users import anywhere, county users within their county.
 * Natural key: the project code.
 */
@ApplicationScoped
public class LibraryProjectImport implements ImportHandler {

    public static final String KIND = "library-projects";
    static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    @Inject
    PolicyParameterStore policy;

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
        return "历史入库项目";
    }

    @Override
    public List<ImportColumn> columns() {
        return LibraryProjectColumns.ALL;
    }

    @Override
    public Optional<Violation> refusal(ImportCaller caller) {
        return caller.is(Role.CITY) || caller.is(Role.COUNTY) ? Optional.empty()
                : Optional.of(Violation.forbidden("library-import.who", caller.role().claim));
    }

    /**
     * The year's minimum; a year before the first policy row (projects older than the policy data) takes
     * the earliest row's value, the rule as first recorded.
     */
    int minDistinct(int year) {
        Optional<PolicyValue> v = policy.find(PolicyParams.MIN_DISTINCT_MECHANISMS, year);
        return v.orElseGet(() -> policy.all().stream().filter(x -> x.key().equals(PolicyParams.MIN_DISTINCT_MECHANISMS))
                .min(Comparator.comparingInt(PolicyValue::appliesFrom)).orElseThrow()).intValue();
    }

    @Override
    public ImportPlan plan(UUID jobId, List<ImportRow> rows, ImportCaller caller, ImportProgress progress) {
        Set<String> leading = leadingIndustries();
        Map<Integer, Integer> minimum = new HashMap<>();
        LocalDate today = clock.instant().atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
        LibraryProjectRowValidator validator = new LibraryProjectRowValidator(new LibraryProjectRowValidator.Lookups() {
            @Override
            public Optional<Text> regionProblem(RegionCode code) {
                return regions.problemText(code);
            }

            @Override
            public boolean leadingIndustry(String countyCode, int year, String code) {
                return leading.contains(countyCode + "|" + year + "|" + code);
            }

            @Override
            public int minDistinctMechanisms(int year) {
                return minimum.computeIfAbsent(year, y -> minDistinct(y));
            }

            @Override
            public LocalDate today() {
                return today;
            }
        }, caller);
        KeyedRows<LibraryProjectRow> keyed = KeyedRows.check(rows, validator::check, LibraryProjectRow::code, LibraryProjectRow::digest,
                (earlier, row) -> ImportError.of(row.rowNumber(), "项目编号", LibraryProjectColumns.CODE_KEY,
                        new Text("library-import.same-code", earlier.rowNumber())), progress);
        Map<String, String[]> stored = stored(keyed.keys());
        Map<String, String> digests = new HashMap<>();
        stored.forEach((code, idAndDigest) -> digests.put(code, idAndDigest[1]));
        List<LibraryProjectRow> fresh = keyed.fresh(digests, row -> ImportError.of(row.rowNumber(), "项目编号", LibraryProjectColumns.CODE_KEY,
                new Text("library-import.registered", stored.get(row.code())[0])));
        return ImportPlan.of(keyed.errors(), keyed.unchanged(), () -> write(jobId, fresh, caller));
    }

    private Set<String> leadingIndustries() {
        Set<String> out = new HashSet<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select county_code, year, code from leading_industry"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3));
                }
            }
        });
        return out;
    }

    private Map<String, String[]> stored(Set<String> codes) {
        Map<String, String[]> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select code, id, import_digest from project where code = any(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", codes.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)});
                    }
                }
            }
        });
        return out;
    }

    static Instant admittedAt(LibraryProjectRow r) {
        return r.admittedOn().atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant();
    }

    int write(UUID jobId, List<LibraryProjectRow> rows, ImportCaller caller) {
        if (rows.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> ids = new ArrayList<>();
        List<OutboxBatch.Pending> events = new ArrayList<>();
        for (LibraryProjectRow r : rows) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            events.add(new OutboxBatch.Pending(ProjectEvents.AGGREGATE, id.toString(), ProjectEvents.ADMITTED_V1,
                    new ProjectAdmittedV1(id.toString(), r.code(), r.name(), r.fiscalYear(), r.regionCode(), r.countyCode(), r.industryCategory().name(),
                            r.leadingIndustryCode() != null, r.leadingIndustryCode(), r.total(), r.linkageFunds(),
                            r.mechanisms().stream().map(m -> new ProjectAdmittedV1.Mechanism(m.type().name(), m.povertyAlleviated(), m.monitored(),
                                    m.other(), m.incomePerHousehold())).toList(), admittedAt(r))));
        }
        em.unwrap(Session.class).doWork(c -> {
            insert(c, jobId, rows, ids, caller, now);
            outbox.append(c, events);
        });
        return rows.size();
    }

    private static void insert(Connection c, UUID jobId, List<LibraryProjectRow> rows, List<UUID> ids, ImportCaller caller, Instant now) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement project = c.prepareStatement("insert into project (id, code, name, fiscal_year, region_code, industry_category, status, "
                + "created_by, created_at, updated_at, version, leading_industry_code, inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, "
                + "inv_total, county_code, admitted_at, import_job_id, import_digest) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement participant = c.prepareStatement("insert into project_participant (project_id, position, role, entity_type, name, credit_code) "
                     + "values (?, 0, ?, ?, ?, ?)");
             PreparedStatement mechanism = c.prepareStatement("insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, "
                     + "planned_monitored, planned_other, expected_income_per_household) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement transition = c.prepareStatement("insert into project_transition (id, project_id, action, from_status, to_status, actor, "
                     + "actor_role, actor_region, reason, at) values (?, ?, 'ADMIT', ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                LibraryProjectRow r = rows.get(i);
                UUID id = ids.get(i);
                OffsetDateTime admitted = OffsetDateTime.ofInstant(admittedAt(r), ZoneOffset.UTC);
                int p = 1;
                project.setObject(p++, id);
                project.setString(p++, r.code());
                project.setString(p++, r.name());
                project.setInt(p++, r.fiscalYear());
                project.setString(p++, r.regionCode());
                project.setString(p++, r.industryCategory().name());
                project.setString(p++, ProjectStatus.IN_LIBRARY.name());
                project.setString(p++, caller.subject());
                project.setObject(p++, at);
                project.setObject(p++, at);
                project.setString(p++, r.leadingIndustryCode());
                project.setBigDecimal(p++, r.linkageFunds());
                project.setBigDecimal(p++, r.otherFiscal());
                project.setBigDecimal(p++, r.selfRaised());
                project.setBigDecimal(p++, r.credit());
                project.setBigDecimal(p++, r.total());
                project.setString(p++, r.countyCode());
                project.setObject(p++, admitted);
                project.setObject(p++, jobId);
                project.setString(p, r.digest());
                project.addBatch();
                participant.setObject(1, id);
                participant.setString(2, r.entityRole().name());
                participant.setString(3, r.entityType().name());
                participant.setString(4, r.entityName());
                if (r.creditCode() == null) {
                    participant.setNull(5, Types.VARCHAR);
                } else {
                    participant.setString(5, r.creditCode());
                }
                participant.addBatch();
                for (int m = 0; m < r.mechanisms().size(); m++) {
                    LibraryProjectRow.Mechanism x = r.mechanisms().get(m);
                    mechanism.setObject(1, id);
                    mechanism.setInt(2, m);
                    mechanism.setString(3, x.type().name());
                    mechanism.setInt(4, x.povertyAlleviated());
                    mechanism.setInt(5, x.monitored());
                    mechanism.setInt(6, x.other());
                    mechanism.setBigDecimal(7, x.incomePerHousehold());
                    mechanism.addBatch();
                }
                transition.setObject(1, UUID.randomUUID());
                transition.setObject(2, id);
                transition.setString(3, ProjectStatus.IN_NOTICE.name());
                transition.setString(4, ProjectStatus.IN_LIBRARY.name());
                transition.setString(5, caller.subject());
                transition.setString(6, caller.role().claim);
                transition.setString(7, caller.region().value());
                transition.setString(8, "历史入库项目导入（导入任务 " + jobId + "）");
                transition.setObject(9, admitted);
                transition.addBatch();
                if ((i + 1) % CHUNK == 0) {
                    project.executeBatch();
                    participant.executeBatch();
                    mechanism.executeBatch();
                    transition.executeBatch();
                }
            }
            project.executeBatch();
            participant.executeBatch();
            mechanism.executeBatch();
            transition.executeBatch();
        }
    }
}
