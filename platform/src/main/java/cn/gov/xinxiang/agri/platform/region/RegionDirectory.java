package cn.gov.xinxiang.agri.platform.region;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The regions this service knows, from its {@code region} table: Xinxiang's official division list
 * (loaded from the packaged file at start, then kept by project-service's uploads and their events)
 * and, only where {@code agri.regions.sample-data.enabled=true}, the sample villages marked （样例）.
 *
 * <p>Reads come from an in-memory copy (some 4,000 rows), so checking a region on a write costs no
 * query. The copy reloads right after a transaction of this service changed the table
 * ({@link RegionsChanged}) and, for changes made by another replica, when the scheduled check
 * ({@code agri.regions.refresh-every}, default 5 s) sees the table's version move.
 *
 * <p>A retired code (gone from the official list) stays known: {@link #find} and {@link #nameOf}
 * still answer for it, so old records read as before; {@link #exists} and {@link #requireActive}
 * refuse it for new records.
 */
@ApplicationScoped
public class RegionDirectory {

    private static final Logger LOG = Logger.getLogger(RegionDirectory.class);

    /** Problem type of a write that names a retired region (422, with the field path). */
    public static final String RETIRED_SLUG = "region-retired";

    /**
     * One region.
     *
     * @param parentCode     the region one tier up (null for the city)
     * @param functionalZone a development zone: a statistical county-level unit, not an administrative county
     * @param sample         invented sample data, marked （样例）
     * @param retiredOn      business date from which no new record may name it; null while active
     * @param successorCode  the code that replaced it, when known
     */
    public record Region(RegionCode code, String name, String parentCode, Tier tier, boolean functionalZone, boolean sample,
                         String pinyin, String initials, LocalDate retiredOn, String successorCode) {

        public boolean active() {
            return retiredOn == null;
        }
    }

    /** What a code is to this directory. */
    public enum Standing { ACTIVE, RETIRED, UNKNOWN }

    @Inject
    RegionStore store;

    @ConfigProperty(name = "agri.regions.sample-data.enabled", defaultValue = "false")
    boolean sampleEnabled;

    private volatile RegionSnapshot snapshot;
    private volatile boolean stale = true;

    /** The region, active or retired; empty for a code the directory never had. */
    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(current().get(code));
    }

    /** True when a new record may name the code: it is in the directory and not retired. */
    public boolean exists(RegionCode code) {
        return standing(code) == Standing.ACTIVE;
    }

    /** True for any code the directory has, retired ones included (for reads and filters). */
    public boolean known(RegionCode code) {
        return current().get(code) != null;
    }

    public Standing standing(RegionCode code) {
        Region r = current().get(code);
        return r == null ? Standing.UNKNOWN : r.active() ? Standing.ACTIVE : Standing.RETIRED;
    }

    /** The region's name, also for a retired one; the code itself when unknown. */
    public String nameOf(RegionCode code) {
        return find(code).map(Region::name).orElse(code.value());
    }

    /** Every active region, in code order. */
    public List<Region> all() {
        return current().active();
    }

    /** Active direct and indirect descendants of a region (and the region itself), in code order. */
    public List<Region> within(RegionCode root) {
        return current().activeWithin(root);
    }

    /**
     * For a write that names a region in {@code field}: 400 {@code validation} when the code is
     * unknown, 422 {@value #RETIRED_SLUG} when it was retired.
     */
    public void requireActive(String field, RegionCode code) {
        Optional<Problem.FieldError> problem = problem(field, code);
        if (problem.isEmpty()) {
            return;
        }
        if (standing(code) == Standing.RETIRED) {
            throw retired(List.of(problem.get()));
        }
        throw ProblemException.invalid(List.of(problem.get()));
    }

    /** The field error a write naming this code deserves, or empty when the code is active. */
    public Optional<Problem.FieldError> problem(String field, RegionCode code) {
        return problemText(code).map(t -> ProblemException.fieldError(field, t.key(), t.args()));
    }

    /** What is wrong with naming this code in a write, as a bundle text (for code outside a request, e.g. imports); empty when active. */
    public Optional<Text> problemText(RegionCode code) {
        Region r = current().get(code);
        if (r == null) {
            return Optional.of(new Text("region.unknown", code.toString()));
        }
        if (!r.active()) {
            return Optional.of(r.successorCode() == null
                    ? new Text("region.retired", code.toString(), r.name(), r.retiredOn().toString())
                    : new Text("region.retired-use", code.toString(), r.name(), r.retiredOn().toString(),
                            r.successorCode(), nameOf(RegionCode.of(r.successorCode()))));
        }
        return Optional.empty();
    }

    /** 422 for writes that name retired regions. */
    public static ProblemException retired(List<Problem.FieldError> errors) {
        return (errors.size() == 1
                ? ProblemException.keyed(422, RETIRED_SLUG, "problem.field-message", errors.get(0).field(), errors.get(0).message())
                : ProblemException.keyed(422, RETIRED_SLUG, "region.fields-retired", errors.size())).errors(errors);
    }

    /** The version of the copy in memory (the {@code region_directory} version it was read at). */
    public long version() {
        return current().version;
    }

    public boolean sampleDataEnabled() {
        return sampleEnabled;
    }

    /** Forgets the copy; the next read loads the table again. */
    public void invalidate() {
        stale = true;
    }

    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegionsChanged change) {
        LOG.debugf("region directory changed (%s): reloading", change.why());
        invalidate();
    }

    /** Notices changes committed by other replicas (or by this one outside a CDI event). */
    @Scheduled(every = "${agri.regions.refresh-every:5s}", delayed = "${agri.regions.refresh-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkVersion() {
        RegionSnapshot s = snapshot;
        if (s == null || stale) {
            return;
        }
        try {
            if (store.version() != s.version) {
                invalidate();
            }
        } catch (RuntimeException e) {
            LOG.debugf("cannot check the region directory's version yet: %s", e.getMessage());
        }
    }

    private RegionSnapshot current() {
        RegionSnapshot s = snapshot;
        if (s != null && !stale) {
            return s;
        }
        synchronized (this) {
            if (snapshot == null || stale) {
                stale = false;
                try {
                    snapshot = store.load(sampleEnabled);
                } catch (RuntimeException e) {
                    stale = true;
                    throw e;
                }
                LOG.debugf("region directory loaded: %d regions at version %d", snapshot.size(), snapshot.version);
            }
            return snapshot;
        }
    }
}
