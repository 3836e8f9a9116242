package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.i18n.Messages;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Content rules of a project, plain Java so they are tested without a container. */
public final class ProjectRules {
    private ProjectRules() {
    }

    /**
     * A draft's content beyond per-field Bean Validation as a decider's violations (400, each on its field): the
     * investment sources add up to the total, participants carry a valid credit code once per role (households
     * need none), each mechanism type appears once and benefits some household.
     */
    public static List<Violation> draftViolations(ProjectDtos.DraftRequest r) {
        List<Violation> errors = new ArrayList<>();
        ProjectDtos.Investment inv = r.investment();
        if (inv != null && inv.total() != null && inv.linkageFunds() != null && inv.otherFiscal() != null && inv.selfRaised() != null
                && inv.credit() != null) {
            BigDecimal sum = inv.linkageFunds().add(inv.otherFiscal()).add(inv.selfRaised()).add(inv.credit());
            if (sum.compareTo(inv.total()) != 0) {
                errors.add(Violation.field("investment.total", "project.investment-sum", sum.toPlainString(), inv.total().toPlainString()));
            }
        }
        List<ProjectDtos.ParticipantDto> ps = r.participants() == null ? List.of() : r.participants();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ps.size(); i++) {
            ProjectDtos.ParticipantDto p = ps.get(i);
            if (p == null) {
                continue;
            }
            String field = "participants[" + i + "].creditCode";
            boolean households = p.entityType() == EntityType.FARMING_HOUSEHOLDS;
            if (p.creditCode() == null || p.creditCode().isBlank()) {
                if (!households) {
                    errors.add(Violation.field(field, "project.credit-code-required"));
                }
            } else {
                CreditCode.problem(p.creditCode()).ifPresent(t -> errors.add(Violation.field(field, t.key(), t.args())));
                if (!seen.add(p.role() + "/" + p.creditCode())) {
                    errors.add(Violation.field(field, "project.participant-twice"));
                }
            }
        }
        List<ProjectDtos.MechanismDto> ms = r.mechanisms() == null ? List.of() : r.mechanisms();
        Set<MechanismType> types = EnumSet.noneOf(MechanismType.class);
        for (int i = 0; i < ms.size(); i++) {
            ProjectDtos.MechanismDto m = ms.get(i);
            if (m == null || m.type() == null) {
                continue;
            }
            if (!types.add(m.type())) {
                // Results are reported per mechanism type, so one type appears once per project.
                errors.add(Violation.field("mechanisms[" + i + "].type", "project.mechanism-twice", m.type().name()));
            }
            if (m.plannedPovertyAlleviated() != null && m.plannedMonitored() != null && m.plannedOther() != null
                    && m.plannedPovertyAlleviated() + m.plannedMonitored() + m.plannedOther() == 0) {
                errors.add(Violation.field("mechanisms[" + i + "]", "project.mechanism-no-household"));
            }
        }
        return errors;
    }

    /**
     * The village a draft is placed in: a well-formed 12-digit code ({@code regionCode} 400 otherwise) of a region the
     * directory knows ({@code known}; retired ones too, a draft keeps its village) at village tier.
     */
    public static Decision<RegionCode> draftVillage(String regionCode, Predicate<RegionCode> known) {
        RegionCode region = regionCode == null ? null : RegionCode.parse(regionCode).orElse(null);
        if (region == null) {
            return Decision.refuse(Violation.field("regionCode", "region.code-format"));
        }
        if (!known.test(region)) {
            return Decision.refuse(Violation.field("regionCode", "region.unknown", region.toString()));
        }
        if (region.tier() != Tier.VILLAGE) {
            return Decision.refuse(Violation.field("regionCode", "project.village-only"));
        }
        return Decision.allow(region);
    }

    /** A village drafts projects of its own village only (403). */
    public static Decision<RegionCode> ownVillage(RegionCode region, RegionCode caller) {
        return region.equals(caller) ? Decision.allow(region) : Decision.refuse(Violation.forbidden("project.own-village-only"));
    }

    /** Content may change only while the village holds the draft (409 otherwise). */
    public static List<Violation> editable(ProjectStatus status) {
        return status.editable() ? List.of()
                : List.of(Violation.state("not-editable", "project.locked", new Text("project-status." + status.name())));
    }

    /** A draft keeps its village and its fiscal year (400 on the field that tries to change them). */
    public static List<Violation> keepsPlaceAndYear(Project p, String regionCode, int fiscalYear) {
        if (!regionCode.equals(p.regionCode)) {
            return List.of(Violation.field("regionCode", "project.cannot-move"));
        }
        if (fiscalYear != p.fiscalYear) {
            return List.of(Violation.field("fiscalYear", "project.fiscal-year-fixed", p.fiscalYear));
        }
        return List.of();
    }

    public static int distinctMechanisms(Project p) {
        Set<MechanismType> types = EnumSet.noneOf(MechanismType.class);
        p.mechanisms.forEach(m -> types.add(m.type));
        return types.size();
    }

    /**
     * The completeness rule as a decider's violations: empty when complete, else 422 {@code project-incomplete} whose
     * detail lists every missing part ("field: message", joined), each also on its field.
     */
    public static List<Violation> incompleteness(Project p, int minDistinctMechanisms) {
        List<Violation> missing = missing(p, minDistinctMechanisms);
        if (missing.isEmpty()) {
            return List.of();
        }
        Localized joined = l -> String.join(Messages.get().text(l, "problem.list-separator"), missing.stream()
                .map(v -> Messages.get().text(l, "problem.field-message", v.field(), v.text().in(l))).toList());
        List<Violation> all = new ArrayList<>();
        all.add(Violation.rule(INCOMPLETE, "problem.rules-broken", joined));
        all.addAll(missing);
        return all;
    }

    static final String INCOMPLETE = "project-incomplete";

    /** What a project still lacks before it can be submitted or admitted, each on its field; empty when complete. */
    private static List<Violation> missing(Project p, int minDistinctMechanisms) {
        List<Violation> errors = new ArrayList<>();
        if (p.investmentTotal == null || p.investmentTotal.signum() <= 0) {
            errors.add(Violation.ruleOn(INCOMPLETE, "investment", "project.investment-required"));
        }
        if (p.participants.isEmpty()) {
            errors.add(Violation.ruleOn(INCOMPLETE, "participants", "project.participant-required"));
        }
        if (p.targets.isEmpty()) {
            errors.add(Violation.ruleOn(INCOMPLETE, "performanceTargets", "project.target-required"));
        }
        int distinct = distinctMechanisms(p);
        if (distinct < minDistinctMechanisms) {
            errors.add(Violation.ruleOn(INCOMPLETE, "mechanisms", "project.mechanisms-too-few", minDistinctMechanisms, distinct));
        }
        return errors;
    }
}
