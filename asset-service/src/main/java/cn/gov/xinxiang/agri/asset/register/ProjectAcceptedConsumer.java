package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes over the assets of accepted projects from topic agri.project; other project events are ignored. */
@ApplicationScoped
public class ProjectAcceptedConsumer {

    static final String CONSUMER = "asset-service.projects";

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    AssetService assets;

    @Incoming("project-events")
    @Transactional
    public void onProjectEvent(String value) {
        inbox.receive(CONSUMER, value, event -> {
            if (ProjectEvents.ACCEPTED_V1.equals(event.type())) {
                ProjectAcceptedV1 accepted = read(event);
                try {
                    assets.takeOver(accepted);
                } catch (IllegalArgumentException | NullPointerException | cn.gov.xinxiang.agri.platform.problem.ProblemException e) {
                    // The producer broke AcceptanceRules (project-service refuses such an acceptance, so this is an old
                    // or foreign producer): park it whole, do not block the partition.
                    throw new CloudEvent.MalformedEventException("accepted project " + accepted.projectId() + " cannot be taken over: " + e.getMessage());
                }
            }
        });
    }

    private ProjectAcceptedV1 read(CloudEvent event) {
        try {
            ProjectAcceptedV1 p = mapper.treeToValue(event.data(), ProjectAcceptedV1.class);
            if (p.projectId() == null || p.assets() == null || p.acceptedAt() == null) {
                throw new IllegalArgumentException("projectId, assets and acceptedAt are required");
            }
            return p;
        } catch (Exception e) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " does not fit its contract: " + e.getMessage());
        }
    }
}
