package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectCompletedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectReturnedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectReviewedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectStartedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectSubmittedV1;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.project.library.Project;
import cn.gov.xinxiang.agri.project.library.ProjectRules;
import cn.gov.xinxiang.agri.project.library.ProjectService;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
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
import java.util.List;
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

    /** Records the decided step and applies it to the project. */
    private void move(Project p, IntakeAction action, IntakeRules.Step step, String reason, String actor, Role role, String actorRegion) {
        ProjectTransition t = new ProjectTransition();
        t.id = UUID.randomUUID();
        t.projectId = p.id;
        t.action = action;
        t.fromStatus = step.from();
        t.toStatus = step.to();
        t.actor = actor;
        t.actorRole = role.claim;
        t.actorRegion = actorRegion;
        t.reason = reason;
        t.at = clock.instant();
        t.persist();
        p.status = step.to();
        p.updatedAt = t.at;
    }

    private void moveByUser(Project p, IntakeAction action, IntakeRules.Step step, String reason) {
        move(p, action, step, reason, user.subject(), user.role(), user.region().value());
    }

    /** 403 when the caller's tier may not take the action at all; asked before any decider. */
    private void authorise(Project p, IntakeAction action) {
        Refusals.orThrow(IntakeRules.authorise(p.status, action, user.role()));
    }

    private int minMechanisms(Project p) {
        return params.intValue(PolicyParams.MIN_DISTINCT_MECHANISMS, p.fiscalYear);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockProducer.BUSINESS_ZONE);
    }

    @Transactional
    public Project submit(UUID id, String ifMatch) {
        Project p = load(id, ifMatch);
        boolean resubmission = ProjectTransition.count("projectId = ?1 and action = ?2", p.id, IntakeAction.SUBMIT) > 0;
        authorise(p, IntakeAction.SUBMIT);
        IntakeRules.Step step = Refusals.orThrow(IntakeRules.submit(p, user.role(), minMechanisms(p)));
        moveByUser(p, IntakeAction.SUBMIT, step, null);
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.SUBMITTED_V1,
                new ProjectSubmittedV1(p.id.toString(), p.code, p.name, p.fiscalYear, p.regionCode, ProjectRules.distinctMechanisms(p),
                        resubmission, user.subject(), p.updatedAt));
        return p;
    }

    @Transactional
    public Project townshipApprove(UUID id, String ifMatch, String note) {
        Project p = load(id, ifMatch);
        authorise(p, IntakeAction.TOWNSHIP_APPROVE);
        IntakeRules.Step step = Refusals.orThrow(IntakeRules.step(p.status, IntakeAction.TOWNSHIP_APPROVE, user.role()));
        moveByUser(p, IntakeAction.TOWNSHIP_APPROVE, step, note);
        reviewed(p, step.from(), note);
        return p;
    }

    @Transactional
    public Project countyApprove(UUID id, String ifMatch, IntakeDtos.CountyApprovalRequest req) {
        Project p = load(id, ifMatch);
        authorise(p, IntakeAction.COUNTY_APPROVE);
        IntakeRules.Step step = Refusals.orThrow(IntakeRules.countyApprove(p, user.role(), req.checks(), minMechanisms(p)),
                IntakeRules.CHECKS_INCOMPLETE);
        p.reviewChecks.clear();
        for (IntakeDtos.CheckDto c : req.checks()) {
            Project.Check e = new Project.Check();
            e.checkType = c.check();
            e.passed = c.passed();
            e.evidence = c.evidence().strip();
            p.reviewChecks.add(e);
        }
        moveByUser(p, IntakeAction.COUNTY_APPROVE, step, req.note());
        reviewed(p, step.from(), req.note());
        return p;
    }

    @Transactional
    public Project startNotice(UUID id, String ifMatch) {
        Project p = load(id, ifMatch);
        authorise(p, IntakeAction.START_NOTICE);
        IntakeRules.Notice notice = Refusals.orThrow(IntakeRules.startNotice(p.status, user.role(), today(),
                params.intValue(PolicyParams.NOTICE_MIN_DAYS, p.fiscalYear)));
        moveByUser(p, IntakeAction.START_NOTICE, notice.step(), null);
        p.noticeStartedOn = notice.startedOn();
        p.noticeEndsOn = notice.endsOn();
        reviewed(p, notice.step().from(), "公示" + notice.days() + "天，至" + p.noticeEndsOn + "期满");
        return p;
    }

    @Transactional
    public Project admit(UUID id, String ifMatch) {
        Project p = load(id, ifMatch);
        authorise(p, IntakeAction.ADMIT);
        long open = NoticeObjection.count("projectId = ?1 and resolvedAt is null", p.id);
        long upheld = p.noticeStartedOn == null ? 0 : NoticeObjection.count("projectId = ?1 and upheld = true and resolvedAt >= ?2", p.id,
                p.noticeStartedOn.atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant());
        IntakeRules.Step step = Refusals.orThrow(IntakeRules.admit(p, user.role(), today(), open, upheld, minMechanisms(p)));
        moveByUser(p, IntakeAction.ADMIT, step, null);
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
        authorise(p, IntakeAction.RETURN);
        IntakeRules.Step step = Refusals.orThrow(IntakeRules.step(p.status, IntakeAction.RETURN, user.role()));
        moveByUser(p, IntakeAction.RETURN, step, reason.strip());
        if (IntakeRules.returnEndsNotice(step)) {
            p.noticeStartedOn = null;
            p.noticeEndsOn = null;
        }
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.RETURNED_V1,
                new ProjectReturnedV1(p.id.toString(), p.code, p.regionCode, step.from().name(), p.status.name(), reason.strip(), user.subject(),
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
        move(p, IntakeAction.START, new IntakeRules.Step(p.status, Refusals.orThrow(IntakeWorkflow.decide(p.status, IntakeAction.START, Role.SERVICE))),
                "首笔衔接资金分配 " + allocationId, "funding-service", Role.SERVICE, null);
        p.startedAt = p.updatedAt;
        p.startedByAllocation = allocationId;
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.STARTED_V1,
                new ProjectStartedV1(p.id.toString(), p.code, p.regionCode, allocationId, p.startedAt));
    }

    @Transactional
    public Project complete(UUID id, String ifMatch, LocalDate completedOn) {
        Project p = load(id, ifMatch);
        authorise(p, IntakeAction.COMPLETE);
        LocalDate startedOn = p.startedAt == null ? null : LocalDate.ofInstant(p.startedAt, ClockProducer.BUSINESS_ZONE);
        IntakeRules.Step step = Refusals.orThrow(IntakeRules.complete(p.status, user.role(), completedOn, today(), startedOn));
        moveByUser(p, IntakeAction.COMPLETE, step, null);
        p.completedOn = completedOn;
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.COMPLETED_V1,
                new ProjectCompletedV1(p.id.toString(), p.code, p.regionCode, completedOn, user.subject(), p.updatedAt));
        return p;
    }

    @Transactional
    public Project accept(UUID id, String ifMatch, List<IntakeDtos.AssetDto> assets) {
        Project p = load(id, ifMatch);
        authorise(p, IntakeAction.ACCEPT);
        IntakeRules.Step step = Refusals.orThrow(IntakeRules.accept(p, user.role(), p.countyCode, assetFacts(p, assets), clock.instant()));
        moveByUser(p, IntakeAction.ACCEPT, step, null);
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

    /** What the acceptance decider needs to know of each asset: its location against the directory, its household against the roster. */
    private List<IntakeRules.AssetFacts> assetFacts(Project p, List<IntakeDtos.AssetDto> assets) {
        RegionCode county = RegionCode.of(p.countyCode);
        List<IntakeRules.AssetFacts> facts = new ArrayList<>();
        for (IntakeDtos.AssetDto a : assets) {
            RegionCode loc = RegionCode.parse(a.locationRegionCode()).orElse(null);
            boolean inCounty = loc != null && regions.known(loc) && loc.isWithin(county);
            Text retired = inCounty ? regions.problemText(loc).orElse(null) : null;
            boolean onRoster = a.assetClass() == AssetClass.HOUSEHOLD && a.householdId() != null
                    && ((Number) em.createNativeQuery("select count(*) from household where id = ?1")
                    .setParameter(1, a.householdId()).getSingleResult()).longValue() > 0;
            facts.add(new IntakeRules.AssetFacts(a, inCounty, retired, onRoster));
        }
        return facts;
    }

    // --- public notice objections

    @Transactional
    public NoticeObjection recordObjection(UUID projectId, IntakeDtos.ObjectionRequest req) {
        Project p = projects.get(projectId);
        user.require(Role.COUNTY);
        Refusals.orThrow(IntakeRules.recordObjection(p.status));
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
        Instant resolvedAt = Refusals.orThrow(IntakeRules.resolveObjection(o.resolvedAt, clock.instant()));
        o.resolution = req.resolution().strip();
        o.upheld = req.upheld();
        o.resolvedBy = user.subject();
        o.resolvedAt = resolvedAt;
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

    private void reviewed(Project p, ProjectStatus from, String note) {
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.REVIEWED_V1,
                new ProjectReviewedV1(p.id.toString(), p.code, p.regionCode, from.name(), p.status.name(), user.subject(), user.role().claim,
                        note, p.status == ProjectStatus.IN_NOTICE ? p.noticeEndsOn : null, p.updatedAt));
    }
}
