package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.funding.library.LibraryProjectService;
import cn.gov.xinxiang.agri.funding.plan.CountyShare;
import cn.gov.xinxiang.agri.funding.plan.FundingPlan;
import cn.gov.xinxiang.agri.funding.plan.PlanService;
import cn.gov.xinxiang.agri.funding.policy.PolicyService;
import cn.gov.xinxiang.agri.funding.policy.FundingPolicy;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AllocationService {

    @Inject
    CurrentUser user;

    @Inject
    PlanService plans;

    @Inject
    PolicyService policies;

    @Inject
    LibraryProjectService library;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /**
     * Allocates from the project's county share. The share row is locked (SELECT ... FOR UPDATE)
     * before its headroom is read, so two concurrent allocations against the same county are
     * serialised and the second sees what the first took: headroom is never overspent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Allocation allocate(UUID planId, AllocationDtos.AllocationRequest r) {
        user.requireActing(Role.CITY, Role.COUNTY);
        FundingPlan plan = plans.get(planId);
        // Only projects in the library, and only within the caller's region: a county allocates to its own projects.
        AllocationRules.Project project = library.find(r.projectId())
                .map(p -> new AllocationRules.Project(p.projectId, p.countyCode, p.regionCode, p.leadingIndustry))
                .orElse(null);
        FundingPolicy policy = policies.require(plan.fiscalYear);
        // The plan row first (an amendment locks it too, so allocations and amendments are serialised and the
        // per-use sums below cannot race), then the county's share.
        em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        CountyShare share = project == null ? null
                : em.find(CountyShare.class, new CountyShare.Key(plan.id, project.countyCode()), LockModeType.PESSIMISTIC_WRITE);
        BigDecimal heldInPlan = share == null ? BigDecimal.ZERO : held(plan.id, null, r.use());
        BigDecimal heldInCounty = share == null ? BigDecimal.ZERO : held(plan.id, share.countyCode, r.use());
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        AllocationRules.Grant grant = Refusals.orThrow(AllocationRules.allocate(new AllocationRules.AllocateFacts(plan.id, plan.fiscalYear,
                plan.planVersion, plan.status, plan.figures(), r.projectId(), project, policy.negativeLabels(),
                share == null ? null : new AllocationRules.Share(share.line(), share.allocated), heldInPlan, heldInCounty,
                r.use(), r.purposeCode(), r.amount(), id, now)));
        share.allocated = grant.shareAllocated();

        Allocation a = new Allocation();
        a.id = id;
        a.planId = plan.id;
        a.fiscalYear = plan.fiscalYear;
        a.projectId = project.projectId();
        a.countyCode = project.countyCode();
        a.regionCode = project.regionCode();
        a.use = r.use();
        a.purposeCode = r.purposeCode();
        // The flag is the project's, as admitted to the library, never the caller's claim.
        a.leadingIndustry = project.leadingIndustry();
        a.originalAmount = r.amount();
        a.amount = r.amount();
        a.disbursed = BigDecimal.ZERO;
        a.expended = BigDecimal.ZERO;
        a.status = AllocationStatus.ACTIVE;
        a.createdBy = user.subject();
        a.createdAt = now;
        a.persist();
        outbox.append(FundingEvents.AGGREGATE, a.id.toString(), FundingEvents.ALLOCATION_MADE_V1, grant.event());
        // written now, so that the created allocation's view comes from the stored row
        em.flush();
        return a;
    }

    /** Revokes an allocation: what was not yet disbursed returns to the county's headroom. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Allocation revoke(UUID id, AllocationDtos.RevocationRequest r, String ifMatch) {
        user.requireActing(Role.CITY, Role.COUNTY);
        Allocation a = lock(id);
        ETags.require(ifMatch, a.version);
        Instant now = clock.instant();
        AllocationRules.Revocation revocation = Refusals.orThrow(AllocationRules.revoke(a.account(), r.reason(), now));
        CountyShare share = em.find(CountyShare.class, new CountyShare.Key(a.planId, a.countyCode), LockModeType.PESSIMISTIC_WRITE);
        share.allocated = share.allocated.subtract(revocation.returned());
        a.amount = a.disbursed;
        a.revokedAmount = revocation.returned();
        a.revocationReason = revocation.event().reason();
        a.revokedBy = user.subject();
        a.revokedAt = now;
        a.status = AllocationStatus.REVOKED;
        outbox.append(FundingEvents.AGGREGATE, a.id.toString(), FundingEvents.ALLOCATION_REVOKED_V1, revocation.event());
        return a;
    }

    /** Records a disbursement; the allocation row is locked so concurrent ones cannot exceed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Disbursement disburse(UUID allocationId, AllocationDtos.DisbursementRequest r) {
        user.requireActing(Role.CITY, Role.COUNTY);
        Allocation a = lock(allocationId);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        var payment = Refusals.orThrow(AllocationRules.disburse(a.account(), id, r.amount(), r.disbursedOn(), today(), now));
        a.disbursed = payment.total();
        Disbursement d = new Disbursement();
        d.recorded(id, a.id, r.amount(), user.subject(), now);
        d.disbursedOn = r.disbursedOn();
        d.voucherNo = r.voucherNo() == null || r.voucherNo().isBlank() ? null : r.voucherNo().strip();
        d.persist();
        outbox.append(FundingEvents.AGGREGATE, a.id.toString(), FundingEvents.DISBURSEMENT_MADE_V1, payment.event());
        return d;
    }

    /** Records spending of disbursed money; never more than was disbursed. Also after a revocation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Expenditure spend(UUID allocationId, AllocationDtos.ExpenditureRequest r) {
        user.requireActing(Role.CITY, Role.COUNTY, Role.TOWNSHIP, Role.VILLAGE);
        Allocation a = lock(allocationId);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        var payment = Refusals.orThrow(AllocationRules.spend(a.account(), id, r.amount(), r.spentOn(), today(), now));
        a.expended = payment.total();
        Expenditure e = new Expenditure();
        e.recorded(id, a.id, r.amount(), user.subject(), now);
        e.spentOn = r.spentOn();
        e.description = r.description().strip();
        e.persist();
        outbox.append(FundingEvents.AGGREGATE, a.id.toString(), FundingEvents.EXPENDITURE_RECORDED_V1, payment.event());
        return e;
    }

    public Allocation get(UUID id) {
        return Allocation.<Allocation>find("id = :id and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("allocation", id));
    }

    /** The allocations in the caller's region, newest first, filtered by the query's text parameters (400 naming a malformed one). */
    public Page<Allocation> list(Integer fiscalYear, String countyCode, UUID projectId, String statusParam, PageRequest page) {
        AllocationStatus status = QueryParameters.enumValue("status", statusParam, AllocationStatus.class);
        StringBuilder q = new StringBuilder(RegionScope.clause("regionCode"));
        Parameters params = user.scope().parameters();
        if (fiscalYear != null) {
            q.append(" and fiscalYear = :year");
            params.and("year", fiscalYear);
        }
        RegionCode county = QueryParameters.optionalRegionCode("countyCode", countyCode);
        if (county != null) {
            q.append(" and countyCode = :county");
            params.and("county", county.value());
        }
        if (projectId != null) {
            q.append(" and projectId = :project");
            params.and("project", projectId);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        var query = Allocation.<Allocation>find(q.toString(), Sort.descending("createdAt").and("id"), params);
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    public List<Disbursement> disbursements(UUID allocationId) {
        get(allocationId);
        return Disbursement.<Disbursement>find("allocationId", Sort.by("recordedAt").and("id"), allocationId).list();
    }

    public List<Expenditure> expenditures(UUID allocationId) {
        get(allocationId);
        return Expenditure.<Expenditure>find("allocationId", Sort.by("recordedAt").and("id"), allocationId).list();
    }

    /** What the plan's allocations of a use hold now, in one county or (county null) in all. */
    private BigDecimal held(UUID planId, String countyCode, FundUse use) {
        var q = em.createQuery("select coalesce(sum(a.amount), 0) from Allocation a where a.planId = :plan and a.use = :use"
                        + (countyCode == null ? "" : " and a.countyCode = :county"), BigDecimal.class)
                .setParameter("plan", planId).setParameter("use", use);
        if (countyCode != null) {
            q.setParameter("county", countyCode);
        }
        return q.getSingleResult();
    }

    private Allocation lock(UUID id) {
        return Allocation.<Allocation>find("id = :id and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("id", id))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("allocation", id));
    }

    /** Today where the bureau works: a payment dated after it is in the future. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.BUSINESS_ZONE));
    }
}
