package cn.gov.xinxiang.agri.funding.library;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.consumer.ChannelConsumer;
import cn.gov.xinxiang.agri.platform.consumer.EventRoutes;
import cn.gov.xinxiang.agri.platform.consumer.PoisonEventException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Keeps funding-service's list of library projects from topic agri.project; other types are ignored.
 * Through the platform's ChannelConsumer (inbox, retries, dead letters).
 */
@ApplicationScoped
public class ProjectEventsConsumer extends ChannelConsumer {

    public static final String CONSUMER = "funding-service.projects";

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected void routes(EventRoutes on) {
        on.on(ProjectEvents.ADMITTED_V1, ProjectAdmittedV1.class, this::admitted);
    }

    @Incoming("project-events")
    @Blocking
    public void onProjectEvent(ConsumerRecord<String, String> record) {
        consume(record);
    }

    void admitted(CloudEvent event, ProjectAdmittedV1 admitted) {
        UUID id;
        RegionCode region;
        RegionCode county;
        try {
            id = UUID.fromString(admitted.projectId());
            region = RegionCode.of(admitted.regionCode());
            county = RegionCode.of(admitted.countyCode());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " has a bad id or region: " + e.getMessage());
        }
        if (county.tier() != Tier.COUNTY || !region.isWithin(county)) {
            throw new PoisonEventException("countyCode " + county + " is not the county of region " + region);
        }
        LibraryProject p = LibraryProject.findById(id);
        if (p == null) {
            p = new LibraryProject();
            p.projectId = id;
        }
        p.code = admitted.code();
        p.name = admitted.name();
        p.fiscalYear = admitted.fiscalYear();
        p.regionCode = region.value();
        p.countyCode = county.value();
        p.industryCategory = admitted.industryCategory();
        p.leadingIndustry = admitted.leadingIndustry();
        p.leadingIndustryCode = admitted.leadingIndustryCode();
        p.admittedAt = admitted.admittedAt();
        p.lastEventId = event.id();
        p.persist();
    }
}
