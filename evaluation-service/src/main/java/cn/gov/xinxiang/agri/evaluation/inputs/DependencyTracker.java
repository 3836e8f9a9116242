package cn.gov.xinxiang.agri.evaluation.inputs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Records what each evaluation read (source, year, region prefix) and marks the published evaluations
 * that read something which changed afterwards as stale, in the transaction of the change. Stale is a
 * signal to verify (recompute and compare), never an edit of the published result.
 */
@ApplicationScoped
public class DependencyTracker {

    /** What an evaluation read: a source for its year, within a region prefix ("4107" = the city, a county's 12 digits). */
    public record Dependency(String source, int fiscalYear, String regionPrefix) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID evaluationId, Collection<Dependency> dependencies) {
        em.createNativeQuery("delete from evaluation_dependency where evaluation_id = ?1").setParameter(1, evaluationId).executeUpdate();
        if (dependencies.isEmpty()) {
            return;
        }
        // one statement for all of them (arrays unnested), not one per dependency
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("insert into evaluation_dependency (evaluation_id, source, fiscal_year, region_prefix) "
                    + "select ?, t.s, t.y, t.p from unnest(?, ?, ?) as t(s, y, p) on conflict do nothing")) {
                ps.setObject(1, evaluationId);
                ps.setArray(2, c.createArrayOf("varchar", dependencies.stream().map(Dependency::source).toArray()));
                ps.setArray(3, c.createArrayOf("int4", dependencies.stream().map(Dependency::fiscalYear).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", dependencies.stream().map(Dependency::regionPrefix).toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** Marks published evaluations that read what changed; returns how many were newly marked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int changed(List<InputChange> changes) {
        int n = 0;
        for (InputChange c : changes) {
            n += em.createNativeQuery("update evaluation e set stale_since = ?1, stale_reason = left(?2, 500) where e.status = 'PUBLISHED' "
                            + "and e.stale_since is null and exists (select 1 from evaluation_dependency d where d.evaluation_id = e.id "
                            + "and d.source = ?3 and d.fiscal_year >= ?4 and d.fiscal_year <= ?5 and (?6 = '' or ?6 like d.region_prefix || '%'))")
                    .setParameter(1, Timestamp.from(clock.instant()))
                    .setParameter(2, c.source() + " changed: " + c.what())
                    .setParameter(3, c.source()).setParameter(4, c.fromYear()).setParameter(5, c.toYear() == null ? 9999 : c.toYear())
                    .setParameter(6, c.regionCode() == null ? "" : c.regionCode())
                    .executeUpdate();
        }
        return n;
    }
}
