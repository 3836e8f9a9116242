package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.AllocationRevokedV1;
import cn.gov.xinxiang.agri.contracts.funding.DisbursementMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.ExpenditureRecordedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetConfirmedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetDisposedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.AssetIncomeRecordedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetRegisteredV1;
import cn.gov.xinxiang.agri.contracts.asset.DistributionRecordedV1;
import cn.gov.xinxiang.agri.contracts.asset.DistributionStatusChangedV1;
import cn.gov.xinxiang.agri.contracts.Correction;
import cn.gov.xinxiang.agri.contracts.project.ProjectResultsReportedV1;
import cn.gov.xinxiang.agri.contracts.policy.PolicyChangedV1;
import cn.gov.xinxiang.agri.contracts.policy.PolicyEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.required;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;
import cn.gov.xinxiang.agri.evaluation.programmes.ProgrammeProjector;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.consumer.ReliableConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
    public static final String ASSETS = "evaluation-service.assets";
    public static final String POLICY = "evaluation-service.policy";
    public static final String PROGRAMMES = ProgrammeProjector.CONSUMER;
    public static final List<String> CONSUMERS = List.of(PROJECTS, HOUSEHOLDS, FUNDING, ASSETS, POLICY, PROGRAMMES);

    private static final Logger LOG = Logger.getLogger(ReadModelProjector.class);

    @Inject
    EntityManager em;

    @Inject
    ReliableConsumer events;

    @Inject
    ProgrammeProjector programmes;

    /** The inbox consumer that handles a topic's events. */
    public static String consumerOf(String topic) {
        return switch (topic) {
            case "agri.project" -> PROJECTS;
            case "agri.household" -> HOUSEHOLDS;
            case "agri.funding" -> FUNDING;
            case "agri.asset" -> ASSETS;
            case "agri.policy" -> POLICY;
            case "agri.skills", "agri.envoy", "agri.craftsman", "agri.demonstration-village", "agri.consortium" -> PROGRAMMES;
            default -> throw new IllegalArgumentException("not a topic of this service: " + topic);
        };
    }

    /**
     * Applies the event and says which evaluation inputs it changed (for the dependency tracker; the
     * rebuild replays without marking anything, then verifies the published evaluations as a whole).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InputChange> apply(CloudEvent event) {
        String type = event.type();
        if (ProjectEvents.DRAFTED_V1.equals(type)) {
            drafted(event, read(event, ProjectDraftedV1.class));
            return List.of();
        } else if (ProjectEvents.ADMITTED_V1.equals(type)) {
            ProjectAdmittedV1 a = read(event, ProjectAdmittedV1.class);
            admitted(event, a);
            // a library project counts for its fiscal year and every later one
            return List.of(InputChange.onward("observed_mechanism", a.fiscalYear(), region(a.countyCode()), type + " " + a.code()));
        } else if (ProjectEvents.ACCEPTED_V1.equals(type)) {
            ProjectAcceptedV1 a = read(event, ProjectAcceptedV1.class);
            accepted(event, a);
            return List.of(InputChange.onward("observed_formed_asset", a.fiscalYear(), county(region(a.regionCode())), type + " " + a.code()));
        } else if (HouseholdEvents.CHANGED_V1.equals(type)) {
            household(read(event, HouseholdChangedV1.class));
            return List.of();
        } else if (FundingEvents.ALLOCATION_MADE_V1.equals(type)) {
            AllocationMadeV1 a = read(event, AllocationMadeV1.class);
            allocationMade(a);
            return List.of(InputChange.of("observed_allocation", a.fiscalYear(), region(a.countyCode()), type + " " + a.allocationId()));
        } else if (FundingEvents.ALLOCATION_REVOKED_V1.equals(type)) {
            AllocationRevokedV1 r = read(event, AllocationRevokedV1.class);
            allocationRevoked(r);
            return List.of(InputChange.of("observed_allocation", r.fiscalYear(), region(r.countyCode()), type + " " + r.allocationId()));
        } else if (ProjectEvents.RESULTS_REPORTED_V1.equals(type)) {
            ProjectResultsReportedV1 r = read(event, ProjectResultsReportedV1.class);
            results(r);
            // a year's results are also the next year's baseline for the income increase
            return List.of(new InputChange("observed_mechanism_result", r.year(), r.year() + 1, region(r.countyCode()),
                    type + " " + r.code() + " " + r.year() + corrected(r.version(), r.correction())));
        } else if (FundingEvents.DISBURSEMENT_MADE_V1.equals(type)) {
            DisbursementMadeV1 d = read(event, DisbursementMadeV1.class);
            disbursement(d);
            return List.of(InputChange.of("observed_expenditure", d.fiscalYear(), region(d.countyCode()), type + " " + d.disbursementId()));
        } else if (FundingEvents.EXPENDITURE_RECORDED_V1.equals(type)) {
            ExpenditureRecordedV1 x = read(event, ExpenditureRecordedV1.class);
            expenditure(x);
            return List.of(InputChange.of("observed_expenditure", x.fiscalYear(), region(x.countyCode()), type + " " + x.expenditureId()));
        } else if (AssetEvents.REGISTERED_V1.equals(type)) {
            AssetRegisteredV1 a = read(event, AssetRegisteredV1.class);
            assetRegistered(a);
            return List.of(InputChange.onward("observed_asset", businessDate(a.registeredAt(), "registeredAt").getYear(), county(region(a.regionCode())),
                    type + " " + a.assetId()));
        } else if (AssetEvents.CONFIRMED_V1.equals(type)) {
            AssetConfirmedV1 c = read(event, AssetConfirmedV1.class);
            if (!assetConfirmed(c)) {
                return List.of();
            }
            return List.of(InputChange.onward("observed_asset", businessDate(c.confirmedAt(), "confirmedAt").getYear(), county(region(c.regionCode())),
                    type + " " + c.assetId() + corrected(c.version(), c.correction())));
        } else if (AssetEvents.DISPOSED_V1.equals(type)) {
            AssetDisposedV1 d = read(event, AssetDisposedV1.class);
            assetDisposed(d);
            return List.of(InputChange.onward("observed_asset", businessDate(d.disposedAt(), "disposedAt").getYear(), county(region(d.regionCode())),
                    type + " " + d.assetId()));
        } else if (AssetEvents.INCOME_RECORDED_V1.equals(type)) {
            AssetIncomeRecordedV1 i = read(event, AssetIncomeRecordedV1.class);
            if (!assetIncome(i)) {
                return List.of(); // an older version than the one held (a replay out of order) changes nothing
            }
            return List.of(InputChange.of("observed_asset_income", periodYear(i.period()), county(region(i.regionCode())),
                    type + " " + i.period() + " of asset " + i.assetId() + corrected(i.version(), i.correction())));
        } else if (AssetEvents.DISTRIBUTION_RECORDED_V1.equals(type)) {
            DistributionRecordedV1 d = read(event, DistributionRecordedV1.class);
            distribution(d.distributionId(), d.villageCode(), d.period(), d.income(), d.targetAmount(), d.householdsPaid(), d.recordedAt(), 1, null);
            return List.of(InputChange.of("observed_distribution", periodYear(d.period()), county(region(d.villageCode())), type + " " + d.period()));
        } else if (AssetEvents.DISTRIBUTION_STATUS_CHANGED_V1.equals(type)) {
            DistributionStatusChangedV1 d = read(event, DistributionStatusChangedV1.class);
            // only a published version is final; proposals, reviews, returns and corrections in progress count for nothing yet,
            // and the version published before stays counted until a corrected one is published
            if (!"PUBLISHED".equals(d.step())) {
                return List.of();
            }
            if (!distribution(d.distributionId(), d.villageCode(), d.period(), d.income(), d.targetAmount(), d.householdsPaid(), required(d.at(), "at"),
                    d.version(), d.version() > 1 ? "version " + d.version() + " published" : null)) {
                return List.of();
            }
            return List.of(InputChange.of("observed_distribution", periodYear(d.period()), county(region(d.villageCode())),
                    type + " " + d.period() + " of " + d.villageCode() + " version " + d.version() + " published"));
        } else if (PolicyEvents.CHANGED_V1.equals(type)) {
            PolicyChangedV1 p = read(event, PolicyChangedV1.class);
            return policy(p) ? List.of(InputChange.onward("policy:" + p.key(), p.appliesFrom(), null,
                    p.key() + " from " + p.appliesFrom() + " = " + p.value().toPlainString() + " (version " + p.version() + ")")) : List.of();
        } else {
            return programmes.apply(event).orElseGet(() -> {
                LOG.debugf("ignoring event type %s", type);
                return List.of();
            });
        }
    }

    /** Keeps the highest version of each key and year; an older or equal version replayed later changes nothing. */
    private boolean policy(PolicyChangedV1 p) {
        if (p.key() == null || !p.key().matches("[a-z]+\\.[a-z0-9-]+") || p.value() == null || p.unit() == null) {
            throw new CloudEvent.MalformedEventException("policy.changed.v1 needs a key like asset.benchmark-rate, a value and a unit");
        }
        int n = em.createNativeQuery("insert into observed_policy_parameter (param_key, applies_from, value, unit, label, source_document, owner, "
                        + "version, changed_by, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (param_key, applies_from) do update set "
                        + "value = excluded.value, unit = excluded.unit, label = excluded.label, source_document = excluded.source_document, "
                        + "owner = excluded.owner, version = excluded.version, changed_by = excluded.changed_by, changed_at = excluded.changed_at "
                        + "where observed_policy_parameter.version < excluded.version")
                .setParameter(1, p.key()).setParameter(2, p.appliesFrom()).setParameter(3, p.value()).setParameter(4, p.unit())
                .setParameter(5, p.label()).setParameter(6, p.sourceDocument()).setParameter(7, p.owner()).setParameter(8, p.version())
                .setParameter(9, p.changedBy()).setParameter(10, Timestamp.from(required(p.changedAt(), "changedAt")))
                .executeUpdate();
        return n == 1;
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

    private void results(ProjectResultsReportedV1 r) {
        UUID projectId = uuid(r.projectId(), "projectId");
        // a later report of the same project and year replaces the earlier one as a whole
        em.createNativeQuery("delete from observed_mechanism_result where project_id = ?1 and year = ?2")
                .setParameter(1, projectId).setParameter(2, r.year()).executeUpdate();
        for (ProjectResultsReportedV1.MechanismResult m : r.mechanisms() == null ? List.<ProjectResultsReportedV1.MechanismResult>of() : r.mechanisms()) {
            em.createNativeQuery("insert into observed_mechanism_result (project_id, year, mechanism_type, county_code, linked_poverty_alleviated, "
                            + "linked_monitored, linked_other, income_received, reported_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                            + "on conflict (project_id, year, mechanism_type) do update set county_code = excluded.county_code, "
                            + "linked_poverty_alleviated = excluded.linked_poverty_alleviated, linked_monitored = excluded.linked_monitored, "
                            + "linked_other = excluded.linked_other, income_received = excluded.income_received, reported_at = excluded.reported_at")
                    .setParameter(1, projectId).setParameter(2, r.year()).setParameter(3, m.type()).setParameter(4, region(r.countyCode()))
                    .setParameter(5, m.linkedPovertyAlleviated()).setParameter(6, m.linkedMonitored()).setParameter(7, m.linkedOther())
                    .setParameter(8, m.incomeReceived()).setParameter(9, Timestamp.from(r.reportedAt()))
                    .executeUpdate();
        }
    }

    private void disbursement(DisbursementMadeV1 d) {
        em.createNativeQuery("insert into observed_disbursement (disbursement_id, allocation_id, project_id, fiscal_year, county_code, amount, disbursed_on) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (disbursement_id) do update set allocation_id = excluded.allocation_id, "
                        + "project_id = excluded.project_id, fiscal_year = excluded.fiscal_year, county_code = excluded.county_code, "
                        + "amount = excluded.amount, disbursed_on = excluded.disbursed_on")
                .setParameter(1, uuid(d.disbursementId(), "disbursementId")).setParameter(2, uuid(d.allocationId(), "allocationId"))
                .setParameter(3, uuid(d.projectId(), "projectId")).setParameter(4, d.fiscalYear()).setParameter(5, region(d.countyCode()))
                .setParameter(6, d.amount()).setParameter(7, required(d.disbursedOn(), "disbursedOn"))
                .executeUpdate();
    }

    private void expenditure(ExpenditureRecordedV1 x) {
        em.createNativeQuery("insert into observed_expenditure (expenditure_id, allocation_id, project_id, fiscal_year, county_code, amount, spent_on) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (expenditure_id) do update set allocation_id = excluded.allocation_id, "
                        + "project_id = excluded.project_id, fiscal_year = excluded.fiscal_year, county_code = excluded.county_code, "
                        + "amount = excluded.amount, spent_on = excluded.spent_on")
                .setParameter(1, uuid(x.expenditureId(), "expenditureId")).setParameter(2, uuid(x.allocationId(), "allocationId"))
                .setParameter(3, uuid(x.projectId(), "projectId")).setParameter(4, x.fiscalYear()).setParameter(5, region(x.countyCode()))
                .setParameter(6, x.amount()).setParameter(7, required(x.spentOn(), "spentOn"))
                .executeUpdate();
    }

    private void assetRegistered(AssetRegisteredV1 a) {
        String region = region(a.regionCode());
        // "do update" keeps confirmed_on: a confirmation that overtook its registration is not lost
        em.createNativeQuery("insert into observed_asset (asset_id, name, asset_class, value, region_code, county_code, source_project_id, "
                        + "registered_via, registered_on) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as uuid), ?8, ?9) on conflict (asset_id) do update set "
                        + "name = excluded.name, asset_class = excluded.asset_class, value = excluded.value, region_code = excluded.region_code, "
                        + "county_code = excluded.county_code, source_project_id = excluded.source_project_id, registered_via = excluded.registered_via, "
                        + "registered_on = excluded.registered_on")
                .setParameter(1, uuid(a.assetId(), "assetId")).setParameter(2, a.name()).setParameter(3, a.assetClass()).setParameter(4, a.value())
                .setParameter(5, region).setParameter(6, county(region))
                .setParameter(7, a.sourceProjectId() == null ? null : uuid(a.sourceProjectId(), "sourceProjectId").toString())
                .setParameter(8, a.registeredVia()).setParameter(9, businessDate(a.registeredAt(), "registeredAt"))
                .executeUpdate();
    }

    private boolean assetConfirmed(AssetConfirmedV1 c) {
        String region = region(c.regionCode());
        return em.createNativeQuery("insert into observed_asset (asset_id, asset_class, value, region_code, county_code, confirmed_on, owner_type, "
                        + "confirmation_version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (asset_id) do update set asset_class = excluded.asset_class, "
                        + "value = excluded.value, region_code = excluded.region_code, county_code = excluded.county_code, "
                        + "confirmed_on = excluded.confirmed_on, owner_type = excluded.owner_type, confirmation_version = excluded.confirmation_version "
                        + "where observed_asset.confirmation_version <= excluded.confirmation_version")
                .setParameter(1, uuid(c.assetId(), "assetId")).setParameter(2, c.assetClass()).setParameter(3, c.value())
                .setParameter(4, region).setParameter(5, county(region)).setParameter(6, businessDate(c.confirmedAt(), "confirmedAt"))
                .setParameter(7, c.ownerType()).setParameter(8, version(c.version()))
                .executeUpdate() == 1;
    }

    private void assetDisposed(AssetDisposedV1 d) {
        // the asset's events share its key and partition, so its registration was applied before
        em.createNativeQuery("update observed_asset set disposed_on = ?2 where asset_id = ?1")
                .setParameter(1, uuid(d.assetId(), "assetId")).setParameter(2, businessDate(d.disposedAt(), "disposedAt"))
                .executeUpdate();
    }

    /** Keeps the newest version of an asset's inventory for a period (a correction replaces it; an older one replayed later does not). */
    private boolean assetIncome(AssetIncomeRecordedV1 i) {
        String region = region(i.regionCode());
        return em.createNativeQuery("insert into observed_asset_income (asset_id, period, year, region_code, county_code, income, asset_value, "
                        + "annualised_return, benchmark_rate, below_benchmark, recorded_on, version_no, correction_reason) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                        + "on conflict (asset_id, period) do update set region_code = excluded.region_code, county_code = excluded.county_code, "
                        + "income = excluded.income, asset_value = excluded.asset_value, annualised_return = excluded.annualised_return, "
                        + "benchmark_rate = excluded.benchmark_rate, below_benchmark = excluded.below_benchmark, recorded_on = excluded.recorded_on, "
                        + "version_no = excluded.version_no, correction_reason = excluded.correction_reason "
                        + "where observed_asset_income.version_no <= excluded.version_no")
                .setParameter(1, uuid(i.assetId(), "assetId")).setParameter(2, i.period()).setParameter(3, periodYear(i.period()))
                .setParameter(4, region).setParameter(5, county(region)).setParameter(6, i.income()).setParameter(7, i.assetValue())
                .setParameter(8, i.annualisedReturn()).setParameter(9, i.benchmarkRate()).setParameter(10, i.belowBenchmark())
                .setParameter(11, businessDate(i.recordedAt(), "recordedAt")).setParameter(12, version(i.version()))
                .setParameter(13, i.correction() == null ? null : i.correction().reason())
                .executeUpdate() == 1;
    }

    /** Keeps the newest published version of a distribution. */
    private boolean distribution(String distributionId, String villageCode, String period, java.math.BigDecimal income,
                                 java.math.BigDecimal targetAmount, int householdsPaid, Instant at, int version, String correctionReason) {
        String village = region(villageCode);
        return em.createNativeQuery("insert into observed_distribution (distribution_id, village_code, county_code, period, year, income, target_amount, "
                        + "households_paid, recorded_on, version_no, correction_reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                        + "on conflict (distribution_id) do update set "
                        + "village_code = excluded.village_code, county_code = excluded.county_code, period = excluded.period, year = excluded.year, "
                        + "income = excluded.income, target_amount = excluded.target_amount, households_paid = excluded.households_paid, "
                        + "recorded_on = excluded.recorded_on, version_no = excluded.version_no, correction_reason = excluded.correction_reason "
                        + "where observed_distribution.version_no <= excluded.version_no")
                .setParameter(1, uuid(distributionId, "distributionId")).setParameter(2, village).setParameter(3, county(village))
                .setParameter(4, period).setParameter(5, periodYear(period)).setParameter(6, required(income, "income"))
                .setParameter(7, required(targetAmount, "targetAmount"))
                .setParameter(8, householdsPaid).setParameter(9, businessDate(at, "recordedAt")).setParameter(10, version)
                .setParameter(11, correctionReason)
                .executeUpdate() == 1;
    }

    private static int version(Integer v) {
        if (v != null && v < 1) {
            throw new CloudEvent.MalformedEventException("version must be 1 or more: " + v);
        }
        return v == null ? 1 : v;
    }

    /** For the stale reason: which version corrected which, and why. */
    private static String corrected(Integer version, Correction c) {
        if (c == null) {
            return "";
        }
        return " corrected (version " + c.correctsVersion() + " → " + version(version) + " by " + c.byTier() + " " + c.by() + "): " + c.reason();
    }

    private static int periodYear(String period) {
        if (period == null || !period.matches("[0-9]{4}H[12]")) {
            throw new CloudEvent.MalformedEventException("period is not like 2025H1: " + period);
        }
        return Integer.parseInt(period.substring(0, 4));
    }

    private static LocalDate businessDate(Instant at, String field) {
        return required(at, field).atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
    }

    private static void touch(ObservedProject p, CloudEvent event) {
        p.lastEventId = event.id();
        p.lastEventType = event.type();
        p.lastEventAt = event.time();
        p.eventsApplied++;
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        return events.payload(event, type);
    }
}
