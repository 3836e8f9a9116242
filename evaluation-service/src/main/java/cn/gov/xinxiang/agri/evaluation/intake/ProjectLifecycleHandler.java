package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** A project drafted, admitted into the library (with its farmer-linking mechanisms) or accepted (with the assets it formed): observed_project and its rows. */
@ApplicationScoped
class ProjectLifecycleHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(ProjectEvents.DRAFTED_V1, ProjectDraftedV1.class, this::onDrafted)
                .on(ProjectEvents.ADMITTED_V1, ProjectAdmittedV1.class, this::onAdmitted)
                .on(ProjectEvents.ACCEPTED_V1, ProjectAcceptedV1.class, this::onAccepted);
    }

    private List<InputChange> onDrafted(CloudEvent event, ProjectDraftedV1 d) {
        drafted(event, d);
        return List.of();
    }

    private List<InputChange> onAdmitted(CloudEvent event, ProjectAdmittedV1 a) {
        admitted(event, a);
        // a library project counts for its fiscal year and every later one
        return List.of(InputChange.onward("observed_mechanism", a.fiscalYear(), region(a.countyCode()), event.type() + " " + a.code()));
    }

    private List<InputChange> onAccepted(CloudEvent event, ProjectAcceptedV1 a) {
        accepted(event, a);
        return List.of(InputChange.onward("observed_formed_asset", a.fiscalYear(), county(region(a.regionCode())), event.type() + " " + a.code()));
    }

    private ObservedProject project(String projectId) {
        UUID id = uuid(projectId, "projectId");
        ObservedProject p = ObservedProject.findById(id);
        if (p == null) {
            p = new ObservedProject();
            p.projectId = id;
        }
        return p;
    }

    private void drafted(CloudEvent event, ProjectDraftedV1 d) {
        ObservedProject p = project(d.projectId());
        p.code = d.code();
        p.name = d.name();
        p.fiscalYear = d.fiscalYear();
        p.regionCode = region(d.regionCode());
        p.industryCategory = d.industryCategory();
        p.countyCode = RegionCode.of(p.regionCode).at(Tier.COUNTY).value();
        if (p.status == null) {
            p.status = "DRAFT";
        }
        touch(p, event);
        p.persist();
    }

    private void admitted(CloudEvent event, ProjectAdmittedV1 a) {
        ObservedProject p = project(a.projectId());
        p.code = a.code();
        p.name = a.name();
        p.fiscalYear = a.fiscalYear();
        p.regionCode = region(a.regionCode());
        p.countyCode = region(a.countyCode());
        p.industryCategory = a.industryCategory();
        p.leadingIndustry = a.leadingIndustry();
        p.totalInvestment = a.totalInvestment();
        p.linkageFundsRequested = a.linkageFundsRequested();
        p.admittedAt = a.admittedAt();
        if (!"ACCEPTED".equals(p.status)) {
            p.status = "IN_LIBRARY";
        }
        touch(p, event);
        p.persist();
        em.flush();
        em.createNativeQuery("delete from observed_mechanism where project_id = ?1").setParameter(1, p.projectId).executeUpdate();
        for (ProjectAdmittedV1.Mechanism m : a.mechanisms() == null ? List.<ProjectAdmittedV1.Mechanism>of() : a.mechanisms()) {
            em.createNativeQuery("insert into observed_mechanism (project_id, mechanism_type, planned_poverty_alleviated, planned_monitored, "
                            + "planned_other, expected_income_per_household) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (project_id, mechanism_type) do update set "
                            + "planned_poverty_alleviated = excluded.planned_poverty_alleviated, planned_monitored = excluded.planned_monitored, "
                            + "planned_other = excluded.planned_other, expected_income_per_household = excluded.expected_income_per_household")
                    .setParameter(1, p.projectId).setParameter(2, m.type()).setParameter(3, m.plannedPovertyAlleviated())
                    .setParameter(4, m.plannedMonitored()).setParameter(5, m.plannedOther()).setParameter(6, m.expectedIncomePerHousehold())
                    .executeUpdate();
        }
    }

    private void accepted(CloudEvent event, ProjectAcceptedV1 a) {
        ObservedProject p = project(a.projectId());
        p.code = a.code();
        p.name = a.name();
        p.fiscalYear = a.fiscalYear();
        p.regionCode = region(a.regionCode());
        if (p.countyCode == null) {
            p.countyCode = RegionCode.of(p.regionCode).at(Tier.COUNTY).value();
        }
        if (p.industryCategory == null) {
            p.industryCategory = "OTHER";
        }
        p.acceptedAt = a.acceptedAt();
        p.status = "ACCEPTED";
        touch(p, event);
        p.persist();
        em.flush();
        for (ProjectAcceptedV1.FormedAsset asset : a.assets() == null ? List.<ProjectAcceptedV1.FormedAsset>of() : a.assets()) {
            em.createNativeQuery("insert into observed_formed_asset (project_id, asset_ref, name, asset_class, value, location_region_code) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (project_id, asset_ref) do update set name = excluded.name, "
                            + "asset_class = excluded.asset_class, value = excluded.value, location_region_code = excluded.location_region_code")
                    .setParameter(1, p.projectId).setParameter(2, asset.assetRef()).setParameter(3, asset.name())
                    .setParameter(4, asset.assetClass()).setParameter(5, asset.value()).setParameter(6, region(asset.locationRegionCode()))
                    .executeUpdate();
        }
    }

    private static void touch(ObservedProject p, CloudEvent event) {
        p.lastEventId = event.id();
        p.lastEventType = event.type();
        p.lastEventAt = event.time();
        p.eventsApplied++;
    }
}
