package cn.gov.xinxiang.agri.project.funding;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.platform.consumer.EventHandler;
import cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer;
import cn.gov.xinxiang.agri.project.intake.IntakeService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.UUID;

/**
 * Learns from funding-service that money was allocated: the first allocation to a library project
 * puts it in progress. Through the platform's ReliableConsumer: once per event (inbox), passing
 * failures retried, a malformed event parked as a dead letter.
 */
@ApplicationScoped
public class FundingEventsConsumer implements EventHandler {

    static final String CONSUMER = "project-service.funding";
    private static final Logger LOG = Logger.getLogger(FundingEventsConsumer.class);

    @Inject
    ReliableConsumer events;
    @Inject
    IntakeService intake;

    @Override
    public Set<String> consumers() {
        return Set.of(CONSUMER);
    }

    @Incoming("funding-events")
    @Blocking
    public void onFundingEvent(ConsumerRecord<String, String> record) {
        events.consume(CONSUMER, record);
    }

    @Override
    public void apply(String consumer, CloudEvent event) {
        if (FundingEvents.ALLOCATION_MADE_V1.equals(event.type())) {
            AllocationMadeV1 made = events.payload(event, AllocationMadeV1.class);
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
}
