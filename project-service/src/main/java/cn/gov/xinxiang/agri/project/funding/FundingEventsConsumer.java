package cn.gov.xinxiang.agri.project.funding;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import cn.gov.xinxiang.agri.project.intake.IntakeService;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Learns from funding-service that money was allocated: the first allocation to a library project
 * puts it in progress. Through the inbox, so a redelivered event changes nothing; a malformed one
 * goes to agri.dlq.project-service.
 */
@ApplicationScoped
public class FundingEventsConsumer {

    static final String CONSUMER = "project-service.funding";
    private static final Logger LOG = Logger.getLogger(FundingEventsConsumer.class);

    @Inject
    Inbox inbox;
    @Inject
    ObjectMapper mapper;
    @Inject
    IntakeService intake;

    @Incoming("funding-events")
    @Transactional
    public void onFundingEvent(String value) {
        inbox.receive(CONSUMER, value, this::apply);
    }

    void apply(CloudEvent event) {
        if (FundingEvents.ALLOCATION_MADE_V1.equals(event.type())) {
            AllocationMadeV1 made = read(event, AllocationMadeV1.class);
            UUID projectId;
            try {
                projectId = UUID.fromString(made.projectId());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new CloudEvent.MalformedEventException("projectId of " + event.type() + " is not a UUID");
            }
            intake.startFromAllocation(projectId, made.allocationId());
        } else {
            // A revoked allocation does not undo the start: work and spending have begun; funding-service
            // owns the money side. Other funding events do not concern projects.
            LOG.debugf("ignoring event type %s", event.type());
        }
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (Exception e) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " does not fit its contract: " + e.getMessage());
        }
    }
}
