package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.AllocationRevokedV1;
import cn.gov.xinxiang.agri.contracts.funding.DisbursementMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.ExpenditureRecordedV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.funding.library.LibraryProject;
import cn.gov.xinxiang.agri.funding.plan.CountyShare;
import cn.gov.xinxiang.agri.funding.plan.FundingPlan;
import cn.gov.xinxiang.agri.funding.plan.PlanRules;
import cn.gov.xinxiang.agri.funding.plan.PlanService;
import cn.gov.xinxiang.agri.funding.plan.PlanStatus;
import cn.gov.xinxiang.agri.funding.policy.PolicyService;
import cn.gov.xinxiang.agri.funding.policy.FundingPolicy;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
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
        if (plan.status != PlanStatus.PUBLISHED) {
            throw ProblemException.keyed(409, "plan-not-published", "allocation.plan-draft", planId);
        }
        // Only projects in the library, and only within the caller's region: a county allocates to its own projects.
        LibraryProject project = LibraryProject.<LibraryProject>find("projectId = :id and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("id", r.projectId()))
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.keyed(422, "project-not-in-library", "allocation.not-in-library", r.projectId())
                        .field("projectId", "allocation.not-library-project"));
        FundingPolicy policy = policies.require(plan.fiscalYear);
        if (policy.forbids(r.purposeCode())) {
            String label = policy.negativeList().stream().filter(n -> n.code.equals(r.purposeCode())).findFirst().map(n -> n.label).orElse("");
            throw ProblemException.keyed(422, "negative-list-use", "allocation.negative-list", r.purposeCode(), label, plan.fiscalYear)
                    .field("purposeCode", "allocation.on-negative-list");
        }
        // The plan row first (an amendment locks it too, so allocations and amendments are serialised and the
        // per-use sums below cannot race), then the county's share.
        em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        CountyShare share = em.find(CountyShare.class, new CountyShare.Key(plan.id, project.countyCode), LockModeType.PESSIMISTIC_WRITE);
        if (share == null) {
            throw ProblemException.keyed(422, "no-county-share", "allocation.no-county-share", project.countyCode, plan.fiscalYear);
        }
        if (r.amount().compareTo(share.headroom()) > 0) {
            throw ProblemException.keyed(422, "exceeds-county-headroom", "allocation.county-headroom", r.amount().toPlainString(), share.countyCode,
                            share.headroom().toPlainString(), plan.fiscalYear)
                    .field("amount", "allocation.over-county-headroom", share.headroom().toPlainString());
        }
        BigDecimal heldInPlan = held(plan.id, null, r.use());
        BigDecimal heldInCounty = held(plan.id, share.countyCode, r.use());
        BigDecimal useHeadroom = PlanRules.useHeadroom(plan.figures(), share.line(), r.use(), heldInPlan, heldInCounty);
        if (r.amount().compareTo(useHeadroom) > 0) {
            boolean county = share.uses() != null
                    && share.uses().of(r.use()).subtract(heldInCounty).compareTo(plan.figures().planned(r.use()).subtract(heldInPlan)) <= 0;
            Text planned = county
                    ? new Text("allocation.county-share-plans", share.countyCode, share.uses().of(r.use()).toPlainString(), r.use().label,
                            plan.planVersion, plan.fiscalYear, heldInCounty.toPlainString())
                    : new Text("allocation.plan-plans", plan.planVersion, plan.fiscalYear, plan.figures().planned(r.use()).toPlainString(),
                            r.use().label, heldInPlan.toPlainString());
            throw ProblemException.keyed(422, "exceeds-planned-use", "allocation.planned-use", r.amount().toPlainString(), r.use().name(), planned)
                    .field("amount", "allocation.over-planned-use", useHeadroom.max(BigDecimal.ZERO).toPlainString(), r.use().name())
                    .field("use", "allocation.planned-use-exceeded");
        }
        share.allocated = share.allocated.add(r.amount());

        Instant now = clock.instant();
        Allocation a = new Allocation();
        a.id = UUID.randomUUID();
        a.planId = plan.id;
        a.fiscalYear = plan.fiscalYear;
        a.projectId = project.projectId;
        a.countyCode = project.countyCode;
        a.regionCode = project.regionCode;
        a.use = r.use();
        a.purposeCode = r.purposeCode();
        // The flag is the project's, as admitted to the library, never the caller's claim.
        a.leadingIndustry = project.leadingIndustry;
        a.originalAmount = r.amount();
        a.amount = r.amount();
        a.disbursed = BigDecimal.ZERO;
        a.expended = BigDecimal.ZERO;
        a.status = AllocationStatus.ACTIVE;
        a.createdBy = user.subject();
        a.createdAt = now;
        a.persist();
        outbox.append(FundingEvents.AGGREGATE, a.id.toString(), FundingEvents.ALLOCATION_MADE_V1,
                new AllocationMadeV1(a.id.toString(), a.planId.toString(), a.fiscalYear, a.projectId.toString(), a.countyCode,
                        a.use.name(), a.amount, a.leadingIndustry, now));
        return a;
    }

    /** Revokes an allocation: what was not yet disbursed returns to the county's headroom. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Allocation revoke(UUID id, AllocationDtos.RevocationRequest r, String ifMatch) {
        user.requireActing(Role.CITY, Role.COUNTY);
        Allocation a = lock(id);
        ETags.require(ifMatch, a.version);
        requireActive(a);
        CountyShare share = em.find(CountyShare.class, new CountyShare.Key(a.planId, a.countyCode), LockModeType.PESSIMISTIC_WRITE);
        BigDecimal returned = a.amount.subtract(a.disbursed);
        share.allocated = share.allocated.subtract(returned);
        Instant now = clock.instant();
        a.amount = a.disbursed;
        a.revokedAmount = returned;
        a.revocationReason = r.reason().strip();
        a.revokedBy = user.subject();
        a.revokedAt = now;
        a.status = AllocationStatus.REVOKED;
        outbox.append(FundingEvents.AGGREGATE, a.id.toString(), FundingEvents.ALLOCATION_REVOKED_V1,
                new AllocationRevokedV1(a.id.toString(), a.projectId.toString(), a.fiscalYear, a.countyCode, returned,
                        a.revocationReason, now));
        return a;
    }

    /** Records a disbursement; the allocation row is locked so concurrent ones cannot exceed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Disbursement disburse(UUID allocationId, AllocationDtos.DisbursementRequest r) {
        user.requireActing(Role.CITY, Role.COUNTY);
        Allocation a = lock(allocationId);
        requireActive(a);
        notInFuture("disbursedOn", r.disbursedOn());
        BigDecimal after = a.disbursed.add(r.amount());
        if (after.compareTo(a.amount) > 0) {
            throw ProblemException.keyed(422, "exceeds-allocation", "allocation.exceeds", r.amount().toPlainString(), a.disbursed.toPlainString(),
                            a.amount.toPlainString())
                    .field("amount", "allocation.at-most", a.amount.subtract(a.disbursed).toPlainString());
        }
        a.disbursed = after;
        Instant now = clock.instant();
        Disbursement d = new Disbursement();
        d.id = UUID.randomUUID();
        d.allocationId = a.id;
        d.amount = r.amount();
        d.disbursedOn = r.disbursedOn();
        d.voucherNo = r.voucherNo() == null || r.voucherNo().isBlank() ? null : r.voucherNo().strip();
        d.recordedBy = user.subject();
        d.recordedAt = now;
        d.persist();
        outbox.append(FundingEvents.AGGREGATE, a.id.toString(), FundingEvents.DISBURSEMENT_MADE_V1,
                new DisbursementMadeV1(d.id.toString(), a.id.toString(), a.projectId.toString(), a.fiscalYear, a.countyCode,
                        d.amount, a.disbursed, d.disbursedOn, now));
        return d;
    }

    /** Records spending of disbursed money; never more than was disbursed. Also after a revocation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Expenditure spend(UUID allocationId, AllocationDtos.ExpenditureRequest r) {
        user.requireActing(Role.CITY, Role.COUNTY, Role.TOWNSHIP, Role.VILLAGE);
        Allocation a = lock(allocationId);
        notInFuture("spentOn", r.spentOn());
        BigDecimal after = a.expended.add(r.amount());
        if (after.compareTo(a.disbursed) > 0) {
            throw ProblemException.keyed(422, "exceeds-disbursed", "allocation.exceeds-disbursed", r.amount().toPlainString(),
                            a.expended.toPlainString(), a.disbursed.toPlainString())
                    .field("amount", "allocation.at-most", a.disbursed.subtract(a.expended).toPlainString());
        }
        a.expended = after;
        Instant now = clock.instant();
        Expenditure e = new Expenditure();
        e.id = UUID.randomUUID();
        e.allocationId = a.id;
        e.amount = r.amount();
        e.spentOn = r.spentOn();
        e.description = r.description().strip();
        e.recordedBy = user.subject();
        e.recordedAt = now;
        e.persist();
        outbox.append(FundingEvents.AGGREGATE, a.id.toString(), FundingEvents.EXPENDITURE_RECORDED_V1,
                new ExpenditureRecordedV1(e.id.toString(), a.id.toString(), a.projectId.toString(), a.fiscalYear, a.countyCode,
                        e.amount, a.expended, e.spentOn, now));
        return e;
    }

    public Allocation get(UUID id) {
        return Allocation.<Allocation>find("id = :id and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("allocation", id));
    }

    public Page<Allocation> list(Integer fiscalYear, String countyCode, UUID projectId, AllocationStatus status, PageRequest page) {
        StringBuilder q = new StringBuilder(RegionScope.clause("regionCode"));
        Parameters params = user.scope().parameters();
        if (fiscalYear != null) {
            q.append(" and fiscalYear = :year");
            params.and("year", fiscalYear);
        }
        if (countyCode != null) {
            if (!countyCode.matches("\\d{12}")) {
                throw ProblemException.invalidField("countyCode", "region.code-format");
            }
            q.append(" and countyCode = :county");
            params.and("county", countyCode);
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

    private static void requireActive(Allocation a) {
        if (a.status != AllocationStatus.ACTIVE) {
            throw ProblemException.keyed(409, "allocation-revoked", "allocation.revoked", a.id);
        }
    }

    private void notInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now(clock.withZone(ClockProducer.BUSINESS_ZONE)))) {
            throw ProblemException.invalidField(field, "problem.not-future");
        }
    }
}
