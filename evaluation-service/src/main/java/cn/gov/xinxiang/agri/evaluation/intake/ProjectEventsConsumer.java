package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.evaluation.inputs.DependencyTracker;
import cn.gov.xinxiang.agri.platform.consumer.EventHandler;
import cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Feeds the read models from topics agri.project, agri.household, agri.funding, agri.asset, agri.policy and the programme topics (agri.skills, agri.envoy, agri.craftsman,
 * agri.demonstration-village)
 * through the platform's ReliableConsumer: each event's effect and its inbox row commit together (a
 * redelivery changes nothing), passing failures are retried, what cannot apply is parked as a dead letter.
 */
@ApplicationScoped
public class ProjectEventsConsumer implements EventHandler {

    @Inject
    ReliableConsumer events;

    @Inject
    ReadModelProjector projector;

    @Inject
    DependencyTracker tracker;

    @Override
    public Set<String> consumers() {
        return Set.copyOf(ReadModelProjector.CONSUMERS);
    }

    /** The read-model change and the stale marks of the published evaluations that read it commit together. */
    @Override
    public void apply(String consumer, CloudEvent event) {
        tracker.changed(projector.apply(event));
    }

    @Incoming("project-events")
    @Blocking
    public void onProjectEvent(ConsumerRecord<String, String> record) {
        events.consume(ReadModelProjector.PROJECTS, record);
    }

    @Incoming("household-events")
    @Blocking
    public void onHouseholdEvent(ConsumerRecord<String, String> record) {
        events.consume(ReadModelProjector.HOUSEHOLDS, record);
    }

    @Incoming("funding-events")
    @Blocking
    public void onFundingEvent(ConsumerRecord<String, String> record) {
        events.consume(ReadModelProjector.FUNDING, record);
    }

    @Incoming("asset-events")
    @Blocking
    public void onAssetEvent(ConsumerRecord<String, String> record) {
        events.consume(ReadModelProjector.ASSETS, record);
    }

    /** project-service's programmes: skills certificates, envoys, craftsmen, demonstration villages (one channel, four topics). */
    @Incoming("programme-events")
    @Blocking
    public void onProgrammeEvent(ConsumerRecord<String, String> record) {
        events.consume(ReadModelProjector.PROGRAMMES, record);
    }

    /** The policy parameters of project-, asset- and funding-service (agri.policy): evaluation's own copy, never typed in by hand. */
    @Incoming("policy-events")
    @Blocking
    public void onPolicyEvent(ConsumerRecord<String, String> record) {
        events.consume(ReadModelProjector.POLICY, record);
    }
}
