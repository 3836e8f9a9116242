package cn.gov.xinxiang.agri.evaluation.rebuild;

import cn.gov.xinxiang.agri.evaluation.evaluation.Evaluation;
import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationService;
import cn.gov.xinxiang.agri.evaluation.intake.ReadModelProjector;
import cn.gov.xinxiang.agri.evaluation.programmes.ProgrammeProjector;
import cn.gov.xinxiang.agri.platform.consumer.Failures;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Rebuilds the read models from scratch: clears them and this service's inbox rows, then replays
 * agri.project, agri.household, agri.funding, agri.asset and agri.policy from the beginning up to the end offsets taken at the
 * start, with a throw-away consumer group, through the same inbox and projector as the live consumers.
 *
 * <p>Live consumers keep running. An event they apply during the rebuild is recorded in the inbox and
 * skipped by the replay (its effect is already there). Because every effect is an upsert keyed by the
 * source id, the only race is an older event of a key being replayed after a newer one was applied live
 * in the same window; run the rebuild at a quiet time (the operator's guide says so).
 */
@ApplicationScoped
public class RebuildService {

    public static final List<String> TOPICS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("agri.project", "agri.household", "agri.funding", "agri.asset", "agri.policy"),
            ProgrammeProjector.TOPICS.stream()).toList();
    public static final List<String> READ_MODEL_TABLES = List.of("observed_project", "observed_mechanism", "observed_formed_asset",
            "observed_household", "observed_allocation", "observed_mechanism_result", "observed_asset", "observed_asset_income",
            "observed_distribution", "observed_disbursement", "observed_expenditure", "observed_policy_parameter",
            "observed_certificate", "observed_envoy", "observed_envoy_project", "observed_envoy_service", "observed_craftsman",
            "observed_demonstration_village", "observed_consortium");

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    public record Result(Map<String, Long> replayedPerTopic, long applied, long duplicates, long malformed, long durationMs,
                         Map<String, Fingerprint> readModels, Verified evaluations) {
    }

    /** The current published evaluations recomputed from the rebuilt read models: equal ones, and the ones now marked stale. */
    public record Verified(int checked, List<UUID> unchanged, List<UUID> changed) {
    }

    public record Fingerprint(long rows, String md5) {
    }

    @Inject
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    ReadModelProjector projector;

    @Inject
    EvaluationService evaluations;

    @Inject
    java.time.Clock clock;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final ReentrantLock running = new ReentrantLock();

    public boolean tryStart() {
        return running.tryLock();
    }

    public void finish() {
        running.unlock();
    }

    /** Row count and a content hash per read-model table, so two states can be compared exactly. */
    public Map<String, Fingerprint> fingerprints() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Fingerprint> out = new LinkedHashMap<>();
            for (String table : READ_MODEL_TABLES) {
                Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                        + table + " t").getSingleResult();
                out.put(table, new Fingerprint(((Number) row[0]).longValue(), (String) row[1]));
            }
            return out;
        });
    }

    public Result rebuild() {
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            // children before observed_project (foreign keys); the other tables are independent
            for (String table : List.of("observed_mechanism", "observed_formed_asset", "observed_project", "observed_household",
                    "observed_allocation", "observed_mechanism_result", "observed_asset", "observed_asset_income", "observed_distribution",
                    "observed_disbursement", "observed_expenditure", "observed_policy_parameter", "observed_certificate", "observed_envoy",
                    "observed_envoy_project", "observed_envoy_service", "observed_craftsman", "observed_demonstration_village",
                    "observed_consortium")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            em.createNativeQuery("delete from inbox_event where consumer in (:consumers)")
                    .setParameter("consumers", ReadModelProjector.CONSUMERS).executeUpdate();
        });
        Map<String, Long> perTopic = new LinkedHashMap<>();
        long applied = 0;
        long duplicates = 0;
        long malformed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                perTopic.put(topic, 0L);
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(10)));
            end.entrySet().removeIf(e -> consumer.position(e.getKey(), Duration.ofSeconds(10)) >= e.getValue());
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    Long stop = end.get(tp);
                    if (stop == null || r.offset() >= stop) {
                        continue;
                    }
                    perTopic.merge(r.topic(), 1L, Long::sum);
                    try {
                        boolean ran = QuarkusTransaction.requiringNew().call(() ->
                                inbox.receive(ReadModelProjector.consumerOf(r.topic()), r.value(), projector::apply));
                        if (ran) {
                            applied++;
                        } else {
                            duplicates++;
                        }
                    } catch (RuntimeException e) {
                        if (!malformed(e)) {
                            throw e;
                        }
                        // poison: already parked as a dead letter by the live consumer; the replay skips it the same way
                        malformed++;
                    }
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        Verified verified = verifyPublished();
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("read models rebuilt: %s, applied %d, duplicates %d, malformed %d in %d ms; published evaluations %d, changed %d",
                perTopic, applied, duplicates, malformed, ms, verified.checked(), verified.changed().size());
        return new Result(perTopic, applied, duplicates, malformed, ms, fingerprints(), verified);
    }

    /**
     * Recomputes every current published evaluation from the rebuilt read models: one recomputed from the
     * events equals the published one unless its inputs changed; those that differ are marked stale (their
     * published content stays as it is).
     */
    Verified verifyPublished() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> same = new ArrayList<>();
            List<UUID> changed = new ArrayList<>();
            List<Evaluation> published = Evaluation.list("status = ?1 order by fiscalYear, subjectType, subjectId", Evaluation.Status.PUBLISHED);
            for (Evaluation e : published) {
                EvaluationService.Verification v;
                try {
                    v = evaluations.verify(e, false);
                } catch (cn.gov.xinxiang.agri.platform.problem.ProblemException p) {
                    // e.g. a policy parameter not (yet) in the rebuilt copy: it cannot be recomputed, so it is reported as changed
                    v = null;
                }
                if (v != null && v.unchanged()) {
                    same.add(e.id);
                } else {
                    changed.add(e.id);
                    if (e.staleSince == null) {
                        e.staleSince = clock.instant();
                        e.staleReason = "after the rebuild of the read models its recomputation differs from the published result";
                    }
                }
            }
            return new Verified(published.size(), same, changed);
        });
    }

    private static boolean malformed(Throwable e) {
        return Failures.isPoison(e);
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((k, v) -> {
            if (ConsumerConfig.configNames().contains(k)) {
                config.put(k, v);
            }
        });
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "evaluation-service-rebuild-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "evaluation-rebuild");
        return config;
    }
}
