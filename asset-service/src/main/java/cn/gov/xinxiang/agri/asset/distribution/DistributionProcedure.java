package cn.gov.xinxiang.agri.asset.distribution;

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
 * <p>Plain code: who may take which step from which status; the service checks region, ETag and content.
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

    /** A step refused: by the wrong tier ({@code forbidden}) or from the wrong status. */
    public static final class Refused extends RuntimeException {
        public final boolean forbidden;

        Refused(boolean forbidden, String message) {
            super(message);
            this.forbidden = forbidden;
        }
    }

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
    public static Status propose(Actor actor) {
        if (actor != Actor.VILLAGE) {
            throw new Refused(true, "the village proposes the distribution of its own collective income");
        }
        return Status.PROPOSED;
    }

    /**
     * The status after {@code step} taken by {@code actor} on a distribution in {@code current}.
     *
     * @throws Refused when that tier may not take the step, or not from this status
     */
    public static Status next(Status current, Step step, Actor actor) {
        if (step == Step.PROPOSED) {
            throw new Refused(false, "a distribution is proposed once; change it with a correction");
        }
        Rule r = rule(step);
        if (!r.actors().contains(actor)) {
            throw new Refused(true, who(step));
        }
        // each returning tier returns what is at or above its own step: the township a proposal, the county the rest
        if (step == Step.RETURNED) {
            boolean ok = actor == Actor.TOWNSHIP ? current == Status.PROPOSED : current != Status.PROPOSED && r.from().contains(current);
            if (!ok) {
                throw new Refused(false, actor == Actor.TOWNSHIP
                        ? "the township returns a proposal it has not reviewed yet; this distribution is " + current + " (" + current.label + ")"
                        : "the county returns a distribution the township has reviewed; this one is " + current + " (" + current.label + ")");
            }
            return r.to();
        }
        if (!r.from().contains(current)) {
            throw new Refused(false, "a distribution that is " + current + " (" + current.label + ") cannot be " + verb(step)
                    + "; it can be from " + r.from());
        }
        return r.to();
    }

    /** Whether the tier may still correct the content (the village, when nobody above has it in hand). */
    public static boolean correctable(Status current) {
        return rule(Step.CORRECTED).from().contains(current);
    }

    private static String who(Step step) {
        return switch (step) {
            case PROPOSED, CORRECTED -> "only the village corrects its distribution (as a new version with a reason)";
            case TOWNSHIP_REVIEWED -> "the township reviews the distributions of its villages";
            case RETURNED -> "the township or the county returns a distribution, with reasons";
            case APPROVED -> "the county approves distributions";
            case PUBLISHED -> "the village (or its county) publishes an approved distribution";
        };
    }

    private static String verb(Step step) {
        return switch (step) {
            case PROPOSED -> "proposed";
            case CORRECTED -> "corrected";
            case TOWNSHIP_REVIEWED -> "reviewed by the township";
            case RETURNED -> "returned";
            case APPROVED -> "approved";
            case PUBLISHED -> "published";
        };
    }
}
