package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.evaluation.inputs.DependencyTracker;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read models from topics agri.project, agri.household, agri.funding, agri.asset and agri.policy, through the inbox:
 * each event's effect and its inbox row commit together, so a redelivery changes nothing.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ReadModelProjector projector;

    @Inject
    DependencyTracker tracker;

    /** The read-model change and the stale marks of the published evaluations that read it commit together. */
    private void apply(cn.gov.xinxiang.agri.contracts.CloudEvent event) {
        tracker.changed(projector.apply(event));
    }

    @Incoming("project-events")
    @Transactional
    public void onProjectEvent(String value) {
        inbox.receive(ReadModelProjector.PROJECTS, value, this::apply);
    }

    @Incoming("household-events")
    @Transactional
    public void onHouseholdEvent(String value) {
        inbox.receive(ReadModelProjector.HOUSEHOLDS, value, this::apply);
    }

    @Incoming("funding-events")
    @Transactional
    public void onFundingEvent(String value) {
        inbox.receive(ReadModelProjector.FUNDING, value, this::apply);
    }

    @Incoming("asset-events")
    @Transactional
    public void onAssetEvent(String value) {
        inbox.receive(ReadModelProjector.ASSETS, value, this::apply);
    }

    /** The policy parameters of project-, asset- and funding-service (agri.policy): evaluation's own copy, never typed in by hand. */
    @Incoming("policy-events")
    @Transactional
    public void onPolicyEvent(String value) {
        inbox.receive(ReadModelProjector.POLICY, value, this::apply);
    }
}
