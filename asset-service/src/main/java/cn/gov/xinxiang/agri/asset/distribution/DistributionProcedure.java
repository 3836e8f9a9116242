package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;

import java.util.EnumSet;
import java.util.Set;

/**
 * The distribution procedure (the seed's procedure for 收益分配): the village proposes, the township reviews,
 * the county approves, the village (or the county) publishes the approved distribution to the village. At
 * each step the tier above may return it with a reason: the township a proposal, the county a reviewed,
 * approved or published one. Only the village changes the content, always as a new version with a reason
 * (a correction): of its proposal before review, of a returned one, or of an approved or published one,
 * which then goes through review and approval again (a published version stays the published one until
 * the next is published).
 *
 * <p>Plain code: who may take which step from which status; the service checks region, ETag and content. A step
 * refused to the wrong tier is a {@link Violation#forbidden} (403), one from the wrong status a {@link Violation#state}
 * (409 {@code wrong-status}).
 */
public final class DistributionProcedure {
    private DistributionProcedure() {
    }

    public enum Status {
        PROPOSED("村级已提出"), TOWNSHIP_REVIEWED("乡镇已审核"), RETURNED("已退回"), APPROVED("县级已审批"), PUBLISHED("已公示");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    public enum Step { PROPOSED, CORRECTED, TOWNSHIP_REVIEWED, RETURNED, APPROVED, PUBLISHED }

    /** The tier acting; anyone else (city, auditors, services) takes no step. */
    public enum Actor { VILLAGE, TOWNSHIP, COUNTY, OTHER }

    private record Rule(Set<Actor> actors, Set<Status> from, Status to) {
    }

    private static Rule rule(Step step) {
        return switch (step) {
            case PROPOSED -> new Rule(EnumSet.of(Actor.VILLAGE), EnumSet.noneOf(Status.class), Status.PROPOSED);
            case CORRECTED -> new Rule(EnumSet.of(Actor.VILLAGE),
                    EnumSet.of(Status.PROPOSED, Status.RETURNED, Status.APPROVED, Status.PUBLISHED), Status.PROPOSED);
            case TOWNSHIP_REVIEWED -> new Rule(EnumSet.of(Actor.TOWNSHIP), EnumSet.of(Status.PROPOSED), Status.TOWNSHIP_REVIEWED);
            case RETURNED -> new Rule(EnumSet.of(Actor.TOWNSHIP, Actor.COUNTY),
                    EnumSet.of(Status.PROPOSED, Status.TOWNSHIP_REVIEWED, Status.APPROVED, Status.PUBLISHED), Status.RETURNED);
            case APPROVED -> new Rule(EnumSet.of(Actor.COUNTY), EnumSet.of(Status.TOWNSHIP_REVIEWED), Status.APPROVED);
            case PUBLISHED -> new Rule(EnumSet.of(Actor.VILLAGE, Actor.COUNTY), EnumSet.of(Status.APPROVED), Status.PUBLISHED);
        };
    }

    /** The status after the first step, a village's proposal. */
    public static Decision<Status> propose(Actor actor) {
        if (actor != Actor.VILLAGE) {
            return Decision.refuse(Violation.forbidden("procedure.village-proposes"));
        }
        return Decision.allow(Status.PROPOSED);
    }

    /**
     * The status after {@code step} taken by {@code actor} on a distribution in {@code current}; refused when that tier
     * may not take the step (403), or not from this status (409).
     */
    public static Decision<Status> next(Status current, Step step, Actor actor) {
        if (step == Step.PROPOSED) {
            return wrongStatus("procedure.proposed-once");
        }
        Rule r = rule(step);
        if (!r.actors().contains(actor)) {
            return Decision.refuse(Violation.forbidden("procedure.who." + step.name()));
        }
        // each returning tier returns what is at or above its own step: the township a proposal, the county the rest
        if (step == Step.RETURNED) {
            boolean ok = actor == Actor.TOWNSHIP ? current == Status.PROPOSED : current != Status.PROPOSED && r.from().contains(current);
            if (!ok) {
                return wrongStatus(actor == Actor.TOWNSHIP ? "procedure.township-returns" : "procedure.county-returns", current.name(), current.label);
            }
            return Decision.allow(r.to());
        }
        if (!r.from().contains(current)) {
            return wrongStatus("procedure.wrong-status", current.name(), current.label, new Text("procedure.verb." + step.name()),
                    r.from().stream().map(s -> s.name() + "（" + s.label + "）").collect(java.util.stream.Collectors.joining(", ")));
        }
        return Decision.allow(r.to());
    }

    private static Decision<Status> wrongStatus(String key, Object... args) {
        return Decision.refuse(Violation.state("wrong-status", key, args));
    }

    /** Whether the tier may still correct the content (the village, when nobody above has it in hand). */
    public static boolean correctable(Status current) {
        return rule(Step.CORRECTED).from().contains(current);
    }

}
