package cn.gov.xinxiang.agri.project.funding;

import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.platform.consumer.ChannelConsumer;
import cn.gov.xinxiang.agri.platform.consumer.EventRoutes;
import cn.gov.xinxiang.agri.project.intake.IntakeService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns from funding-service that money was allocated: the first allocation to a library project
 * puts it in progress. Through the platform's ChannelConsumer: once per event (inbox), passing
 * failures retried, a malformed event parked as a dead letter.
 */
@ApplicationScoped
public class FundingEventsConsumer extends ChannelConsumer {

    static final String CONSUMER = "project-service.funding";

    @Inject
    IntakeService intake;

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    /**
     * A revoked allocation does not undo the start: work and spending have begun; funding-service owns the money
     * side. Other funding events do not concern projects.
     */
    @Override
    protected void routes(EventRoutes on) {
        on.on(FundingEvents.ALLOCATION_MADE_V1, AllocationMadeV1.class,
                (event, made) -> intake.startFromAllocation(uuid(event, "projectId", made.projectId()), made.allocationId()));
    }

    @Incoming("funding-events")
    @Blocking
    public void onFundingEvent(ConsumerRecord<String, String> record) {
        consume(record);
    }
}
