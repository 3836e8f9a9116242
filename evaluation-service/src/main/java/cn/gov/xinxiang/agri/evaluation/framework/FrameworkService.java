package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import cn.gov.xinxiang.agri.evaluation.scoring.GradeBounds;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class FrameworkService {

    @Inject
    EntityManager em;

    @Inject
    PolicyCopy policy;

    /** An indicator's target for its year and where it comes from. */
    public record Target(BigDecimal value, String source, PolicyCopy.Value policy) {
    }

    /** The target an evaluation of the year compares with; a policy-linked one needs the policy value (422 policy-unknown otherwise). */
    public Target target(IndicatorDefinition d) {
        if (d.targetPolicyKey == null) {
            return new Target(d.target, "the framework's own target", null);
        }
        PolicyCopy.Value v = policy.require(d.targetPolicyKey, d.fiscalYear);
        return new Target(v.asPercentTarget(), "policy parameter " + v.describe(), v);
    }

    /** As {@link #target}, or null with the reason when the policy value has not arrived yet (for reading the framework). */
    public Target targetOrNull(IndicatorDefinition d) {
        if (d.targetPolicyKey == null) {
            return target(d);
        }
        return policy.find(d.targetPolicyKey, d.fiscalYear).map(v -> new Target(v.asPercentTarget(), "policy parameter " + v.describe(), v))
                .orElse(new Target(null, "policy parameter " + d.targetPolicyKey + " of " + d.fiscalYear + " has not arrived from agri.policy yet", null));
    }

    public List<IndicatorDefinition> indicators(int year) {
        return IndicatorDefinition.list("fiscalYear", Sort.by("id"), year);
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> boundRows(int year) {
        return em.createNativeQuery("select grade, label, min_score, source_document from grade_bound where fiscal_year = ?1 order by min_score desc")
                .setParameter(1, year).getResultList();
    }

    /** The framework an evaluation of the year uses; 422 when the city has not set one up. */
    public Framework require(int year) {
        List<IndicatorDefinition> indicators = indicators(year);
        List<Object[]> rows = boundRows(year);
        if (indicators.isEmpty() || rows.isEmpty()) {
            throw ProblemException.keyed(422, "no-framework", "framework.none", year);
        }
        GradeBounds bounds = new GradeBounds(rows.stream().map(r -> new GradeBounds.Bound((String) r[0], (String) r[1], (BigDecimal) r[2])).toList());
        return new Framework(year, indicators, bounds, (String) rows.get(0)[3]);
    }

    public void replaceBounds(int year, List<Object[]> bounds, String sourceDocument) {
        em.createNativeQuery("delete from grade_bound where fiscal_year = ?1").setParameter(1, year).executeUpdate();
        for (Object[] b : bounds) {
            em.createNativeQuery("insert into grade_bound (fiscal_year, grade, label, min_score, source_document) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, year).setParameter(2, b[0]).setParameter(3, b[1]).setParameter(4, b[2]).setParameter(5, sourceDocument)
                    .executeUpdate();
        }
    }

    /** Copies a year's indicators and grade bounds to a year that has none. */
    public int copy(int fromYear, int toYear) {
        if (!indicators(toYear).isEmpty()) {
            throw ProblemException.keyed(409, "framework-exists", "framework.exists", toYear);
        }
        if (indicators(fromYear).isEmpty()) {
            throw ProblemException.keyed(422, "no-framework", "framework.none-to-copy", fromYear);
        }
        int n = em.createNativeQuery("insert into indicator_definition (fiscal_year, code, name, definition, data_source, unit, target, weight, direction, "
                        + "source_document, required, target_policy_key) select ?1, code, name, definition, data_source, unit, target, weight, direction, "
                        + "source_document, required, target_policy_key from indicator_definition where fiscal_year = ?2 order by id")
                .setParameter(1, toYear).setParameter(2, fromYear).executeUpdate();
        em.createNativeQuery("insert into grade_bound (fiscal_year, grade, label, min_score, source_document) "
                        + "select ?1, grade, label, min_score, source_document from grade_bound where fiscal_year = ?2")
                .setParameter(1, toYear).setParameter(2, fromYear).executeUpdate();
        return n;
    }
}
