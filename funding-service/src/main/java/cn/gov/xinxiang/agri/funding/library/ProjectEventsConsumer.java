package cn.gov.xinxiang.agri.funding.library;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Keeps funding-service's list of library projects from topic agri.project; other types are ignored. */
@ApplicationScoped
public class ProjectEventsConsumer {

    static final String CONSUMER = "funding-service.projects";
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
        if (!ProjectEvents.ADMITTED_V1.equals(event.type())) {
            LOG.debugf("ignoring event type %s", event.type());
            return;
        }
        ProjectAdmittedV1 admitted = read(event);
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
            throw new CloudEvent.MalformedEventException("countyCode " + county + " is not the county of region " + region);
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

    private ProjectAdmittedV1 read(CloudEvent event) {
        try {
            return mapper.treeToValue(event.data(), ProjectAdmittedV1.class);
        } catch (Exception e) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " does not fit its contract: " + e.getMessage());
        }
    }
}
