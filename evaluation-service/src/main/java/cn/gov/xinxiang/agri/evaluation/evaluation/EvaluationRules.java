package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Which versions of an evaluation may change: only a draft is recomputed or published (a published or superseded
 * version never changes, 409), a subject and year has at most one open draft, and only a published (or superseded)
 * version is verified against the current inputs. What an evaluation is of: a project by its UUID, one of the city's
 * counties by its code, the city by the city's code (each a 400 on {@code subjectId}); which of its indicators' counted
 * records may be read; who reads the city overview.
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

    /** A preview names its subject: the type first (400 {@code subjectType}), then the id (400 {@code subjectId}). */
    public static Decision<SubjectType> subjectNamed(SubjectType type, String subjectId) {
        if (type == null) {
            return Decision.refuse(Violation.field("subjectType", "evaluation.subject-type-required"));
        }
        if (subjectId == null || subjectId.isBlank()) {
            return Decision.refuse(Violation.field("subjectId", "evaluation.required"));
        }
        return Decision.allow(type);
    }

    /** A project subject's id is the project's UUID. */
    public static Decision<UUID> projectSubject(String id) {
        try {
            return Decision.allow(UUID.fromString(id));
        } catch (RuntimeException e) {
            return Decision.refuse(Violation.field("subjectId", "evaluation.project-subject"));
        }
    }

    /**
     * A county subject's id is the 12-digit code of one of the city's county-level units that the region directory knows.
     *
     * @param cityCode the city evaluated
     * @param known    whether the region directory knows a code
     */
    public static Decision<RegionCode> countySubject(String id, String cityCode, Predicate<RegionCode> known) {
        RegionCode city = RegionCode.of(cityCode);
        RegionCode code = RegionCode.parse(id).filter(c -> c.tier() == Tier.COUNTY && c.isWithin(city)).orElse(null);
        if (code == null) {
            return Decision.refuse(Violation.field("subjectId", "evaluation.county-subject"));
        }
        return known.test(code) ? Decision.allow(code) : Decision.refuse(Violation.field("subjectId", "evaluation.county-unknown", id));
    }

    /** The city subject's id is the city's own code. */
    public static Decision<RegionCode> citySubject(String id, String cityCode) {
        return cityCode.equals(id) ? Decision.allow(RegionCode.of(id)) : Decision.refuse(Violation.field("subjectId", "evaluation.city-subject", cityCode));
    }

    /** The indicator whose counted records are read: named (400 {@code indicator}), and one the evaluation's evidence has. */
    public static Decision<Evidence.IndicatorEvidence> indicator(List<Evidence.IndicatorEvidence> indicators, String indicator) {
        if (indicator == null || indicator.isBlank()) {
            return Decision.refuse(Violation.field("indicator", "evaluation.required"));
        }
        return indicators.stream().filter(x -> x.code().equals(indicator.trim())).findFirst().map(Decision::allow)
                .orElseGet(() -> Decision.refuse(Violation.field("indicator", "evaluation.indicator-unknown", indicator)));
    }

    /** The city overview of a year is for city users and auditors whose scope covers the city (403). */
    public static Decision<Integer> overview(int fiscalYear, boolean cityUserOrAuditor, boolean coversCity) {
        return cityUserOrAuditor && coversCity ? Decision.allow(fiscalYear) : Decision.refuse(Violation.forbidden("evaluation.city-overview"));
    }
}
