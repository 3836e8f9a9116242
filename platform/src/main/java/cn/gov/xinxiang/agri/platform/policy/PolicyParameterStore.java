package cn.gov.xinxiang.agri.platform.policy;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.contracts.policy.PolicyChangedV1;
import cn.gov.xinxiang.agri.contracts.policy.PolicyEvents;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.i18n.Messages;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-year policy parameters a service owns, in its {@code policy_parameter} table (one row per key
 * and the year it applies from). The value for a year is the row with the greatest {@code applies_from}
 * not after it; a year before a key's first row is a 422, never a guess. Every stored value is published
 * as {@code policy.changed.v1} through the outbox in the same transaction, so services that use another
 * owner's number keep a copy from the events instead of a value of their own.
 *
 * <p>The table belongs to the owning service's own migrations (see the platform README for its shape);
 * a service without a {@link PolicyCatalog} bean owns no parameters and never touches it.
 */
@ApplicationScoped
public class PolicyParameterStore {

    private static final String COLUMNS = "param_key, applies_from, value, unit, source_document, version, updated_by, updated_at";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Instance<PolicyCatalog> catalogs;

    @ConfigProperty(name = "quarkus.application.name")
    String owner;

    public record Stored(PolicyValue value, boolean created) {
    }

    public PolicyCatalog catalog() {
        if (!catalogs.isResolvable()) {
            throw new IllegalStateException(owner + " owns no policy parameters (no PolicyCatalog bean)");
        }
        return catalogs.get();
    }

    public boolean ownsParameters() {
        return catalogs.isResolvable();
    }

    public String owner() {
        return owner;
    }

    /** The key's definition; 404 for a key this service does not own. */
    public PolicyKey key(String key) {
        return catalog().find(key).orElseThrow(() -> ProblemException.keyed(404, "not-found", "problem.not-found", Localized.text("noun.policy-parameter-owned-by", owner), key));
    }

    public static void checkYear(String field, int year) {
        if (year < PolicyYears.FIRST || year > PolicyYears.LAST) {
            throw ProblemException.invalidField(field, "policy.year-range", PolicyYears.FIRST, PolicyYears.LAST);
        }
    }

    /** The value in force in a year, if the table covers it. */
    public Optional<PolicyValue> find(String key, int year) {
        return rows("where param_key = ?1 and applies_from <= ?2 order by applies_from desc limit 1", key, year).stream().findFirst();
    }

    /** The value in force in a year; 422 {@code policy-year-not-covered} when the year is before the key's first row. */
    public PolicyValue require(String key, int year) {
        return find(key, year).orElseThrow(() -> notCovered(key, year));
    }

    ProblemException notCovered(String key, int year) {
        List<PolicyValue> all = rows("where param_key = ?1 order by applies_from", key);
        ProblemException p = all.isEmpty()
                ? ProblemException.keyed(422, "policy-year-not-covered", "policy.no-value-yet", key)
                : ProblemException.keyed(422, "policy-year-not-covered", "policy.year-not-covered", key, year, all.get(0).appliesFrom());
        return p.field("year", "policy.before-first-year", key);
    }

    public Optional<PolicyValue> row(String key, int appliesFrom) {
        return rows("where param_key = ?1 and applies_from = ?2", key, appliesFrom).stream().findFirst();
    }

    /** Every row, by key and year. */
    public List<PolicyValue> all() {
        return rows("order by param_key, applies_from");
    }

