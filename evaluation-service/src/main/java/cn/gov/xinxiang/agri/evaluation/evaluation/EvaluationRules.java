package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.util.UUID;

/**
 * Which versions of an evaluation may change: only a draft is recomputed or published (a published or superseded
 * version never changes, 409), a subject and year has at most one open draft, and only a published (or superseded)
 * version is verified against the current inputs.
 */
public final class EvaluationRules {

    private EvaluationRules() {
    }

    /** The version facts the rules read. */
    public record Version(UUID id, int versionNo, Evaluation.Status status, UUID supersededBy) {
    }

    /** A draft may be recomputed or published; a published or superseded version stays as it is. */
    public static Decision<Version> draft(Version v) {
        return switch (v.status()) {
            case DRAFT -> Decision.allow(v);
            case PUBLISHED -> Decision.refuse(Violation.state("evaluation-published", "evaluation.published", v.id(), v.versionNo()));
            case SUPERSEDED -> Decision.refuse(Violation.state("evaluation-superseded", "evaluation.superseded", v.id(), v.versionNo(),
                    String.valueOf(v.supersededBy())));
        };
    }

    /**
     * A new version follows the latest one (version 1 when there is none), unless the latest is an open draft.
     *
     * @param latest the subject's and year's latest version, or null
     * @return the new version's number
     */
    public static Decision<Integer> newVersion(Version latest) {
        if (latest == null) {
            return Decision.allow(1);
        }
        if (latest.status() == Evaluation.Status.DRAFT) {
            return Decision.refuse(Violation.state("draft-exists", "evaluation.draft-exists", latest.id(), latest.versionNo()));
        }
        return Decision.allow(latest.versionNo() + 1);
    }

    /** Only what was published is verified: a draft is recomputed instead. */
    public static Decision<Version> verifiable(Version v) {
        return v.status() == Evaluation.Status.DRAFT ? Decision.refuse(Violation.state("evaluation-draft", "evaluation.is-draft", v.id())) : Decision.allow(v);
    }
}
