package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.AllocationRevokedV1;
import cn.gov.xinxiang.agri.contracts.funding.DisbursementMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.ExpenditureRecordedV1;
import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.funding.plan.PlanFigures;
import cn.gov.xinxiang.agri.funding.plan.PlanRules;
import cn.gov.xinxiang.agri.funding.plan.PlanStatus;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The deciders of an allocation's commands (allocate, revoke, disburse, spend), as plain code: they get the facts the
 * service loaded and locked and return the change with its event, or the violations.
 */
public final class AllocationRules {
    private AllocationRules() {
    }

    /** A library project as allocations need it: where it is and whether it is of a leading industry (as admitted). */
    public record Project(UUID projectId, String countyCode, String regionCode, boolean leadingIndustry) {
    }

    /** The county share an allocation draws on: its split line and what is already allocated from it. */
    public record Share(PlanRules.ShareLine line, BigDecimal allocated) {
        BigDecimal headroom() {
            return line.amount().subtract(allocated);
        }
    }

    /**
     * What an allocation is decided on: the plan (status, version, figures), the project as the library has it (null
     * when it is not there), the year's negative list (code → label), the project's county share (null when the plan
     * has none for the county, or no project), what the plan's allocations of the use hold in the plan and in the
     * county, and the request.
     */
    public record AllocateFacts(UUID planId, int fiscalYear, int planVersion, PlanStatus status, PlanFigures plan,
                                UUID requestedProject, Project project, Map<String, String> negativeList,
                                Share share, BigDecimal heldInPlan, BigDecimal heldInCounty,
                                FundUse use, String purposeCode, BigDecimal amount, UUID allocationId, Instant at) {
    }

    /** An allocation: what the county share has allocated after it, and the event. */
    public record Grant(BigDecimal shareAllocated, AllocationMadeV1 event) {
    }

    /**
     * Allocating from a published plan to a library project in the caller's region: not for a purpose on the year's
     * negative list, within the county share's headroom, and within what the plan (and the county's share, where it
     * is broken down by use) plans for the use less what is already allocated for it.
     */
    public static Decision<Grant> allocate(AllocateFacts x) {
        if (x.status() != PlanStatus.PUBLISHED) {
            return Decision.refuse(Violation.state("plan-not-published", "allocation.plan-draft", x.planId()));
        }
        if (x.project() == null) {
            return Decision.refuse(Violation.rule("project-not-in-library", "allocation.not-in-library", x.requestedProject()),
                    Violation.field("projectId", "allocation.not-library-project"));
        }
        if (x.negativeList().containsKey(x.purposeCode())) {
            return Decision.refuse(Violation.rule("negative-list-use", "allocation.negative-list", x.purposeCode(),
                            x.negativeList().get(x.purposeCode()), x.fiscalYear()),
                    Violation.field("purposeCode", "allocation.on-negative-list"));
        }
        Share share = x.share();
        if (share == null) {
            return Decision.refuse(Violation.rule("no-county-share", "allocation.no-county-share", x.project().countyCode(), x.fiscalYear()));
        }
        BigDecimal amount = x.amount();
        String county = share.line().countyCode();
        if (amount.compareTo(share.headroom()) > 0) {
            return Decision.refuse(Violation.rule("exceeds-county-headroom", "allocation.county-headroom", amount.toPlainString(), county,
                            share.headroom().toPlainString(), x.fiscalYear()),
                    Violation.field("amount", "allocation.over-county-headroom", share.headroom().toPlainString()));
        }
        FundUse use = x.use();
        BigDecimal useHeadroom = PlanRules.useHeadroom(x.plan(), share.line(), use, x.heldInPlan(), x.heldInCounty());
        if (amount.compareTo(useHeadroom) > 0) {
            PlanRules.UseSplit uses = share.line().uses();
            BigDecimal planLeft = x.plan().planned(use).subtract(x.heldInPlan());
            // name whichever binds: the county's split of the use, or the plan's
            Text planned = uses != null && uses.of(use).subtract(x.heldInCounty()).compareTo(planLeft) <= 0
                    ? new Text("allocation.county-share-plans", county, uses.of(use).toPlainString(), use.label, x.planVersion(), x.fiscalYear(),
                            x.heldInCounty().toPlainString())
                    : new Text("allocation.plan-plans", x.planVersion(), x.fiscalYear(), x.plan().planned(use).toPlainString(), use.label,
                            x.heldInPlan().toPlainString());
            return Decision.refuse(Violation.rule("exceeds-planned-use", "allocation.planned-use", amount.toPlainString(), use.name(), planned),
                    Violation.field("amount", "allocation.over-planned-use", useHeadroom.max(BigDecimal.ZERO).toPlainString(), use.name()),
                    Violation.field("use", "allocation.planned-use-exceeded"));
        }
        Project p = x.project();
        return Decision.allow(new Grant(share.allocated().add(amount), new AllocationMadeV1(x.allocationId().toString(), x.planId().toString(),
                x.fiscalYear(), p.projectId().toString(), p.countyCode(), use.name(), amount, p.leadingIndustry(), x.at())));
    }

