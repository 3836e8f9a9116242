package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;

/** A household of the roster changed (observed_household): no evaluation input of its own, the programme indicators read it. */
@ApplicationScoped
class HouseholdHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(HouseholdEvents.CHANGED_V1, HouseholdChangedV1.class, this::changed);
    }

    private List<InputChange> changed(CloudEvent event, HouseholdChangedV1 h) {
        household(h);
        return List.of();
    }

    private void household(HouseholdChangedV1 h) {
        em.createNativeQuery("insert into observed_household (household_id, national_household_no, village_code, category, labour_capacity, on_roster, changed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (household_id) do update set national_household_no = excluded.national_household_no, "
                        + "village_code = excluded.village_code, category = excluded.category, labour_capacity = excluded.labour_capacity, "
                        + "on_roster = excluded.on_roster, changed_at = excluded.changed_at")
                .setParameter(1, h.householdId()).setParameter(2, h.nationalHouseholdNo()).setParameter(3, region(h.villageCode()))
                .setParameter(4, h.category()).setParameter(5, h.labourCapacity()).setParameter(6, h.onRoster())
                .setParameter(7, Timestamp.from(h.changedAt()))
                .executeUpdate();
    }
}
