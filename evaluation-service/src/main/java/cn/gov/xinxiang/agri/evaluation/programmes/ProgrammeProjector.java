package cn.gov.xinxiang.agri.evaluation.programmes;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumEvents;
import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumRecordedV1;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanEvents;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanRecognisedV1;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageDesignatedV1;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageEvents;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyAssignmentsChangedV1;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyEvents;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyRegisteredV1;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyServiceRecordedV1;
import cn.gov.xinxiang.agri.contracts.skills.SkillsCertificateRecordedV1;
import cn.gov.xinxiang.agri.contracts.skills.SkillsEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;
import cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies project-service's programme events (agri.skills, agri.envoy, agri.craftsman,
 * agri.demonstration-village, agri.consortium) to their read models. As for the other read models every effect is an
 * upsert keyed by the source's id, so a replay gives the same rows; the live consumer and the rebuild
 * both come through here.
 */
@ApplicationScoped
public class ProgrammeProjector {

    /** The inbox consumer of the four programme topics (one channel subscribes to all of them). */
    public static final String CONSUMER = "evaluation-service.programmes";
    public static final List<String> TOPICS = List.of("agri.skills", "agri.envoy", "agri.craftsman", "agri.demonstration-village", "agri.consortium");
    public static final List<String> TABLES = List.of("observed_certificate", "observed_envoy", "observed_envoy_project", "observed_envoy_service",
            "observed_craftsman", "observed_demonstration_village", "observed_consortium");
    static final Set<String> TYPES = Set.of(SkillsEvents.CERTIFICATE_RECORDED_V1, EnvoyEvents.REGISTERED_V1, EnvoyEvents.ASSIGNMENTS_CHANGED_V1,
            EnvoyEvents.SERVICE_RECORDED_V1,
            CraftsmanEvents.RECOGNISED_V1, DemonstrationVillageEvents.DEMONSTRATION_VILLAGE_DESIGNATED_V1, ConsortiumEvents.CONSORTIUM_RECORDED_V1);

    @Inject
    EntityManager em;

    @Inject
    ReliableConsumer events;

