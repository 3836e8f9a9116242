package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import cn.gov.xinxiang.agri.evaluation.programmes.ProgrammeProjector;
import cn.gov.xinxiang.agri.platform.consumer.EventRoutes;
import cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies one event to the read models, through the handler that routes its CloudEvent type (one per source
 * aggregate's events, the {@link ProgrammeProjector programme topics'} included) on the platform's
 * {@link EventRoutes}. The live consumers and the rebuild use this same code, so a replay from the topics produces the
 * same rows. Every effect is an upsert keyed by the source's id, so applying events of one key in order gives the same
 * result however often the stream is replayed.
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
    ReliableConsumer events;

    /** Every handler's routes, built once at start (two handlers of one type fail the start). */
    private EventRoutes routes;

    /**
     * What the event being applied on this thread changed: the routes are shared by the channels' threads, each event's
     * appliers report into the list {@link #apply} opened for it.
     */
    private final ThreadLocal<List<InputChange>> changed = new ThreadLocal<>();

    @PostConstruct
    void register() {
        routes = new EventRoutes();
        ReadModelHandler.Routes on = new ReadModelHandler.Routes(routes, c -> changed.get().addAll(c));
        handlers.forEach(h -> h.routes(on));
    }

    /** The inbox consumer that handles a topic's events. */
    public static String consumerOf(String topic) {
        if (ProgrammeProjector.TOPICS.contains(topic)) {
            return PROGRAMMES;
        }
        return switch (topic) {
            case "agri.project" -> PROJECTS;
            case "agri.household" -> HOUSEHOLDS;
            case "agri.funding" -> FUNDING;
            case "agri.asset" -> ASSETS;
            case "agri.policy" -> POLICY;
            default -> throw new IllegalArgumentException("not a topic of this service: " + topic);
        };
    }

    /**
     * Applies the event and says which evaluation inputs it changed (for the dependency tracker; the
     * rebuild replays without marking anything, then verifies the published evaluations as a whole).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InputChange> apply(CloudEvent event) {
        List<InputChange> these = new ArrayList<>();
        changed.set(these);
        try {
            if (!routes.apply(event, events::payload)) {
                LOG.debugf("ignoring event type %s", event.type());
            }
        } finally {
            changed.remove();
        }
        return these;
    }
}
