package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectCompletedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectReturnedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectReviewedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectStartedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectSubmittedV1;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.project.library.AssetClass;
import cn.gov.xinxiang.agri.project.library.Project;
import cn.gov.xinxiang.agri.project.library.ProjectRules;
import cn.gov.xinxiang.agri.project.library.ProjectService;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import cn.gov.xinxiang.agri.project.library.ReviewCheck;
import cn.gov.xinxiang.agri.project.policy.PolicyParams;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Runs the intake workflow and the lifecycle after it; every step is recorded and announced. */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    @Inject
    ProjectService projects;
    @Inject
    CurrentUser user;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    PolicyParams params;
    @Inject
    RegionDirectory regions;
    @Inject
    EntityManager em;

    /** Loads the project in the caller's scope, checks If-Match when sent, and applies the state machine. */
    private Project load(UUID id, String ifMatch) {
        Project p = projects.get(id);
        if (ifMatch != null) {
            ETags.require(ifMatch, p.version);
        }
        return p;
    }

    private ProjectStatus move(Project p, IntakeAction action, String reason, String actor, Role role, String actorRegion) {
        ProjectStatus from = p.status;
        ProjectStatus to;
        try {
            to = IntakeWorkflow.next(from, action, role);
        } catch (IntakeWorkflow.Refused e) {
            throw refusal(e);
        }
        ProjectTransition t = new ProjectTransition();
        t.id = UUID.randomUUID();
        t.projectId = p.id;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = actor;
        t.actorRole = role.claim;
        t.actorRegion = actorRegion;
        t.reason = reason;
        t.at = clock.instant();
        t.persist();
        p.status = to;
        p.updatedAt = t.at;
        return from;
    }

    private ProjectStatus moveByUser(Project p, IntakeAction action, String reason) {
        return move(p, action, reason, user.subject(), user.role(), user.region().value());
    }

    private void requireComplete(Project p) {
        int min = params.intValue(PolicyParams.MIN_DISTINCT_MECHANISMS, p.fiscalYear);
        List<Problem.FieldError> errors = ProjectRules.completenessProblems(p, min);
        if (!errors.isEmpty()) {
            String separator = ProblemException.text("problem.list-separator");
            throw ProblemException.keyed(422, "project-incomplete", "problem.rules-broken",
                    errors.stream().map(e -> ProblemException.text("problem.field-message", e.field(), e.message()))
                            .collect(java.util.stream.Collectors.joining(separator))).errors(errors);
        }
    }

    @Transactional
    public Project submit(UUID id, String ifMatch) {
        Project p = load(id, ifMatch);
        boolean resubmission = ProjectTransition.count("projectId = ?1 and action = ?2", p.id, IntakeAction.SUBMIT) > 0;
        check(p, IntakeAction.SUBMIT); // role and state before content, for precise errors
        requireComplete(p);
        moveByUser(p, IntakeAction.SUBMIT, null);
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.SUBMITTED_V1,
                new ProjectSubmittedV1(p.id.toString(), p.code, p.name, p.fiscalYear, p.regionCode, ProjectRules.distinctMechanisms(p),
                        resubmission, user.subject(), p.updatedAt));
        return p;
    }

    @Transactional
    public Project townshipApprove(UUID id, String ifMatch, String note) {
        Project p = load(id, ifMatch);
        ProjectStatus from = moveByUser(p, IntakeAction.TOWNSHIP_APPROVE, note);
        reviewed(p, from, note);
        return p;
    }

    @Transactional
    public Project countyApprove(UUID id, String ifMatch, IntakeDtos.CountyApprovalRequest req) {
        Project p = load(id, ifMatch);
        check(p, IntakeAction.COUNTY_APPROVE);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<ReviewCheck> seen = EnumSet.noneOf(ReviewCheck.class);
        for (int i = 0; i < req.checks().size(); i++) {
            if (!seen.add(req.checks().get(i).check())) {
                errors.add(ProblemException.fieldError("checks[" + i + "].check", "intake.check-twice"));
            }
        }
        for (ReviewCheck c : ReviewCheck.values()) {
            if (!seen.contains(c)) {
                errors.add(ProblemException.fieldError("checks", "intake.check-missing", c.name(), c.label));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.keyed(400, "validation", "intake.checks-all-four").errors(errors);
        }
        List<String> failed = req.checks().stream().filter(c -> !c.passed()).map(c -> c.check() + "（" + c.check().label + "）").toList();
        if (!failed.isEmpty()) {
            throw ProblemException.keyed(422, "review-check-failed", "intake.check-failed", String.join(", ", failed));
        }
        requireComplete(p);
        p.reviewChecks.clear();
        for (IntakeDtos.CheckDto c : req.checks()) {
            Project.Check e = new Project.Check();
            e.checkType = c.check();
            e.passed = c.passed();
            e.evidence = c.evidence().strip();
            p.reviewChecks.add(e);
        }
        ProjectStatus from = moveByUser(p, IntakeAction.COUNTY_APPROVE, req.note());
        reviewed(p, from, req.note());
        return p;
    }

    @Transactional
    public Project startNotice(UUID id, String ifMatch) {
        Project p = load(id, ifMatch);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.BUSINESS_ZONE);
        int days = params.intValue(PolicyParams.NOTICE_MIN_DAYS, p.fiscalYear);
        ProjectStatus from = moveByUser(p, IntakeAction.START_NOTICE, null);
        p.noticeStartedOn = today;
        p.noticeEndsOn = IntakeWorkflow.noticeEndsOn(today, days);
        reviewed(p, from, "公示" + days + "天，至" + p.noticeEndsOn + "期满");
        return p;
    }

    @Transactional
    public Project admit(UUID id, String ifMatch) {
        Project p = load(id, ifMatch);
        check(p, IntakeAction.ADMIT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.BUSINESS_ZONE);
        if (!IntakeWorkflow.noticeOver(today, p.noticeEndsOn)) {
            throw ProblemException.keyed(422, "notice-not-over", "intake.notice-not-over", String.valueOf(p.noticeStartedOn),
                    String.valueOf(p.noticeEndsOn), today.toString());
        }
        long open = NoticeObjection.count("projectId = ?1 and resolvedAt is null", p.id);
        if (open > 0) {
            throw ProblemException.keyed(422, "objections-unresolved", "intake.objections-open", open);
        }
        long upheld = NoticeObjection.count("projectId = ?1 and upheld = true and resolvedAt >= ?2", p.id,
                p.noticeStartedOn.atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant());
        if (upheld > 0) {
            throw ProblemException.keyed(422, "objection-upheld", "intake.objection-upheld");
        }
        requireComplete(p);
        moveByUser(p, IntakeAction.ADMIT, null);
        p.admittedAt = p.updatedAt;
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.ADMITTED_V1,
                new ProjectAdmittedV1(p.id.toString(), p.code, p.name, p.fiscalYear, p.regionCode, p.countyCode, p.industryCategory.name(),
                        p.leadingIndustryCode != null, p.leadingIndustryCode, p.investmentTotal, p.investmentLinkageFunds,
                        p.mechanisms.stream().map(m -> new ProjectAdmittedV1.Mechanism(m.type.name(), m.plannedPovertyAlleviated,
                                m.plannedMonitored, m.plannedOther, m.expectedIncomePerHousehold)).toList(),
                        p.admittedAt));
        return p;
    }

    @Transactional
    public Project returnToTierBelow(UUID id, String ifMatch, String reason) {
        Project p = load(id, ifMatch);
        ProjectStatus from = moveByUser(p, IntakeAction.RETURN, reason.strip());
        if (from == ProjectStatus.IN_NOTICE || from == ProjectStatus.COUNTY_APPROVED) {
            p.noticeStartedOn = null;
            p.noticeEndsOn = null;
        }
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.RETURNED_V1,
                new ProjectReturnedV1(p.id.toString(), p.code, p.regionCode, from.name(), p.status.name(), reason.strip(), user.subject(),
                        user.role().claim, p.updatedAt));
        return p;
    }

    /** From funding-service's first allocation; later allocations and redeliveries change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void startFromAllocation(UUID projectId, String allocationId) {
        Project p = Project.findById(projectId);
        if (p == null) {
            LOG.warnf("allocation %s names unknown project %s; ignored", allocationId, projectId);
            return;
        }
        if (p.status != ProjectStatus.IN_LIBRARY) {
            LOG.debugf("allocation %s for project %s in status %s: no transition", allocationId, projectId, p.status);
            return;
        }
        move(p, IntakeAction.START, "首笔衔接资金分配 " + allocationId, "funding-service", Role.SERVICE, null);
        p.startedAt = p.updatedAt;
        p.startedByAllocation = allocationId;
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.STARTED_V1,
                new ProjectStartedV1(p.id.toString(), p.code, p.regionCode, allocationId, p.startedAt));
    }

    @Transactional
    public Project complete(UUID id, String ifMatch, LocalDate completedOn) {
        Project p = load(id, ifMatch);
        check(p, IntakeAction.COMPLETE);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.BUSINESS_ZONE);
        if (completedOn.isAfter(today)) {
            throw ProblemException.invalidField("completedOn", "problem.not-future");
        }
        if (p.startedAt != null && completedOn.isBefore(LocalDate.ofInstant(p.startedAt, ClockProducer.BUSINESS_ZONE))) {
            throw ProblemException.invalidField("completedOn", "intake.completed-before-start");
        }
        moveByUser(p, IntakeAction.COMPLETE, null);
        p.completedOn = completedOn;
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.COMPLETED_V1,
                new ProjectCompletedV1(p.id.toString(), p.code, p.regionCode, completedOn, user.subject(), p.updatedAt));
        return p;
    }

    @Transactional
    public Project accept(UUID id, String ifMatch, List<IntakeDtos.AssetDto> assets) {
        Project p = load(id, ifMatch);
        check(p, IntakeAction.ACCEPT);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Problem.FieldError> retired = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        RegionCode county = RegionCode.of(p.countyCode);
        for (int i = 0; i < assets.size(); i++) {
            IntakeDtos.AssetDto a = assets.get(i);
            String f = "assets[" + i + "]";
            if (!refs.add(a.assetRef())) {
                errors.add(ProblemException.fieldError(f + ".assetRef", "intake.asset-ref-duplicate", a.assetRef()));
            }
            RegionCode loc = RegionCode.parse(a.locationRegionCode()).orElse(null);
            if (loc == null || !regions.known(loc) || !loc.isWithin(county)) {
                errors.add(ProblemException.fieldError(f + ".locationRegionCode", "intake.asset-in-county", p.countyCode));
            } else {
                regions.problem(f + ".locationRegionCode", loc).ifPresent(e -> {
                    errors.add(e);
                    retired.add(e);
                });
            }
            if (a.assetClass() == AssetClass.HOUSEHOLD) {
                if (a.householdId() == null || ((Number) em.createNativeQuery("select count(*) from household where id = ?1")
                        .setParameter(1, a.householdId()).getSingleResult()).longValue() == 0) {
                    errors.add(ProblemException.fieldError(f + ".householdId", "intake.asset-household-roster"));
                }
            } else if (a.householdId() != null) {
                errors.add(ProblemException.fieldError(f + ".householdId", "acceptance.household-not-expected"));
            }
        }
        if (!errors.isEmpty() && errors.size() == retired.size()) {
            throw RegionDirectory.retired(errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // The asset register takes over every asset of the event or none: refuse here what it would refuse,
        // by the same rule it applies, so a project is never ACCEPTED while its assets stay out of the register.
        List<ProjectAcceptedV1.FormedAsset> formed = assets.stream().map(a -> new ProjectAcceptedV1.FormedAsset(a.assetRef(), a.name().strip(),
                a.assetClass().name(), a.value(), a.locationRegionCode(), a.householdId() == null ? null : a.householdId().toString())).toList();
        List<AcceptanceRules.Refusal> refused = AcceptanceRules.check(
                new ProjectAcceptedV1(p.id.toString(), p.code, p.name, p.fiscalYear, p.regionCode, formed, clock.instant()));
        if (!refused.isEmpty()) {
            throw (refused.size() == 1
                    ? ProblemException.keyed(422, "acceptance-rule", "intake.register-refuses-one", refused.get(0).field(),
                            Localized.text(refused.get(0).key(), refused.get(0).arguments()))
                    : ProblemException.keyed(422, "acceptance-rule", "intake.register-refuses", refused.size()))
                    .fields(ProblemException.fieldsOf(refused));
        }
        moveByUser(p, IntakeAction.ACCEPT, null);
        p.acceptedAt = p.updatedAt;
        p.assets.clear();
        for (IntakeDtos.AssetDto a : assets) {
            Project.Asset e = new Project.Asset();
            e.assetRef = a.assetRef();
            e.name = a.name().strip();
            e.assetClass = a.assetClass();
            e.value = a.value();
            e.locationCode = a.locationRegionCode();
            e.householdId = a.householdId();
            p.assets.add(e);
        }
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.ACCEPTED_V1,
                new ProjectAcceptedV1(p.id.toString(), p.code, p.name, p.fiscalYear, p.regionCode,
                        p.assets.stream().map(a -> new ProjectAcceptedV1.FormedAsset(a.assetRef, a.name, a.assetClass.name(), a.value,
                                a.locationCode, a.householdId == null ? null : a.householdId.toString())).toList(),
                        p.acceptedAt));
        return p;
    }

    // --- public notice objections

    @Transactional
    public NoticeObjection recordObjection(UUID projectId, IntakeDtos.ObjectionRequest req) {
        Project p = projects.get(projectId);
        user.require(Role.COUNTY);
        if (p.status != ProjectStatus.IN_NOTICE) {
            throw ProblemException.keyed(409, "wrong-status", "intake.objection-in-notice");
        }
        NoticeObjection o = new NoticeObjection();
        o.id = UUID.randomUUID();
        o.projectId = p.id;
        o.raisedBy = req.raisedBy().strip();
        o.content = req.content().strip();
        o.receivedAt = clock.instant();
        o.recordedBy = user.subject();
        o.persist();
        return o;
    }

    @Transactional
    public NoticeObjection resolveObjection(UUID projectId, UUID objectionId, String ifMatch, IntakeDtos.ResolutionRequest req) {
        Project p = projects.get(projectId);
        user.require(Role.COUNTY);
        NoticeObjection o = NoticeObjection.<NoticeObjection>find("id = ?1 and projectId = ?2", objectionId, p.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("objection", objectionId));
        if (ifMatch != null) {
            ETags.require(ifMatch, o.version);
        }
        if (o.resolvedAt != null) {
            throw ProblemException.keyed(409, "already-resolved", "intake.objection-resolved", String.valueOf(o.resolvedAt));
        }
        o.resolution = req.resolution().strip();
        o.upheld = req.upheld();
        o.resolvedBy = user.subject();
        o.resolvedAt = clock.instant();
        return o;
    }

    public List<NoticeObjection> objections(UUID projectId) {
        Project p = projects.get(projectId);
        return NoticeObjection.list("projectId", Sort.ascending("receivedAt"), p.id);
    }

    public List<ProjectTransition> history(UUID projectId) {
        Project p = projects.get(projectId);
        return ProjectTransition.list("projectId", Sort.ascending("at").and("id"), p.id);
    }

    /** A refused transition as a problem in the caller's language. */
    static ProblemException refusal(IntakeWorkflow.Refused e) {
        Object[] args = e.args.stream().map(k -> (Object) Localized.text(k)).toArray();
        return ProblemException.keyed(e.wrongRole ? 403 : 409, e.wrongRole ? "forbidden" : "wrong-status", e.key, args);
    }

    /** Role and status are checked before content, so a wrong-tier call gets 403/409, not a content error. */
    private void check(Project p, IntakeAction action) {
        try {
            IntakeWorkflow.next(p.status, action, user.role());
        } catch (IntakeWorkflow.Refused e) {
            throw refusal(e);
        }
    }

    private void reviewed(Project p, ProjectStatus from, String note) {
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.REVIEWED_V1,
                new ProjectReviewedV1(p.id.toString(), p.code, p.regionCode, from.name(), p.status.name(), user.subject(), user.role().claim,
                        note, p.status == ProjectStatus.IN_NOTICE ? p.noticeEndsOn : null, p.updatedAt));
    }
}
