package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.platform.consumer.EventHandler;
import cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.UUID;

/** Keeps the household roster copy from topic agri.household, through the platform's ReliableConsumer. */
@ApplicationScoped
public class HouseholdConsumer implements EventHandler {

    static final String CONSUMER = "asset-service.households";
    private static final Set<String> CATEGORIES = Set.of("POVERTY_ALLEVIATED", "MONITORED", "OTHER");

    @Inject
    ReliableConsumer events;

    @Override
    public Set<String> consumers() {
        return Set.of(CONSUMER);
    }

    @Incoming("household-events")
    @Blocking
    public void onHouseholdEvent(ConsumerRecord<String, String> record) {
        events.consume(CONSUMER, record);
    }

    @Override
    public void apply(String consumer, CloudEvent event) {
        if (HouseholdEvents.CHANGED_V1.equals(event.type())) {
            apply(read(event));
        }
    }

    void apply(HouseholdChangedV1 c) {
        UUID id = UUID.fromString(c.householdId());
        Household h = Household.findById(id);
        if (h != null && c.changedAt().isBefore(h.changedAt)) {
            return; // an older change arriving late must not undo a newer one
        }
        if (h == null) {
            h = new Household();
            h.id = id;
        }
        boolean wasOn = h.changedAt == null || h.onRoster;
        h.nationalHouseholdNo = c.nationalHouseholdNo();
        h.villageCode = c.villageCode();
        h.headName = c.headName();
        h.category = c.category();
        h.labourCapacity = c.labourCapacity();
        h.onRoster = c.onRoster();
        if (!c.onRoster() && (wasOn || h.leftRosterAt == null)) {
            h.leftRosterAt = c.changedAt();
        } else if (c.onRoster()) {
            h.leftRosterAt = null;
        }
        h.changedAt = c.changedAt();
        h.persist();
    }

    private HouseholdChangedV1 read(CloudEvent event) {
        HouseholdChangedV1 c = events.payload(event, HouseholdChangedV1.class);
        if (c.householdId() == null || c.changedAt() == null || c.villageCode() == null || RegionCode.parse(c.villageCode()).isEmpty()
                || !CATEGORIES.contains(c.category()) || c.headName() == null || c.nationalHouseholdNo() == null) {
            throw new CloudEvent.MalformedEventException("household event " + event.id() + " lacks required fields or has an unknown category");
        }
        try {
            UUID.fromString(c.householdId());
        } catch (IllegalArgumentException e) {
            throw new CloudEvent.MalformedEventException("householdId is not a UUID");
        }
        return c;
    }
}
