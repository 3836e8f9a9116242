package cn.gov.xinxiang.agri.platform.region;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.region.RegionChangedV1;
import cn.gov.xinxiang.agri.contracts.region.RegionEvents;
import cn.gov.xinxiang.agri.platform.inbox.Inbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Keeps this service's copy of the directory from project-service's events (topic agri.region,
 * channel {@code region-events}), through the inbox. Only in services built with
 * {@code agri.regions.consumer.enabled=true} (not in project-service, which owns the directory).
 */
@ApplicationScoped
@IfBuildProperty(name = "agri.regions.consumer.enabled", stringValue = "true")
public class RegionEventsConsumer {

    private static final Set<String> CHANGES = Set.of("ADDED", "RENAMED", "RETIRED", "RESTORED");

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    RegionStore store;

    @Inject
    Event<RegionsChanged> changed;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Incoming("region-events")
    @Transactional
    public void onRegionEvent(String value) {
        inbox.receive(application + ".regions", value, event -> {
            if (RegionEvents.CHANGED_V1.equals(event.type()) && store.apply(read(event), "event " + event.id())) {
                changed.fire(new RegionsChanged(event.type() + " " + event.subject()));
            }
        });
    }

    private RegionChangedV1 read(CloudEvent event) {
        RegionChangedV1 c;
        try {
            c = mapper.treeToValue(event.data(), RegionChangedV1.class);
        } catch (Exception e) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " does not fit its contract: " + e.getMessage());
        }
        RegionCode code = c.code() == null ? null : RegionCode.parse(c.code()).orElse(null);
        if (code == null || c.name() == null || c.name().isBlank() || !CHANGES.contains(c.change()) || c.revision() < 1
                || c.changedAt() == null || c.pinyin() == null || c.initials() == null) {
            throw new CloudEvent.MalformedEventException("region event " + event.id() + " lacks required fields or has an unknown change");
        }
        String parent = code.parent().filter(p -> p.tier() != Tier.PROVINCE).map(RegionCode::value).orElse(null);
        if (!code.tier().name().equals(c.tier()) || !java.util.Objects.equals(parent, c.parentCode()) || c.active() == (c.retiredOn() != null)) {
            throw new CloudEvent.MalformedEventException("region event " + event.id() + ": tier, parent or retirement does not fit code " + code);
        }
        return c;
    }
}
