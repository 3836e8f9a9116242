package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.RequestLanguage;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs import jobs. A submitted file is stored with its job (QUEUED) and handed to this replica's
 * worker thread; the request waits a moment ({@code agri.imports.wait-for}), so a small file is often
 * finished when the 202 answers, and a large one is polled. The worker claims the job (RUNNING), reads
 * the rows, and in ONE transaction, holding the kind's advisory lock, has the handler check every row
 * and, only when no row has an error, write them all; the job's final state commits with the rows.
 * Counts move while it runs (separate small transactions). A replica that dies mid-job rolled nothing
 * in: a sweep puts jobs whose heartbeat stopped back in the queue (at most {@code agri.imports.max-attempts}).
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    @Inject
    Instance<ImportHandler> handlers;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "agri.imports.max-rows", defaultValue = "50000")
    int maxRows;

    @ConfigProperty(name = "agri.imports.max-file-bytes", defaultValue = "10485760")
    long maxFileBytes;

    @ConfigProperty(name = "agri.imports.max-errors", defaultValue = "10000")
    int maxErrors;

    @ConfigProperty(name = "agri.imports.wait-for", defaultValue = "3s")
    Duration waitFor;

    @ConfigProperty(name = "agri.imports.transaction-timeout", defaultValue = "10m")
    Duration transactionTimeout;

    @ConfigProperty(name = "agri.imports.stale-after", defaultValue = "15m")
    Duration staleAfter;

    @ConfigProperty(name = "agri.imports.max-attempts", defaultValue = "3")
    int maxAttempts;

    private ExecutorService worker;
    private Map<String, ImportHandler> byKind;

    @PostConstruct
    void init() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-worker");
            t.setDaemon(true);
            return t;
        });
        Map<String, ImportHandler> m = new LinkedHashMap<>();
        for (ImportHandler h : handlers) {
            if (m.put(h.kind(), h) != null) {
                throw new IllegalStateException("two import handlers for kind " + h.kind());
            }
        }
        byKind = m;
    }

    void stop(@Observes ShutdownEvent ev) {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    /** The kinds this service imports. */
    public List<ImportHandler> kinds() {
        return List.copyOf(byKind.values());
    }

    public ImportHandler handler(String kind) {
        ImportHandler h = byKind.get(kind);
        if (h == null) {
            throw ProblemException.notFound("import kind", kind + " (" + (byKind.isEmpty() ? "—" : String.join(", ", byKind.keySet())) + ")");
        }
        return h;
    }

    /**
     * Stores the file as a QUEUED job and starts it; waits up to {@code agri.imports.wait-for} for it.
     *
     * @return the job as it stands when the wait ends
     */
    public ImportJobView submit(String kind, ImportCaller caller, String fileName, byte[] content) {
        ImportHandler h = handler(kind);
        h.refusal(caller).ifPresent(v -> {
            throw Refusals.problem(List.of(v));
        });
        if (content == null || content.length == 0) {
            throw ProblemException.keyed(400, "empty-import", "import.no-file");
        }
        if (!isZip(content)) {
            // refused before a job exists: a job is only ever the record of a workbook
            throw ProblemException.keyed(400, "import-not-xlsx", "imports.not-workbook");
        }
        if (content.length > maxFileBytes) {
            throw ProblemException.keyed(413, "import-too-large", "import.file-too-large", maxFileBytes);
        }
        UUID id = UUID.randomUUID();
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip().substring(0, Math.min(255, fileName.strip().length()));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into import_job (id, kind, status, file_name, file_sha256, file_size, content, "
                        + "created_by, creator_role, region_code, created_at) values (?1, ?2, 'QUEUED', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, id).setParameter(2, kind).setParameter(3, str(name)).setParameter(4, sha256(content))
                .setParameter(5, (long) content.length).setParameter(6, content).setParameter(7, caller.subject())
                .setParameter(8, caller.role().claim).setParameter(9, caller.region().value()).setParameter(10, at(now()))
                .executeUpdate());
        LOG.infof("import job %s (%s, %d bytes) queued by %s", id, kind, content.length, caller.subject());
        Future<?> running = worker.submit(() -> run(id));
        try {
            running.get(waitFor.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still running: the client polls
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.errorf(e, "import job %s", id);
        }
        return find(id, null).orElseThrow();
    }

    /** A job visible to the scope (the creator's region within it); null scope: any. */
    public java.util.Optional<ImportJobView> find(UUID id, RegionScope scope) {
        List<?> rows = QuarkusTransaction.joiningExisting().call(() -> {
            Query q = em.createNativeQuery(SELECT + ", errors::text from import_job where id = ?1"
                    + (scope == null ? "" : " and " + RegionScope.positionalClause("region_code", 2))).setParameter(1, id);
            return (scope == null ? q : scope.bind(q, 2)).getResultList();
        });
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(view((Object[]) rows.get(0), true));
    }

    public Page<ImportJobView> list(RegionScope scope, String kind, String status, PageRequest page) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            String where = " from import_job where " + RegionScope.positionalClause("region_code", 1) + " and (?2 = '' or kind = ?2) and (?3 = '' or status = ?3)";
            List<?> rows = scope.bind(em.createNativeQuery(SELECT + where + " order by created_at desc, id"), 1)
                    .setParameter(2, kind == null ? "" : kind).setParameter(3, status == null ? "" : status)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            long total = ((Number) scope.bind(em.createNativeQuery("select count(*)" + where), 1)
                    .setParameter(2, kind == null ? "" : kind).setParameter(3, status == null ? "" : status)
                    .getSingleResult()).longValue();
            return new Page<>(rows.stream().map(r -> view((Object[]) r, false)).toList(), page.page(), page.size(), total);
        });
    }

    // ---- the worker ---------------------------------------------------------------------------

    private record Claimed(UUID id, String kind, byte[] content, ImportCaller caller) {
    }

    void run(UUID id) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            Claimed job = QuarkusTransaction.requiringNew().call(() -> claim(id));
            if (job != null) {
                execute(job);
            }
        } catch (Throwable t) {
            LOG.errorf(t, "import job %s failed", id);
            Text detail = new Text("import.failed", rootMessage(t));
            try {
                QuarkusTransaction.requiringNew().run(() -> finish(id, FAILED, -1, 0, 0, List.of(ImportError.file(detail)), detail));
            } catch (RuntimeException e) {
                LOG.errorf(e, "import job %s: could not record its failure", id);
            }
        } finally {
            request.terminate();
        }
    }

    private Claimed claim(UUID id) {
        List<?> rows = em.createNativeQuery("select kind, content, created_by, creator_role, region_code from import_job "
                + "where id = ?1 and status = 'QUEUED' for update skip locked").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        Instant now = now();
        em.createNativeQuery("update import_job set status = 'RUNNING', started_at = ?2, heartbeat_at = ?2, attempts = attempts + 1 where id = ?1")
                .setParameter(1, id).setParameter(2, at(now)).executeUpdate();
        Role role = Role.fromClaim((String) r[3]).orElseThrow();
        return new Claimed(id, (String) r[0], (byte[]) r[1], new ImportCaller((String) r[2], role, RegionCode.of((String) r[4])));
    }

    private void execute(Claimed job) {
        ImportHandler h = byKind.get(job.kind());
        if (h == null) {
            Text detail = new Text("import.kind-gone", job.kind());
            QuarkusTransaction.requiringNew().run(() -> finish(job.id(), FAILED, -1, 0, 0, List.of(ImportError.file(detail)), detail));
            return;
        }
        long started = System.nanoTime();
        List<ImportRow> rows;
        try {
            rows = XlsxRows.read(job.content(), h.columns(), maxRows);
        } catch (ImportFileException e) {
            QuarkusTransaction.requiringNew().run(() -> finish(job.id(), FAILED, 0, 0, 0, e.errors(), e.text()));
            return;
        }
        int total = rows.size();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update import_job set total_rows = ?2, heartbeat_at = ?3 where id = ?1")
                .setParameter(1, job.id()).setParameter(2, total).setParameter(3, at(now())).executeUpdate());
        long parsed = System.nanoTime();
        Progress progress = new Progress(job.id());
        long[] checked = {parsed};
        QuarkusTransaction.requiringNew().timeout((int) transactionTimeout.toSeconds()).run(() -> {
            // one import of a kind at a time, across replicas: two files with the same key cannot both pass the check
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l").setParameter(1, "agri.import:" + job.kind())
                    .getResultList();
            ImportPlan plan = h.plan(job.id(), rows, job.caller(), progress);
            checked[0] = System.nanoTime();
            if (!plan.errors().isEmpty()) {
                finish(job.id(), FAILED, total, 0, 0, plan.errors(), null);
                return;
            }
            int created = plan.write();
            finish(job.id(), SUCCEEDED, total, created, plan.unchanged(), List.of(), null);
        });
        long done = System.nanoTime();
        LOG.infof("import job %s (%s): %d rows, read in %d ms, checked in %d ms, stored and committed in %d ms", job.id(), job.kind(), total,
                (parsed - started) / 1_000_000, (checked[0] - parsed) / 1_000_000, (done - checked[0]) / 1_000_000);
    }

    /** Writes the counts at most every 200 ms, in its own transaction, so pollers see the job move. */
    private final class Progress implements ImportProgress {
        private final UUID id;
        private long last;

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public void processed(int processed) {
            long now = System.nanoTime();
            if (now - last < 200_000_000L) {
                return;
            }
            last = now;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update import_job set processed_rows = ?2, heartbeat_at = ?3 where id = ?1")
                    .setParameter(1, id).setParameter(2, processed).setParameter(3, at(now())).executeUpdate());
        }
    }

    private void finish(UUID id, String status, int total, int created, int unchanged, List<ImportError> errors, Text why) {
        Set<Integer> failedRows = new HashSet<>();
        errors.forEach(e -> failedRows.add(e.row()));
        Text text = why == null && status.equals(FAILED) ? new Text("import.rows-failed", errors.size(), failedRows.size()) : why;
        String detail = text == null ? null : bilingual(text);
        String json;
        try {
            json = mapper.writeValueAsString(errors.size() > maxErrors ? errors.subList(0, maxErrors) : errors);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("update import_job set status = ?2, total_rows = case when ?3 < 0 then total_rows else ?3 end, processed_rows = case when ?3 < 0 then total_rows else ?3 end, "
                        + "failed_rows = ?4, created_rows = ?5, unchanged_rows = ?6, errors = cast(?7 as jsonb), error_count = ?8, detail = ?9, "
                        + "content = null, finished_at = ?10, heartbeat_at = ?10 where id = ?1")
                .setParameter(1, id).setParameter(2, status).setParameter(3, total).setParameter(4, status.equals(FAILED) ? failedRows.size() : 0)
                .setParameter(5, created).setParameter(6, unchanged).setParameter(7, json).setParameter(8, errors.size())
                .setParameter(9, str(detail)).setParameter(10, at(now()))
                .executeUpdate();
    }

    /**
     * Jobs a dead replica left behind: RUNNING without a heartbeat for {@code agri.imports.stale-after}
     * go back to the queue (nothing of them was committed), or fail after {@code agri.imports.max-attempts};
     * QUEUED ones that no worker took within a minute are started here.
     */
    @Scheduled(every = "${agri.imports.sweep-every:30s}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            List<UUID> queued = QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime stale = at(now().minus(staleAfter));
                Text interrupted = new Text("import.interrupted", maxAttempts);
                String errors;
                try {
                    errors = mapper.writeValueAsString(List.of(ImportError.file(interrupted)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                em.createNativeQuery("update import_job set status = 'FAILED', finished_at = ?3, content = null, detail = ?2, "
                                + "errors = cast(?5 as jsonb), error_count = 1 "
                                + "where status = 'RUNNING' and heartbeat_at < ?1 and attempts >= ?4")
                        .setParameter(1, stale).setParameter(2, bilingual(interrupted))
                        .setParameter(3, at(now())).setParameter(4, maxAttempts).setParameter(5, errors).executeUpdate();
                int requeued = em.createNativeQuery("update import_job set status = 'QUEUED' where status = 'RUNNING' and heartbeat_at < ?1")
                        .setParameter(1, stale).executeUpdate();
                if (requeued > 0) {
                    LOG.warnf("%d interrupted import jobs queued again", requeued);
                }
                List<?> ids = em.createNativeQuery("select id from import_job where status = 'QUEUED' and created_at < ?1 order by created_at limit 20")
                        .setParameter(1, at(now().minus(Duration.ofMinutes(1)))).getResultList();
                return ids.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
            });
            queued.forEach(id -> worker.submit(() -> run(id)));
        } catch (RuntimeException e) {
            LOG.warnf("import sweep failed: %s", e.getMessage());
        }
    }

    // ---- mapping ------------------------------------------------------------------------------

    private static final String SELECT = "select id, kind, status, file_name, file_sha256, file_size, total_rows, processed_rows, failed_rows, "
            + "created_rows, unchanged_rows, error_count, detail, created_by, region_code, created_at, started_at, finished_at";

    private ImportJobView view(Object[] r, boolean withErrors) {
        List<ImportError> errors = null;
        if (withErrors) {
            try {
                Language l = RequestLanguage.current();
                errors = mapper.readValue((String) r[18], new TypeReference<List<ImportError>>() {
                }).stream().map(e -> e.in(l)).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return new ImportJobView(r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), ((Number) r[11]).intValue(), errors, detail((String) r[12]), (String) r[13],
                (String) r[14], instant(r[15]), instant(r[16]), instant(r[17]));
    }

    /** A job's detail is stored in both languages (the job runs outside the request): {"zh": …, "en": …}. */
    private String bilingual(Text text) {
        Map<String, String> both = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            both.put(l.suffix, text.in(l));
        }
        try {
            return mapper.writeValueAsString(both);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored detail in the reader's language; a detail stored as plain text (older jobs) as written. */
    private String detail(String stored) {
        if (stored == null || !stored.startsWith("{")) {
            return stored;
        }
        try {
            Map<String, String> both = mapper.readValue(stored, new TypeReference<Map<String, String>>() {
            });
            return both.getOrDefault(RequestLanguage.current().suffix, stored);
        } catch (Exception e) {
            return stored;
        }
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }

    private static org.hibernate.query.TypedParameterValue<String> str(String s) {
        return new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, s);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime at(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** An XLSX workbook is a ZIP archive: it starts with a local file header. */
    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
