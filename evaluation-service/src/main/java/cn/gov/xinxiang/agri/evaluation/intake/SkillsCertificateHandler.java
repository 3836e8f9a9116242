package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.skills.SkillsCertificateRecordedV1;
import cn.gov.xinxiang.agri.contracts.skills.SkillsEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** Skills certificates of roster households (agri.skills, observed_certificate). */
@ApplicationScoped
class SkillsCertificateHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(SkillsEvents.CERTIFICATE_RECORDED_V1, SkillsCertificateRecordedV1.class, this::recorded);
    }

    private List<InputChange> recorded(CloudEvent event, SkillsCertificateRecordedV1 c) {
        String village = region(c.villageCode());
        em.createNativeQuery("insert into observed_certificate (certificate_id, household_id, village_code, county_code, kind, level, issued_on, year) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (certificate_id) do update set household_id = excluded.household_id, "
                        + "village_code = excluded.village_code, county_code = excluded.county_code, kind = excluded.kind, level = excluded.level, "
                        + "issued_on = excluded.issued_on, year = excluded.year")
                .setParameter(1, uuid(c.certificateId(), "certificateId")).setParameter(2, required(c.householdId(), "householdId"))
                .setParameter(3, village).setParameter(4, county(village)).setParameter(5, required(c.kind(), "kind"))
                .setParameter(6, c.level()).setParameter(7, required(c.issuedOn(), "issuedOn")).setParameter(8, c.issuedOn().getYear())
                .executeUpdate();
        // a certificate counts for the year it was issued and every later one
        return List.of(InputChange.onward("observed_certificate", c.issuedOn().getYear(), county(village), event.type() + " " + c.certificateId()));
    }
}
