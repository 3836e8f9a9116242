package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumEvents;
import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumRecordedV1;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** Industrial consortiums recorded and corrected (agri.consortium, observed_consortium): read by the programme totals, no evaluation input. */
@ApplicationScoped
class ConsortiumHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(ConsortiumEvents.CONSORTIUM_RECORDED_V1, ConsortiumRecordedV1.class, this::recorded);
    }

    private List<InputChange> recorded(CloudEvent event, ConsortiumRecordedV1 c) {
        // a correction is the next version of the same consortium; an older version replayed later changes nothing
        em.createNativeQuery("insert into observed_consortium (consortium_id, county_code, year, version_no, employed_households, linked_households) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (consortium_id) do update set county_code = excluded.county_code, "
                        + "year = excluded.year, version_no = excluded.version_no, employed_households = excluded.employed_households, "
                        + "linked_households = excluded.linked_households where observed_consortium.version_no <= excluded.version_no")
                .setParameter(1, uuid(c.consortiumId(), "consortiumId")).setParameter(2, county(region(c.countyCode())))
                .setParameter(3, c.year()).setParameter(4, Math.max(1, c.version())).setParameter(5, c.employedHouseholds())
                .setParameter(6, c.linkedHouseholds())
                .executeUpdate();
        return List.of();
    }
}
