package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.AllocationRevokedV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;

/** Fund allocations made and revoked (observed_allocation). */
@ApplicationScoped
class AllocationHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(FundingEvents.ALLOCATION_MADE_V1, AllocationMadeV1.class, this::made)
                .on(FundingEvents.ALLOCATION_REVOKED_V1, AllocationRevokedV1.class, this::revoked);
    }

    private List<InputChange> made(CloudEvent event, AllocationMadeV1 a) {
        allocationMade(a);
        return List.of(InputChange.of("observed_allocation", a.fiscalYear(), region(a.countyCode()), event.type() + " " + a.allocationId()));
    }

    private List<InputChange> revoked(CloudEvent event, AllocationRevokedV1 r) {
        allocationRevoked(r);
        return List.of(InputChange.of("observed_allocation", r.fiscalYear(), region(r.countyCode()), event.type() + " " + r.allocationId()));
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
}