    /** Where an allocation's money stands: what it holds, what was paid out of it, and what was spent of that. */
    public record Account(UUID id, UUID projectId, int fiscalYear, String countyCode, AllocationStatus status,
                          BigDecimal amount, BigDecimal disbursed, BigDecimal expended) {
    }

    /** A revocation: what returns to the county's headroom (all not yet disbursed), and the event. */
    public record Revocation(BigDecimal returned, AllocationRevokedV1 event) {
    }

    /** Revoking an active allocation; what was disbursed stays with it. */
    public static Decision<Revocation> revoke(Account a, String reason, Instant at) {
        if (a.status() != AllocationStatus.ACTIVE) {
            return Decision.refuse(revoked(a));
        }
        BigDecimal returned = a.amount().subtract(a.disbursed());
        return Decision.allow(new Revocation(returned, new AllocationRevokedV1(a.id().toString(), a.projectId().toString(), a.fiscalYear(),
                a.countyCode(), returned, reason.strip(), at)));
    }

    /** A disbursement or expenditure: the allocation's new total of it, and the event. */
    public record Payment<E>(BigDecimal total, E event) {
    }

    /** Disbursing from an active allocation: not dated in the future, and never beyond what the allocation holds. */
    public static Decision<Payment<DisbursementMadeV1>> disburse(Account a, UUID disbursementId, BigDecimal amount, LocalDate on, LocalDate today,
                                                                 Instant at) {
        if (a.status() != AllocationStatus.ACTIVE) {
            return Decision.refuse(revoked(a));
        }
        if (on.isAfter(today)) {
            return Decision.refuse(Violation.field("disbursedOn", "problem.not-future"));
        }
        BigDecimal after = a.disbursed().add(amount);
        if (after.compareTo(a.amount()) > 0) {
            return Decision.refuse(Violation.rule("exceeds-allocation", "allocation.exceeds", amount.toPlainString(), a.disbursed().toPlainString(),
                            a.amount().toPlainString()),
                    Violation.field("amount", "allocation.at-most", a.amount().subtract(a.disbursed()).toPlainString()));
        }
        return Decision.allow(new Payment<>(after, new DisbursementMadeV1(disbursementId.toString(), a.id().toString(), a.projectId().toString(),
                a.fiscalYear(), a.countyCode(), amount, after, on, at)));
    }

    /** Spending disbursed money (also after a revocation): not dated in the future, and never beyond what was disbursed. */
    public static Decision<Payment<ExpenditureRecordedV1>> spend(Account a, UUID expenditureId, BigDecimal amount, LocalDate on, LocalDate today,
                                                                 Instant at) {
        if (on.isAfter(today)) {
            return Decision.refuse(Violation.field("spentOn", "problem.not-future"));
        }
        BigDecimal after = a.expended().add(amount);
        if (after.compareTo(a.disbursed()) > 0) {
            return Decision.refuse(Violation.rule("exceeds-disbursed", "allocation.exceeds-disbursed", amount.toPlainString(),
                            a.expended().toPlainString(), a.disbursed().toPlainString()),
                    Violation.field("amount", "allocation.at-most", a.disbursed().subtract(a.expended()).toPlainString()));
        }
        return Decision.allow(new Payment<>(after, new ExpenditureRecordedV1(expenditureId.toString(), a.id().toString(), a.projectId().toString(),
                a.fiscalYear(), a.countyCode(), amount, after, on, at)));
    }

    private static Violation revoked(Account a) {
        return Violation.state("allocation-revoked", "allocation.revoked", a.id());
    }
}
