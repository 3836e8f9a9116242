package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;
import cn.gov.xinxiang.agri.project.entity.CreditCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Content rules of a project, plain Java so they are tested without a container. */
public final class ProjectRules {
    private ProjectRules() {
    }

    /** Problems with a draft's content beyond per-field Bean Validation; empty when well-formed. */
    public static List<FieldError> draftProblems(ProjectDtos.DraftRequest r) {
        List<FieldError> errors = new ArrayList<>();
        ProjectDtos.Investment inv = r.investment();
        if (inv != null && inv.total() != null && inv.linkageFunds() != null && inv.otherFiscal() != null && inv.selfRaised() != null
                && inv.credit() != null) {
            BigDecimal sum = inv.linkageFunds().add(inv.otherFiscal()).add(inv.selfRaised()).add(inv.credit());
            if (sum.compareTo(inv.total()) != 0) {
                errors.add(new FieldError("investment.total", "must equal the sum of the sources (" + sum.toPlainString() + "), is "
                        + inv.total().toPlainString()));
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
                    errors.add(new FieldError(field, "an operating entity needs its 18-character unified social credit code"));
                }
            } else {
                CreditCode.problem(p.creditCode()).ifPresent(msg -> errors.add(new FieldError(field, msg)));
                if (!seen.add(p.role() + "/" + p.creditCode())) {
                    errors.add(new FieldError(field, "the same entity is listed twice in the same role"));
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
                errors.add(new FieldError("mechanisms[" + i + "].type", m.type() + " is listed twice; list each mechanism once"));
            }
            if (m.plannedPovertyAlleviated() != null && m.plannedMonitored() != null && m.plannedOther() != null
                    && m.plannedPovertyAlleviated() + m.plannedMonitored() + m.plannedOther() == 0) {
                errors.add(new FieldError("mechanisms[" + i + "]", "a mechanism must plan to link at least one household"));
            }
        }
        return errors;
    }

    public static int distinctMechanisms(Project p) {
        Set<MechanismType> types = EnumSet.noneOf(MechanismType.class);
        p.mechanisms.forEach(m -> types.add(m.type));
        return types.size();
    }

    /** What a project still lacks before it can be submitted or admitted; empty when complete. */
    public static List<FieldError> completenessProblems(Project p, int minDistinctMechanisms) {
        List<FieldError> errors = new ArrayList<>();
        if (p.investmentTotal == null || p.investmentTotal.signum() <= 0) {
            errors.add(new FieldError("investment", "the total investment and its sources are required"));
        }
        if (p.participants.isEmpty()) {
            errors.add(new FieldError("participants", "at least one operating entity is required"));
        }
        if (p.targets.isEmpty()) {
            errors.add(new FieldError("performanceTargets", "at least one performance target is required"));
        }
        int distinct = distinctMechanisms(p);
        if (distinct < minDistinctMechanisms) {
            errors.add(new FieldError("mechanisms", "at least " + minDistinctMechanisms + " distinct farmer-linking mechanisms are required, the project has "
                    + distinct));
        }
        return errors;
    }
}
