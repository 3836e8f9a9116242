package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An operator's replay of dead letters: each goes through the same inbox and {@link EventHandler} as
 * the live record would have, in a new transaction with its key's lock, so replaying twice changes
 * nothing and a replay never overtakes an earlier parked event of the same key.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    @Inject
    DeadLetters deadLetters;

    @Inject
    ReliableConsumer consumer;

    @Inject
    MeterRegistry registry;

    public record Failure(long id, String key, DeadLetterKind kind, String reason) {
    }

    /** What a topic replay did: replayed (applied or found already applied), failed again, skipped behind a failure. */
    public record TopicResult(String topic, int replayed, int failed, int skipped, long stillParked, List<Failure> failures) {
    }

    private record Attempt(boolean ok, DeadLetterKind kind, String reason) {
    }

    /**
     * Replays one dead letter. A resolved one is returned unchanged (replaying twice changes nothing).
     *
     * @throws ProblemException 404 unknown id; 409 {@code dead-letter-held} while an earlier dead letter
     *                          of its key is unresolved; 409 {@code replay-failed} when it fails again (it
     *                          stays parked with the try counted and the new reason)
     */
    public DeadLetters.Row replay(long id) {
        DeadLetters.Row row = deadLetters.find(id);
        if (row == null) {
            throw ProblemException.notFound("dead letter", id);
        }
        if (row.status() != DeadLetterStatus.PARKED) {
            return row;
        }
        Long blocker = QuarkusTransaction.requiringNew().call(() -> deadLetters.openBlocker(row.consumer(), row.key(), row.id()));
        if (blocker != null) {
            throw ProblemException.keyed(409, "dead-letter-held", "dead-letter.held", id, blocker);
        }
        Attempt a = attempt(row);
        deadLetters.parkedChanged();
        if (!a.ok()) {
            DeadLetters.Row now = deadLetters.find(id);
            throw ProblemException.keyed(409, "replay-failed", "dead-letter.replay-failed", id, a.kind(), now.attempts(), a.reason());
        }
        return deadLetters.find(id);
    }

    /**
     * Replays the topic's parked dead letters in parking order, at most {@code limit} of them. After a
     * key's dead letter fails for a passing reason the key's later ones are skipped (they stay held),
     * so per-key order holds; other keys go on.
     */
    public TopicResult replayTopic(String topic, int limit) {
        int replayed = 0;
        int skipped = 0;
        List<Failure> failures = new ArrayList<>();
        Set<String> blockedKeys = new HashSet<>();
        long after = 0;
        int seen = 0;
        while (seen < limit) {
            DeadLetters.Row row = deadLetters.nextParked(topic, after);
            if (row == null) {
                break;
            }
            seen++;
            after = row.id();
            String lockKey = row.key() == null ? null : row.consumer() + '\u0000' + row.key();
            if (lockKey != null && blockedKeys.contains(lockKey)) {
                skipped++;
                continue;
            }
            Attempt a = attempt(row);
            if (a.ok()) {
                replayed++;
            } else {
                failures.add(new Failure(row.id(), row.key(), a.kind(), a.reason()));
                if (lockKey != null && a.kind() != DeadLetterKind.POISON) {
                    blockedKeys.add(lockKey);
                }
            }
        }
        deadLetters.parkedChanged();
        LOG.infof("replayed topic %s: %d replayed, %d failed again, %d skipped behind a failure", topic, replayed, failures.size(), skipped);
        return new TopicResult(topic, replayed, failures.size(), skipped, deadLetters.countParked(topic), failures);
    }

    /** Marks a parked dead letter as never to apply; it stops holding its key. */
    public DeadLetters.Row discard(long id, String note) {
        DeadLetters.Row row = deadLetters.find(id);
        if (row == null) {
            throw ProblemException.notFound("dead letter", id);
        }
        if (row.status() == DeadLetterStatus.REPLAYED) {
            throw ProblemException.keyed(409, "dead-letter-resolved", "dead-letter.resolved", id);
        }
        if (row.status() == DeadLetterStatus.PARKED) {
            QuarkusTransaction.requiringNew().run(() -> {
                deadLetters.guard(row.consumer(), row.key());
                DeadLetters.Row locked = deadLetters.findInTx(id, true);
                if (locked.status() == DeadLetterStatus.PARKED) {
                    deadLetters.resolve(id, DeadLetterStatus.DISCARDED, note);
                }
            });
            deadLetters.parkedChanged();
        }
        return deadLetters.find(id);
    }

    private Attempt attempt(DeadLetters.Row row) {
        try {
            EventHandler handler = consumer.handler(row.consumer());
            QuarkusTransaction.requiringNew().run(() -> {
                deadLetters.guard(row.consumer(), row.key());
                DeadLetters.Row locked = deadLetters.findInTx(row.id(), true);
                if (locked.status() != DeadLetterStatus.PARKED) {
                    return; // resolved meanwhile by another replay
                }
                boolean applied = deadLetters.apply(locked.source(), handler);
                deadLetters.resolve(row.id(), DeadLetterStatus.REPLAYED, applied ? "applied" : "already applied (inbox)");
            });
            registry.counter("agri.consumer.replays", "consumer", row.consumer(), "outcome", "replayed").increment();
            return new Attempt(true, null, null);
        } catch (RuntimeException e) {
            DeadLetterKind kind = Failures.classify(e);
            String reason = Failures.reason(e);
            deadLetters.failedAgain(row.id(), kind, reason);
            registry.counter("agri.consumer.replays", "consumer", row.consumer(), "outcome", "failed").increment();
            LOG.warnf("replay of dead letter %d failed again (%s): %s", row.id(), kind, reason);
            return new Attempt(false, kind, reason);
        }
    }
}
