package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.platform.consumer.ChannelConsumer;
import cn.gov.xinxiang.agri.platform.consumer.EventRoutes;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.UUID;

/** Keeps the household roster copy from topic agri.household, through the platform's ChannelConsumer. */
@ApplicationScoped
public class HouseholdConsumer extends ChannelConsumer {

    static final String CONSUMER = "asset-service.households";
    private static final Set<String> CATEGORIES = Set.of("POVERTY_ALLEVIATED", "MONITORED", "OTHER");

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    @Override
    protected void routes(EventRoutes on) {
        on.on(HouseholdEvents.CHANGED_V1, HouseholdChangedV1.class, (event, changed) -> apply(check(event, changed)));
    }

    @Incoming("household-events")
    @Blocking
    public void onHouseholdEvent(ConsumerRecord<String, String> record) {
        consume(record);
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

    private static HouseholdChangedV1 check(CloudEvent event, HouseholdChangedV1 c) {
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
