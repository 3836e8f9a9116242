package cn.gov.xinxiang.agri.platform.region;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.region.RegionChangedV1;
import cn.gov.xinxiang.agri.contracts.region.RegionEvents;
import cn.gov.xinxiang.agri.platform.consumer.ChannelConsumer;
import cn.gov.xinxiang.agri.platform.consumer.EventRoutes;
import cn.gov.xinxiang.agri.platform.consumer.PoisonEventException;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Objects;
import java.util.Set;

/**
 * Keeps this service's copy of the directory from project-service's events (topic agri.region,
 * channel {@code region-events}), through the platform's ChannelConsumer (inbox, retries, dead
 * letters). Only in services built with {@code agri.regions.consumer.enabled=true} (not in
 * project-service, which owns the directory). Inbox consumer name: {@code <application>.regions}.
 */
@ApplicationScoped
@IfBuildProperty(name = "agri.regions.consumer.enabled", stringValue = "true")
public class RegionEventsConsumer extends ChannelConsumer {

    private static final Set<String> CHANGES = Set.of("ADDED", "RENAMED", "RETIRED", "RESTORED");

    @Inject
    RegionStore store;

    @Inject
    Event<RegionsChanged> changed;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Override
    protected String consumer() {
        return application + ".regions";
    }

    @Override
    protected void routes(EventRoutes on) {
        on.on(RegionEvents.CHANGED_V1, RegionChangedV1.class, (event, c) -> {
            if (store.apply(check(event, c), "event " + event.id())) {
                changed.fire(new RegionsChanged(event.type() + " " + event.subject()));
            }
        });
    }

    @Incoming("region-events")
    @Blocking
    public void onRegionEvent(ConsumerRecord<String, String> record) {
        consume(record);
    }

    private static RegionChangedV1 check(CloudEvent event, RegionChangedV1 c) {
        RegionCode code = c.code() == null ? null : RegionCode.parse(c.code()).orElse(null);
        if (code == null || c.name() == null || c.name().isBlank() || !CHANGES.contains(c.change()) || c.revision() < 1
                || c.changedAt() == null || c.pinyin() == null || c.initials() == null) {
            throw new PoisonEventException("region event " + event.id() + " lacks required fields or has an unknown change");
        }
        String parent = code.parent().filter(p -> p.tier() != Tier.PROVINCE).map(RegionCode::value).orElse(null);
        if (!code.tier().name().equals(c.tier()) || !Objects.equals(parent, c.parentCode()) || c.active() == (c.retiredOn() != null)) {
            throw new PoisonEventException("region event " + event.id() + ": tier, parent or retirement does not fit code " + code);
        }
        return c;
    }
}
