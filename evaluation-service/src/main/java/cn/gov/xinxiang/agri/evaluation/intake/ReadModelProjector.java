package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.AllocationRevokedV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * Applies one event to the read models. The live consumers and the rebuild use this same code, so a
 * replay from the topics produces the same rows. Every effect is an upsert keyed by the source's id,
 * so applying events of one key in order gives the same result however often the stream is replayed.
 */
@ApplicationScoped
public class ReadModelProjector {

    /** Inbox consumer names of this service; the rebuild clears exactly these inbox rows. */
    public static final String PROJECTS = "evaluation-service.projects";
    public static final String HOUSEHOLDS = "evaluation-service.households";
    public static final String FUNDING = "evaluation-service.funding";
    public static final List<String> CONSUMERS = List.of(PROJECTS, HOUSEHOLDS, FUNDING);

    private static final Logger LOG = Logger.getLogger(ReadModelProjector.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The inbox consumer that handles a topic's events. */
    public static String consumerOf(String topic) {
        return switch (topic) {
            case "agri.project" -> PROJECTS;
            case "agri.household" -> HOUSEHOLDS;
            case "agri.funding" -> FUNDING;
            default -> throw new IllegalArgumentException("not a topic of this service: " + topic);
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        String type = event.type();
        if (ProjectEvents.DRAFTED_V1.equals(type)) {
            drafted(event, read(event, ProjectDraftedV1.class));
        } else if (ProjectEvents.ADMITTED_V1.equals(type)) {
            admitted(event, read(event, ProjectAdmittedV1.class));
        } else if (ProjectEvents.ACCEPTED_V1.equals(type)) {
            accepted(event, read(event, ProjectAcceptedV1.class));
        } else if (HouseholdEvents.CHANGED_V1.equals(type)) {
            household(read(event, HouseholdChangedV1.class));
        } else if (FundingEvents.ALLOCATION_MADE_V1.equals(type)) {
            allocationMade(read(event, AllocationMadeV1.class));
        } else if (FundingEvents.ALLOCATION_REVOKED_V1.equals(type)) {
            allocationRevoked(read(event, AllocationRevokedV1.class));
        } else {
            LOG.debugf("ignoring event type %s", type);
        }
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

    private void allocationMade(AllocationMadeV1 a) {
        // "do update" keeps the revocation: a made event replayed after its revocation must not revive the money
        em.createNativeQuery("insert into observed_allocation (allocation_id, plan_id, fiscal_year, project_id, county_code, fund_use, amount, "
                        + "leading_industry, allocated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (allocation_id) do update set "
                        + "plan_id = excluded.plan_id, fiscal_year = excluded.fiscal_year, project_id = excluded.project_id, county_code = excluded.county_code, "
                        + "fund_use = excluded.fund_use, amount = excluded.amount, leading_industry = excluded.leading_industry, allocated_at = excluded.allocated_at")
                .setParameter(1, uuid(a.allocationId(), "allocationId")).setParameter(2, a.planId()).setParameter(3, a.fiscalYear())
                .setParameter(4, uuid(a.projectId(), "projectId")).setParameter(5, region(a.countyCode())).setParameter(6, a.use())
                .setParameter(7, a.amount()).setParameter(8, a.leadingIndustry()).setParameter(9, Timestamp.from(a.allocatedAt()))
                .executeUpdate();
    }

    private void allocationRevoked(AllocationRevokedV1 r) {
        // A revocation may overtake its allocation only across topics/partitions; keep a placeholder row
        // so the made event, when it comes, finds the allocation already revoked.
        em.createNativeQuery("insert into observed_allocation (allocation_id, fiscal_year, project_id, county_code, fund_use, amount, leading_industry, "
                        + "allocated_at, revoked, revoked_reason, revoked_at) values (?1, ?2, ?3, ?4, 'UNKNOWN', ?5, false, ?6, true, ?7, ?6) "
                        + "on conflict (allocation_id) do update set revoked = true, revoked_reason = excluded.revoked_reason, revoked_at = excluded.revoked_at")
                .setParameter(1, uuid(r.allocationId(), "allocationId")).setParameter(2, r.fiscalYear()).setParameter(3, uuid(r.projectId(), "projectId"))
                .setParameter(4, region(r.countyCode())).setParameter(5, r.amount()).setParameter(6, Timestamp.from(r.revokedAt()))
                .setParameter(7, r.reason())
                .executeUpdate();
    }

    private static void touch(ObservedProject p, CloudEvent event) {
        p.lastEventId = event.id();
        p.lastEventType = event.type();
        p.lastEventAt = event.time();
        p.eventsApplied++;
    }

    private static UUID uuid(String v, String field) {
        try {
            return UUID.fromString(v);
        } catch (RuntimeException e) {
            throw new CloudEvent.MalformedEventException(field + " is not a UUID: " + v);
        }
    }

    private static String region(String code) {
        return RegionCode.parse(code).map(RegionCode::value)
                .orElseThrow(() -> new CloudEvent.MalformedEventException("not a 12-digit division code: " + code));
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        try {
            T value = mapper.treeToValue(event.data(), type);
            if (value == null) {
                throw new CloudEvent.MalformedEventException("event " + event.type() + " has no data");
            }
            return value;
        } catch (CloudEvent.MalformedEventException e) {
            throw e;
        } catch (Exception e) {
            throw new CloudEvent.MalformedEventException("data of " + event.type() + " does not fit its contract: " + e.getMessage());
        }
    }
}