    /** For each owned key the row in force in the year; 422 naming the keys the year is not covered for. */
    public List<PolicyValue> inForce(int year) {
        List<PolicyValue> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PolicyKey k : catalog().keys()) {
            find(k.key(), year).ifPresentOrElse(out::add, () -> missing.add(k.key()));
        }
        if (!missing.isEmpty()) {
            if (missing.size() == 1) {
                throw notCovered(missing.get(0), year);
            }
            List<Localized> firsts = missing.stream().map(k -> rows("where param_key = ?1 order by applies_from limit 1", k).stream()
                    .findFirst().map(v -> Localized.text("policy.key-first-from", k, v.appliesFrom()))
                    .orElse(Localized.text("policy.key-no-value", k))).toList();
            Localized list = l -> String.join(Messages.get().text(l, "problem.list-separator"), firsts.stream().map(f -> f.in(l)).toList());
            throw ProblemException.keyed(422, "policy-year-not-covered", "policy.years-not-covered", year, list)
                    .field("year", "policy.before-first-year", String.join(", ", missing));
        }
        return out;
    }

    /**
     * Creates the row of a key from a year, or replaces its value (If-Match with the row's version, 428/412
     * otherwise), and publishes the stored value. Validates the value against the key's range.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored put(String key, int appliesFrom, BigDecimal value, String sourceDocument, String ifMatch, String user) {
        PolicyKey k = key(key);
        checkYear("fromYear", appliesFrom);
        Text problem = k.check(value);
        if (problem != null) {
            throw ProblemException.invalidField("value", problem.key(), problem.args());
        }
        BigDecimal stored = value.setScale(6, java.math.RoundingMode.UNNECESSARY);
        Instant now = clock.instant();
        Optional<PolicyValue> existing = row(key, appliesFrom);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                throw ProblemException.keyed(412, "stale-write", "policy.no-row-to-match", key, appliesFrom);
            }
            em.createNativeQuery("insert into policy_parameter (" + COLUMNS + ", announced_version) values (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, 0)")
                    .setParameter(1, key).setParameter(2, appliesFrom).setParameter(3, stored).setParameter(4, k.unit().code)
                    .setParameter(5, sourceDocument.strip()).setParameter(6, user).setParameter(7, Timestamp.from(now))
                    .executeUpdate();
        } else {
            ETags.require(ifMatch, existing.get().version());
            int n = em.createNativeQuery("update policy_parameter set value = ?3, source_document = ?4, updated_by = ?5, updated_at = ?6, "
                            + "version = version + 1, announced_version = version + 1 where param_key = ?1 and applies_from = ?2 and version = ?7")
                    .setParameter(1, key).setParameter(2, appliesFrom).setParameter(3, stored).setParameter(4, sourceDocument.strip())
                    .setParameter(5, user).setParameter(6, Timestamp.from(now)).setParameter(7, existing.get().version())
                    .executeUpdate();
            if (n != 1) {
                throw ProblemException.keyed(412, "stale-write", "policy.changed-meanwhile", key, appliesFrom);
            }
        }
        PolicyValue saved = row(key, appliesFrom).orElseThrow();
        publish(k, saved);
        return new Stored(saved, existing.isEmpty());
    }

    /**
     * Publishes every row not yet published at its current version (the rows a migration seeded, or any
     * whose publication was lost), so a consumer's copy converges without anyone copying a number.
     *
     * @return how many rows were published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int announcePending() {
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery("select " + COLUMNS + " from policy_parameter where announced_version is null "
                + "or announced_version < version order by param_key, applies_from for update skip locked").getResultList();
        int n = 0;
        for (Object[] r : pending) {
            PolicyValue v = value(r);
            Optional<PolicyKey> k = catalog().find(v.key());
            if (k.isEmpty()) {
                continue; // a row of a key the code no longer reads: kept, not announced
            }
            publish(k.get(), v);
            em.createNativeQuery("update policy_parameter set announced_version = version where param_key = ?1 and applies_from = ?2")
                    .setParameter(1, v.key()).setParameter(2, v.appliesFrom()).executeUpdate();
            n++;
        }
        return n;
    }

    private void publish(PolicyKey k, PolicyValue v) {
        outbox.append(PolicyEvents.AGGREGATE, v.key(), PolicyEvents.CHANGED_V1, new PolicyChangedV1(v.key(), v.appliesFrom(),
                v.value().stripTrailingZeros().scale() < 0 ? v.value().setScale(0) : v.value().stripTrailingZeros(), v.unit().code, k.label(),
                v.sourceDocument(), owner, v.version(), v.updatedBy(), v.updatedAt()));
    }

    @SuppressWarnings("unchecked")
    private List<PolicyValue> rows(String tail, Object... params) {
        var q = em.createNativeQuery("select " + COLUMNS + " from policy_parameter " + tail);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(PolicyParameterStore::value).toList();
    }

    private static PolicyValue value(Object[] r) {
        Object at = r[7];
        Instant updatedAt = at instanceof Timestamp t ? t.toInstant() : at instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) at;
        return new PolicyValue((String) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2], PolicyKey.Unit.of((String) r[3]), (String) r[4],
                ((Number) r[5]).longValue(), (String) r[6], updatedAt);
    }
}
