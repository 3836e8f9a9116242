package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.consumer.ChannelConsumer;
import cn.gov.xinxiang.agri.platform.consumer.EventRoutes;
import cn.gov.xinxiang.agri.platform.consumer.PoisonEventException;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes over the assets of accepted projects from topic agri.project; other project events are ignored.
 * Through the platform's ChannelConsumer (inbox, retries, dead letters).
 */
@ApplicationScoped
public class ProjectAcceptedConsumer extends ChannelConsumer {

    static final String CONSUMER = "asset-service.projects";

    @Inject
    AssetService assets;

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected void routes(EventRoutes on) {
        on.on(ProjectEvents.ACCEPTED_V1, ProjectAcceptedV1.class, this::accepted);
    }

    @Incoming("project-events")
    @Blocking
    public void onProjectEvent(ConsumerRecord<String, String> record) {
        consume(record);
    }

    void accepted(CloudEvent event, ProjectAcceptedV1 accepted) {
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
