package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.consumer.EventHandler;
import cn.gov.xinxiang.agri.platform.consumer.PoisonEventException;
import cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Takes over the assets of accepted projects from topic agri.project; other project events are ignored.
 * Through the platform's ReliableConsumer (inbox, retries, dead letters).
 */
@ApplicationScoped
public class ProjectAcceptedConsumer implements EventHandler {

    static final String CONSUMER = "asset-service.projects";

    @Inject
    ReliableConsumer events;

    @Inject
    AssetService assets;

    @Override
    public Set<String> consumers() {
        return Set.of(CONSUMER);
    }

    @Incoming("project-events")
    @Blocking
    public void onProjectEvent(ConsumerRecord<String, String> record) {
        events.consume(CONSUMER, record);
    }

    @Override
    public void apply(String consumer, CloudEvent event) {
        if (!ProjectEvents.ACCEPTED_V1.equals(event.type())) {
            return;
        }
        ProjectAcceptedV1 accepted = events.payload(event, ProjectAcceptedV1.class);
        if (accepted.projectId() == null || accepted.assets() == null || accepted.acceptedAt() == null) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " does not fit its contract: "
                    + "projectId, assets and acceptedAt are required");
        }
        try {
            assets.takeOver(accepted);
        } catch (IllegalArgumentException | NullPointerException | ProblemException e) {
            // The producer broke a rule (unknown class, bad region): park it whole, it will never apply as it is.
            throw new PoisonEventException("accepted project " + accepted.projectId() + " cannot be taken over: " + e.getMessage(), e);
        }
    }
}
