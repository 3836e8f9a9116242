package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Builds the observed-project read model from topic agri.project. */
@ApplicationScoped
public class ProjectEventsConsumer {

    static final String CONSUMER = "evaluation-service.projects";
    private static final Logger LOG = Logger.getLogger(ProjectEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Incoming("project-events")
    @Transactional
    public void onProjectEvent(String value) {
        inbox.receive(CONSUMER, value, this::apply);
    }

    void apply(CloudEvent event) {
        if (ProjectEvents.DRAFTED_V1.equals(event.type())) {
            ProjectDraftedV1 drafted = read(event, ProjectDraftedV1.class);
            UUID id = UUID.fromString(drafted.projectId());
            ObservedProject p = ObservedProject.findById(id);
            if (p == null) {
                p = new ObservedProject();
                p.projectId = id;
            }
            p.code = drafted.code();
            p.name = drafted.name();
            p.fiscalYear = drafted.fiscalYear();
            p.regionCode = drafted.regionCode();
            p.industryCategory = drafted.industryCategory();
            p.status = "DRAFT";
            touch(p, event);
            p.persist();
        } else {
            LOG.debugf("ignoring event type %s", event.type());
        }
    }

    private static void touch(ObservedProject p, CloudEvent event) {
        p.lastEventId = event.id();
        p.lastEventType = event.type();
        p.lastEventAt = event.time();
        p.eventsApplied++;
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (Exception e) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " does not fit its contract: " + e.getMessage());
        }
    }
}
