package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import cn.gov.xinxiang.agri.evaluation.programmes.ProgrammeProjector;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies one event to the read models, through the handler registered for its CloudEvent type (one per source
 * aggregate's events); the programme topics go to the {@link ProgrammeProjector}. The live consumers and the rebuild
 * use this same code, so a replay from the topics produces the same rows. Every effect is an upsert keyed by the
 * source's id, so applying events of one key in order gives the same result however often the stream is replayed.
 */
@ApplicationScoped
public class ReadModelProjector {
    /** Inbox consumer names of this service; the rebuild clears exactly these inbox rows. */
    public static final String PROJECTS = "evaluation-service.projects";
    public static final String HOUSEHOLDS = "evaluation-service.households";
    public static final String FUNDING = "evaluation-service.funding";
    public static final String ASSETS = "evaluation-service.assets";
    public static final String POLICY = "evaluation-service.policy";
    public static final String PROGRAMMES = ProgrammeProjector.CONSUMER;
    public static final List<String> CONSUMERS = List.of(PROJECTS, HOUSEHOLDS, FUNDING, ASSETS, POLICY, PROGRAMMES);

    private static final Logger LOG = Logger.getLogger(ReadModelProjector.class);

    @Inject
    Instance<ReadModelHandler> handlers;

    @Inject
    ProgrammeProjector programmes;

    private final Map<String, Function<CloudEvent, List<InputChange>>> byType = new HashMap<>();

    @PostConstruct
    void register() {
        for (ReadModelHandler h : handlers) {
            h.appliers().forEach((type, applier) -> {
                if (byType.putIfAbsent(type, applier) != null) {
                    throw new IllegalStateException("two read-model handlers for " + type);
                }
            });
        }
    }

    /** The inbox consumer that handles a topic's events. */
    public static String consumerOf(String topic) {
        return switch (topic) {
            case "agri.project" -> PROJECTS;
            case "agri.household" -> HOUSEHOLDS;
            case "agri.funding" -> FUNDING;
            case "agri.asset" -> ASSETS;
            case "agri.policy" -> POLICY;
            case "agri.skills", "agri.envoy", "agri.craftsman", "agri.demonstration-village", "agri.consortium" -> PROGRAMMES;
            default -> throw new IllegalArgumentException("not a topic of this service: " + topic);
        };
    }

    /**
     * Applies the event and says which evaluation inputs it changed (for the dependency tracker; the
     * rebuild replays without marking anything, then verifies the published evaluations as a whole).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InputChange> apply(CloudEvent event) {
        Function<CloudEvent, List<InputChange>> applier = byType.get(event.type());
        if (applier != null) {
            return applier.apply(event);
        }
        return programmes.apply(event).orElseGet(() -> {
            LOG.debugf("ignoring event type %s", event.type());
            return List.of();
        });
    }
}
