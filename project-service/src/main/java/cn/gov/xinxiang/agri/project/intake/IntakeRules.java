package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.library.Project;
import cn.gov.xinxiang.agri.project.library.ProjectRules;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import cn.gov.xinxiang.agri.project.library.RetiredRegions;
import cn.gov.xinxiang.agri.project.library.ReviewCheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The deciders of the intake and the lifecycle after it: given the facts the service loaded (the project, the
 * caller's role, today's business date, the policy numbers of the project's year), each says whether the command may
 * happen and, if so, the step it makes; else every violation. Which tier may act at all (403) is
 * {@link IntakeWorkflow#forbidden}, asked first; then the status (409), then the content (400 / 422), so a wrong-tier
 * or wrong-state call never gets a content error. Plain code: the service persists, announces and maps refusals.
 */
public final class IntakeRules {
    private IntakeRules() {
    }

    /** A move of the state machine. */
    public record Step(ProjectStatus from, ProjectStatus to) {
    }

    /** Starting the notice: the step, and the first day the project may be admitted. */
    public record Notice(Step step, LocalDate startedOn, LocalDate endsOn, int days) {
    }

    /** The detail of a county review whose checks are not each filled in once. */
    public static final Text CHECKS_INCOMPLETE = new Text("intake.checks-all-four");

    /**
     * Whether the caller's tier may take {@code action} at all (403 {@code forbidden}, asked before any other decider); allowed
     * with the current status.
     */
    public static Decision<ProjectStatus> authorise(ProjectStatus current, IntakeAction action, Role role) {
        return IntakeWorkflow.forbidden(current, action, role)
                .map(t -> Decision.<ProjectStatus>refuse(Violation.forbidden(t.key(), t.args())))
                .orElseGet(() -> Decision.allow(current));
    }

    /** The bare move, for steps that check nothing beyond the status (township review, return). */
    public static Decision<Step> step(ProjectStatus current, IntakeAction action, Role role) {
        return IntakeWorkflow.decide(current, action, role).map(to -> new Step(current, to));
    }

    /** 村申报: the draft must be complete ({@code minMechanisms} distinct mechanisms, the year's policy number). */
    public static Decision<Step> submit(Project p, Role role, int minMechanisms) {
        return then(step(p.status, IntakeAction.SUBMIT, role), ProjectRules.incompleteness(p, minMechanisms));
    }

    /**
     * 县审定: every review check exactly once (400, each fault on its field), all passed (422), and the project still
     * complete (422).
     */
    public static Decision<Step> countyApprove(Project p, Role role, List<IntakeDtos.CheckDto> checks, int minMechanisms) {
        Decision<Step> step = step(p.status, IntakeAction.COUNTY_APPROVE, role);
        if (!step.allowed()) {
            return step;
        }
        List<Violation> filled = new ArrayList<>();
        Set<ReviewCheck> seen = EnumSet.noneOf(ReviewCheck.class);
        for (int i = 0; i < checks.size(); i++) {
            if (!seen.add(checks.get(i).check())) {
                filled.add(Violation.field("checks[" + i + "].check", "intake.check-twice"));
            }
        }
        for (ReviewCheck c : ReviewCheck.values()) {
            if (!seen.contains(c)) {
                filled.add(Violation.field("checks", "intake.check-missing", c.name(), c.label));
            }
        }
        if (!filled.isEmpty()) {
            return Decision.of(filled, step.change());
        }
        List<String> failed = checks.stream().filter(c -> !c.passed()).map(c -> c.check() + "（" + c.check().label + "）").toList();
        if (!failed.isEmpty()) {
            return Decision.refuse(Violation.rule("review-check-failed", "intake.check-failed", String.join(", ", failed)));
        }
        return Decision.of(ProjectRules.incompleteness(p, minMechanisms), step.change());
    }

    /** 公示: runs {@code minDays} (the year's policy number) from today. */
    public static Decision<Notice> startNotice(ProjectStatus current, Role role, LocalDate today, int minDays) {
        return step(current, IntakeAction.START_NOTICE, role)
                .map(s -> new Notice(s, today, IntakeWorkflow.noticeEndsOn(today, minDays), minDays));
    }

    /**
     * 入库: the notice is over, no objection is open, none was upheld since the notice started, and the project is
     * still complete.
     *
     * @param openObjections   objections of the project not yet resolved
     * @param upheldObjections objections upheld since the notice started
     */
    public static Decision<Step> admit(Project p, Role role, LocalDate today, long openObjections, long upheldObjections, int minMechanisms) {
        Decision<Step> step = step(p.status, IntakeAction.ADMIT, role);
        if (!step.allowed()) {
            return step;
        }
        if (!IntakeWorkflow.noticeOver(today, p.noticeEndsOn)) {
            return Decision.refuse(Violation.rule("notice-not-over", "intake.notice-not-over", String.valueOf(p.noticeStartedOn),
                    String.valueOf(p.noticeEndsOn), today.toString()));
        }
        if (openObjections > 0) {
            return Decision.refuse(Violation.rule("objections-unresolved", "intake.objections-open", openObjections));
        }
        if (upheldObjections > 0) {
            return Decision.refuse(Violation.rule("objection-upheld", "intake.objection-upheld"));
        }
        return Decision.of(ProjectRules.incompleteness(p, minMechanisms), step.change());
    }

    /** A return from the notice or from the approval before it ends the notice: its dates are cleared. */
    public static boolean returnEndsNotice(Step step) {
        return step.from() == ProjectStatus.IN_NOTICE || step.from() == ProjectStatus.COUNTY_APPROVED;
    }

    /** 竣工: not in the future, not before the project started ({@code startedOn} null when it has no start date). */
    public static Decision<Step> complete(ProjectStatus current, Role role, LocalDate completedOn, LocalDate today, LocalDate startedOn) {
        Decision<Step> step = step(current, IntakeAction.COMPLETE, role);
        if (!step.allowed()) {
            return step;
        }
        if (completedOn.isAfter(today)) {
            return Decision.refuse(Violation.field("completedOn", "problem.not-future"));
        }
        if (startedOn != null && completedOn.isBefore(startedOn)) {
            return Decision.refuse(Violation.field("completedOn", "intake.completed-before-start"));
        }
        return step;
    }

    /**
     * What the service found out about one formed asset.
     *
     * @param inCounty       its location is a known region within the project's county
     * @param retired        why its location may not be named any more (a retired region), or null
     * @param onRoster       its household is on the roster (only asked for household assets)
     */
    public record AssetFacts(IntakeDtos.AssetDto asset, boolean inCounty, Text retired, boolean onRoster) {
    }

    /**
     * 验收: each asset well-formed (400; 422 {@code region-retired} when only retired locations are wrong), then every
     * asset one the asset register takes over by its own rule (422 {@code acceptance-rule}), so a project is never
     * ACCEPTED while its assets stay out of the register.
     */
    public static Decision<Step> accept(Project p, Role role, String countyCode, List<AssetFacts> assets, Instant now) {
        Decision<Step> step = step(p.status, IntakeAction.ACCEPT, role);
        if (!step.allowed()) {
            return step;
        }
        List<Violation> errors = new ArrayList<>();
        List<Violation> retired = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < assets.size(); i++) {
            AssetFacts facts = assets.get(i);
            IntakeDtos.AssetDto a = facts.asset();
            String f = "assets[" + i + "]";
            if (!refs.add(a.assetRef())) {
                errors.add(Violation.field(f + ".assetRef", "intake.asset-ref-duplicate", a.assetRef()));
            }
            if (!facts.inCounty()) {
                errors.add(Violation.field(f + ".locationRegionCode", "intake.asset-in-county", countyCode));
            } else if (facts.retired() != null) {
                Violation v = Violation.field(f + ".locationRegionCode", facts.retired().key(), facts.retired().args());
                errors.add(v);
                retired.add(v);
            }
            if (a.assetClass() == AssetClass.HOUSEHOLD) {
                if (a.householdId() == null || !facts.onRoster()) {
                    errors.add(Violation.field(f + ".householdId", "intake.asset-household-roster"));
                }
            } else if (a.householdId() != null) {
                errors.add(Violation.field(f + ".householdId", "acceptance.household-not-expected"));
            }
        }
        if (!errors.isEmpty() && errors.size() == retired.size()) {
            return Decision.of(RetiredRegions.only(retired), step.change());
        }
        if (!errors.isEmpty()) {
            return Decision.of(errors, step.change());
        }
        List<ProjectAcceptedV1.FormedAsset> formed = assets.stream().map(AssetFacts::asset).map(a -> new ProjectAcceptedV1.FormedAsset(
                a.assetRef(), a.name().strip(), a.assetClass().name(), a.value(), a.locationRegionCode(),
                a.householdId() == null ? null : a.householdId().toString())).toList();
        List<AcceptanceRules.Refusal> refused = AcceptanceRules.check(
                new ProjectAcceptedV1(p.id.toString(), p.code, p.name, p.fiscalYear, p.regionCode, formed, now));
        if (refused.isEmpty()) {
            return step;
        }
        List<Violation> out = new ArrayList<>();
        out.add(refused.size() == 1
                ? Violation.rule(ACCEPTANCE_RULE, "intake.register-refuses-one", refused.get(0).field(),
                        new Text(refused.get(0).key(), refused.get(0).arguments()))
                : Violation.rule(ACCEPTANCE_RULE, "intake.register-refuses", refused.size()));
        refused.forEach(r -> out.add(Violation.ruleOn(ACCEPTANCE_RULE, r.field(), r.key(), r.arguments())));
        return Decision.of(out, step.change());
    }

    static final String ACCEPTANCE_RULE = "acceptance-rule";
    /** An objection is recorded only while the project is in its public notice. */
    public static Decision<ProjectStatus> recordObjection(ProjectStatus current) {
        return current == ProjectStatus.IN_NOTICE ? Decision.allow(current)
                : Decision.refuse(Violation.state("wrong-status", "intake.objection-in-notice"));
    }

    /** An objection is resolved once; {@code resolvedAt} null while it is open. */
    public static Decision<Instant> resolveObjection(Instant resolvedAt, Instant now) {
        return resolvedAt == null ? Decision.allow(now)
                : Decision.refuse(Violation.state("already-resolved", "intake.objection-resolved", String.valueOf(resolvedAt)));
    }

    /** The step when the content rules found nothing, else the first refusal. */
    private static Decision<Step> then(Decision<Step> step, List<Violation> content) {
        return step.allowed() ? Decision.of(content, step.change()) : step;
    }
}
