package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.BoundsChange;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.CopyRequest;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.FrameworkView;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.GradeBoundView;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.IndicatorChange;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.IndicatorView;
import cn.gov.xinxiang.agri.evaluation.inputs.DependencyTracker;
import cn.gov.xinxiang.agri.evaluation.inputs.FiscalYearRules;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import cn.gov.xinxiang.agri.evaluation.scoring.GradeBounds;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

@ApplicationScoped
public class FrameworkService {

    @Inject
    EntityManager em;

    @Inject
    PolicyCopy policy;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    DependencyTracker tracker;

    static int year(int year) {
        return Refusals.orThrow(FiscalYearRules.inRange("fiscalYear", year));
    }

    /** The grade bounds have no version column: their ETag is a hash of their content. */
    public long boundsVersion(int year) {
        StringBuilder sb = new StringBuilder();
        boundRows(year).forEach(r -> sb.append(r[0]).append('|').append(r[1]).append('|')
                .append(((BigDecimal) r[2]).stripTrailingZeros().toPlainString()).append('|').append(r[3]).append(';'));
        return Integer.toUnsignedLong(sb.toString().hashCode());
    }

    /** A year's framework as read by everyone; 404 when the year has none. */
    public FrameworkView view(int year) {
        year(year);
        user.role();
        List<IndicatorDefinition> indicators = indicators(year);
        if (indicators.isEmpty()) {
            throw ProblemException.notFound("indicator framework of fiscal year", year);
        }
        List<GradeBoundView> bounds = boundRows(year).stream()
                .map(r -> new GradeBoundView((String) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3])).toList();
        return new FrameworkView(year, indicators.stream().map(this::indicatorView).toList(),
                indicators.stream().map(d -> d.weight).reduce(BigDecimal.ZERO, BigDecimal::add), bounds);
    }

    public IndicatorView indicatorView(IndicatorDefinition d) {
        return IndicatorView.of(d, targetOrNull(d));
    }

    /** Replaces a year's grade bounds (city users; If-Match with the framework's ETag); the evaluations that read them go stale. */
    public void changeBounds(int year, String ifMatch, BoundsChange body) {
        year(year);
        user.require(Role.CITY);
        if (boundRows(year).isEmpty()) {
            throw ProblemException.notFound("indicator framework of fiscal year", year);
        }
        ETags.require(ifMatch, boundsVersion(year));
        Refusals.orThrow(FrameworkRules.bounds(body.bounds().stream().map(b -> new FrameworkRules.Bound(b.grade(), b.minScore())).toList()));
        replaceBounds(year, body.bounds().stream().map(b -> new Object[]{b.grade().name(), b.label(), b.minScore()}).toList(), body.sourceDocument());
        tracker.changed(List.of(InputChange.of("framework", year, null, "grade bounds of " + year + " changed")));
    }

    /** Changes an indicator of a year (city users; If-Match with its version); the evaluations that read it go stale. */
    public IndicatorDefinition change(int year, String code, String ifMatch, IndicatorChange body) {
        year(year);
        user.require(Role.CITY);
        IndicatorDefinition d = IndicatorDefinition.<IndicatorDefinition>find("fiscalYear = :y and code = :c", Parameters.with("y", year).and("c", code))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("indicator", year + "/" + code));
        ETags.require(ifMatch, d.version);
        String target = Refusals.orThrow(FrameworkRules.target(body.target(), body.targetPolicyKey(),
                policy.all().stream().map(PolicyCopy.Value::key).collect(Collectors.toSet())));
        String key = target.isEmpty() ? null : target;
        d.name = body.name();
        d.definition = body.definition();
        d.dataSource = body.dataSource();
        // the stored target stays as the last own target while a policy parameter supplies it
        if (key == null) {
            d.target = body.target();
        }
        d.targetPolicyKey = key;
        d.weight = body.weight();
        d.direction = body.direction();
        d.sourceDocument = body.sourceDocument();
        if (body.required() != null) {
            d.required = body.required();
        }
        d.persist();
        tracker.changed(List.of(InputChange.of("framework", year, null, "indicator " + code + " of " + year + " changed")));
        return d;
    }

    /** Sets up a year's framework as a copy of another year's (city users; the Idempotency-Key replays the first answer). */
    public Response copy(int year, String key, CopyRequest body) {
        year(year);
        user.require(Role.CITY);
        // the year is part of the request: the same key and body for another year is another request
        return idempotency.create(user.subject(), key, java.util.Map.of("fiscalYear", year, "fromYear", body.fromYear()), () -> {
            copy(body.fromYear(), year);
            return new Idempotency.Created(URI.create("/api/v1/indicator-frameworks/" + year), view(year));
        });
    }

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
        Refusals.orThrow(FrameworkRules.usable(year, !indicators.isEmpty(), !rows.isEmpty()));
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
        Refusals.orThrow(FrameworkRules.copy(fromYear, !indicators(fromYear).isEmpty(), toYear, !indicators(toYear).isEmpty()));
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