    /** The changed evaluation inputs, or empty when the event is not a programme event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<List<InputChange>> apply(CloudEvent event) {
        String type = event.type();
        if (!TYPES.contains(type)) {
            return Optional.empty();
        }
        if (SkillsEvents.CERTIFICATE_RECORDED_V1.equals(type)) {
            SkillsCertificateRecordedV1 c = events.payload(event, SkillsCertificateRecordedV1.class);
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
            return Optional.of(List.of(InputChange.onward("observed_certificate", c.issuedOn().getYear(), county(village),
                    type + " " + c.certificateId())));
        }
        if (EnvoyEvents.REGISTERED_V1.equals(type)) {
            EnvoyRegisteredV1 e = events.payload(event, EnvoyRegisteredV1.class);
            UUID envoy = uuid(e.envoyId(), "envoyId");
            String county = county(region(e.countyCode()));
            em.createNativeQuery("insert into observed_envoy (envoy_id, name, county_code, year) values (?1, ?2, ?3, ?4) on conflict (envoy_id) do update set "
                            + "name = excluded.name, county_code = excluded.county_code, year = excluded.year")
                    .setParameter(1, envoy).setParameter(2, required(e.name(), "name")).setParameter(3, county).setParameter(4, e.year())
                    .executeUpdate();
            assign(envoy, e.projectIds(), e.year());
            return Optional.of(List.of(InputChange.onward("observed_envoy_project", e.year(), county, type + " " + e.envoyId())));
        }
        if (EnvoyEvents.ASSIGNMENTS_CHANGED_V1.equals(type)) {
            EnvoyAssignmentsChangedV1 a = events.payload(event, EnvoyAssignmentsChangedV1.class);
            String county = county(region(a.countyCode()));
            assign(uuid(a.envoyId(), "envoyId"), a.projectIds(), a.year());
            return Optional.of(List.of(InputChange.onward("observed_envoy_project", a.year(), county, type + " " + a.envoyId())));
        }
        if (EnvoyEvents.SERVICE_RECORDED_V1.equals(type)) {
            EnvoyServiceRecordedV1 s = events.payload(event, EnvoyServiceRecordedV1.class);
            UUID envoy = uuid(s.envoyId(), "envoyId");
            String county = county(region(s.countyCode()));
            int year = required(s.servedOn(), "servedOn").getYear();
            em.createNativeQuery("insert into observed_envoy_service (service_id, envoy_id, county_code, served_on, households_reached) "
                            + "values (?1, ?2, ?3, ?4, ?5) on conflict (service_id) do update set envoy_id = excluded.envoy_id, county_code = excluded.county_code, "
                            + "served_on = excluded.served_on, households_reached = excluded.households_reached")
                    .setParameter(1, uuid(s.serviceId(), "serviceId")).setParameter(2, envoy).setParameter(3, county)
                    .setParameter(4, s.servedOn()).setParameter(5, Math.max(0, s.householdsReached()))
                    .executeUpdate();
            if (s.projectId() != null) {
                link(envoy, uuid(s.projectId(), "projectId"), year, false);
            }
            return Optional.of(List.of(InputChange.onward("observed_envoy_project", year, county, type + " " + s.serviceId())));
        }
        if (CraftsmanEvents.RECOGNISED_V1.equals(type)) {
            CraftsmanRecognisedV1 c = events.payload(event, CraftsmanRecognisedV1.class);
            String regionCode = region(c.regionCode());
            em.createNativeQuery("insert into observed_craftsman (craftsman_id, county_code, region_code, level, year_recognised, households_employed) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (craftsman_id) do update set county_code = excluded.county_code, "
                            + "region_code = excluded.region_code, level = excluded.level, year_recognised = excluded.year_recognised, "
                            + "households_employed = excluded.households_employed")
                    .setParameter(1, uuid(c.craftsmanId(), "craftsmanId")).setParameter(2, county(regionCode)).setParameter(3, regionCode)
                    .setParameter(4, required(c.level(), "level")).setParameter(5, c.yearRecognised()).setParameter(6, Math.max(0, c.householdsEmployed()))
                    .executeUpdate();
            return Optional.of(List.of());
        }
        if (ConsortiumEvents.CONSORTIUM_RECORDED_V1.equals(type)) {
            ConsortiumRecordedV1 c = events.payload(event, ConsortiumRecordedV1.class);
            // a correction is the next version of the same consortium; an older version replayed later changes nothing
            em.createNativeQuery("insert into observed_consortium (consortium_id, county_code, year, version_no, employed_households, linked_households) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (consortium_id) do update set county_code = excluded.county_code, "
                            + "year = excluded.year, version_no = excluded.version_no, employed_households = excluded.employed_households, "
                            + "linked_households = excluded.linked_households where observed_consortium.version_no <= excluded.version_no")
                    .setParameter(1, uuid(c.consortiumId(), "consortiumId")).setParameter(2, county(region(c.countyCode())))
                    .setParameter(3, c.year()).setParameter(4, Math.max(1, c.version())).setParameter(5, c.employedHouseholds())
                    .setParameter(6, c.linkedHouseholds())
                    .executeUpdate();
            return Optional.of(List.of());
        }
        DemonstrationVillageDesignatedV1 d = events.payload(event, DemonstrationVillageDesignatedV1.class);
        String village = region(d.villageCode());
        em.createNativeQuery("insert into observed_demonstration_village (designation_id, village_code, county_code, kind, year_designated) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict (designation_id) do update set village_code = excluded.village_code, "
                        + "county_code = excluded.county_code, kind = excluded.kind, year_designated = excluded.year_designated")
                .setParameter(1, uuid(d.designationId(), "designationId")).setParameter(2, village).setParameter(3, county(village))
                .setParameter(4, required(d.kind(), "kind")).setParameter(5, d.yearDesignated())
                .executeUpdate();
        return Optional.of(List.of());
    }

    /** The registration's (or the last change's) list is the envoy's current list; projects named only in service records stay. */
    private void assign(UUID envoy, List<String> projectIds, int year) {
        em.createNativeQuery("update observed_envoy_project set registered = false where envoy_id = ?1").setParameter(1, envoy).executeUpdate();
        for (String project : projectIds == null ? List.<String>of() : projectIds) {
            link(envoy, uuid(project, "projectIds[]"), year, true);
        }
        em.createNativeQuery("delete from observed_envoy_project where envoy_id = ?1 and not registered and not served")
                .setParameter(1, envoy).executeUpdate();
    }

    /** Links an envoy to a project, by its registration or by a service record; the year is the earliest one known. */
    private void link(UUID envoy, UUID project, int year, boolean byRegistration) {
        em.createNativeQuery("insert into observed_envoy_project (envoy_id, project_id, year, registered, served) values (?1, ?2, ?3, ?4, ?5) "
                        + "on conflict (envoy_id, project_id) do update set year = least(observed_envoy_project.year, excluded.year), "
                        + "registered = observed_envoy_project.registered or excluded.registered, served = observed_envoy_project.served or excluded.served")
                .setParameter(1, envoy).setParameter(2, project).setParameter(3, year).setParameter(4, byRegistration).setParameter(5, !byRegistration)
                .executeUpdate();
    }
}
