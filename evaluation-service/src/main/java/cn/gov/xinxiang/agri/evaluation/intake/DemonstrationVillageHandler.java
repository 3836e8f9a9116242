package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageDesignatedV1;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** Demonstration villages designated (agri.demonstration-village, observed_demonstration_village): read by the programme totals, no evaluation input. */
@ApplicationScoped
class DemonstrationVillageHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(DemonstrationVillageEvents.DEMONSTRATION_VILLAGE_DESIGNATED_V1, DemonstrationVillageDesignatedV1.class, this::designated);
    }

    private List<InputChange> designated(CloudEvent event, DemonstrationVillageDesignatedV1 d) {
        String village = region(d.villageCode());
        em.createNativeQuery("insert into observed_demonstration_village (designation_id, village_code, county_code, kind, year_designated) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict (designation_id) do update set village_code = excluded.village_code, "
                        + "county_code = excluded.county_code, kind = excluded.kind, year_designated = excluded.year_designated")
                .setParameter(1, uuid(d.designationId(), "designationId")).setParameter(2, village).setParameter(3, county(village))
                .setParameter(4, required(d.kind(), "kind")).setParameter(5, d.yearDesignated())
                .executeUpdate();
        return List.of();
    }
}
