package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.platform.i18n.Language;
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

    /** A step refused: by the wrong tier ({@code forbidden}) or from the wrong status; why, as a bundle text. */
    public static final class Refused extends RuntimeException {
        public final boolean forbidden;
        public final Text text;

        Refused(boolean forbidden, String key, Object... args) {
            this(forbidden, new Text(key, args));
        }

        private Refused(boolean forbidden, Text text) {
            super(text.in(Language.EN));   // for logs; people read the text in their language
            this.forbidden = forbidden;
            this.text = text;
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
            throw new Refused(true, "procedure.village-proposes");
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
            throw new Refused(false, "procedure.proposed-once");
        }
        Rule r = rule(step);
        if (!r.actors().contains(actor)) {
            throw new Refused(true, "procedure.who." + step.name());
        }
        // each returning tier returns what is at or above its own step: the township a proposal, the county the rest
        if (step == Step.RETURNED) {
            boolean ok = actor == Actor.TOWNSHIP ? current == Status.PROPOSED : current != Status.PROPOSED && r.from().contains(current);
            if (!ok) {
                throw new Refused(false, actor == Actor.TOWNSHIP ? "procedure.township-returns" : "procedure.county-returns",
                        current.name(), current.label);
            }
            return r.to();
        }
        if (!r.from().contains(current)) {
            throw new Refused(false, "procedure.wrong-status", current.name(), current.label, new Text("procedure.verb." + step.name()),
                    r.from().stream().map(s -> s.name() + "（" + s.label + "）").collect(java.util.stream.Collectors.joining(", ")));
        }
        return r.to();
    }

    /** Whether the tier may still correct the content (the village, when nobody above has it in hand). */
    public static boolean correctable(Status current) {
        return rule(Step.CORRECTED).from().contains(current);
    }

}
