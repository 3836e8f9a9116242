package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyAssignmentsChangedV1;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyEvents;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyRegisteredV1;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyServiceRecordedV1;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/**
 * Science and technology envoys registered, their project assignments changed and their services recorded (agri.envoy:
 * observed_envoy, observed_envoy_service, and observed_envoy_project, which the three events share).
 */
@ApplicationScoped
class EnvoyHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(EnvoyEvents.REGISTERED_V1, EnvoyRegisteredV1.class, this::registered)
                .on(EnvoyEvents.ASSIGNMENTS_CHANGED_V1, EnvoyAssignmentsChangedV1.class, this::assignmentsChanged)
                .on(EnvoyEvents.SERVICE_RECORDED_V1, EnvoyServiceRecordedV1.class, this::serviceRecorded);
    }

    private List<InputChange> registered(CloudEvent event, EnvoyRegisteredV1 e) {
        UUID envoy = uuid(e.envoyId(), "envoyId");
        String county = county(region(e.countyCode()));
        em.createNativeQuery("insert into observed_envoy (envoy_id, name, county_code, year) values (?1, ?2, ?3, ?4) on conflict (envoy_id) do update set "
                        + "name = excluded.name, county_code = excluded.county_code, year = excluded.year")
                .setParameter(1, envoy).setParameter(2, required(e.name(), "name")).setParameter(3, county).setParameter(4, e.year())
                .executeUpdate();
        assign(envoy, e.projectIds(), e.year());
        return List.of(InputChange.onward("observed_envoy_project", e.year(), county, event.type() + " " + e.envoyId()));
    }

    private List<InputChange> assignmentsChanged(CloudEvent event, EnvoyAssignmentsChangedV1 a) {
        String county = county(region(a.countyCode()));
        assign(uuid(a.envoyId(), "envoyId"), a.projectIds(), a.year());
        return List.of(InputChange.onward("observed_envoy_project", a.year(), county, event.type() + " " + a.envoyId()));
    }

    private List<InputChange> serviceRecorded(CloudEvent event, EnvoyServiceRecordedV1 s) {
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
        return List.of(InputChange.onward("observed_envoy_project", year, county, event.type() + " " + s.serviceId()));
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
