package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanEvents;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanRecognisedV1;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** Rural craftsmen recognised (agri.craftsman, observed_craftsman): read by the programme totals, no evaluation input. */
@ApplicationScoped
class CraftsmanHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(CraftsmanEvents.RECOGNISED_V1, CraftsmanRecognisedV1.class, this::recognised);
    }

    private List<InputChange> recognised(CloudEvent event, CraftsmanRecognisedV1 c) {
        String regionCode = region(c.regionCode());
        em.createNativeQuery("insert into observed_craftsman (craftsman_id, county_code, region_code, level, year_recognised, households_employed) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (craftsman_id) do update set county_code = excluded.county_code, "
                        + "region_code = excluded.region_code, level = excluded.level, year_recognised = excluded.year_recognised, "
                        + "households_employed = excluded.households_employed")
                .setParameter(1, uuid(c.craftsmanId(), "craftsmanId")).setParameter(2, county(regionCode)).setParameter(3, regionCode)
                .setParameter(4, required(c.level(), "level")).setParameter(5, c.yearRecognised()).setParameter(6, Math.max(0, c.householdsEmployed()))
                .executeUpdate();
        return List.of();
    }
}
