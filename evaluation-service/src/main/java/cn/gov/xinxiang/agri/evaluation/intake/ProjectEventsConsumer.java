package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read models from topics agri.project, agri.household and agri.funding, through the inbox:
 * each event's effect and its inbox row commit together, so a redelivery changes nothing.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ReadModelProjector projector;

    @Incoming("project-events")
    @Transactional
    public void onProjectEvent(String value) {
        inbox.receive(ReadModelProjector.PROJECTS, value, projector::apply);
    }

    @Incoming("household-events")
    @Transactional
    public void onHouseholdEvent(String value) {
        inbox.receive(ReadModelProjector.HOUSEHOLDS, value, projector::apply);
    }

    @Incoming("funding-events")
    @Transactional
    public void onFundingEvent(String value) {
        inbox.receive(ReadModelProjector.FUNDING, value, projector::apply);
    }
}
