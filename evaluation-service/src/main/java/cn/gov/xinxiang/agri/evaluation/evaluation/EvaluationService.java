package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.contracts.evaluation.EvaluationEvents;
import cn.gov.xinxiang.agri.contracts.evaluation.EvaluationPublishedV1;
import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationViews.EvaluationSummary;
import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationViews.EvaluationView;
import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationViews.NewEvaluation;
import cn.gov.xinxiang.agri.evaluation.framework.Framework;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkService;
import cn.gov.xinxiang.agri.evaluation.framework.IndicatorDefinition;
import cn.gov.xinxiang.agri.evaluation.inputs.DependencyTracker;
import cn.gov.xinxiang.agri.evaluation.intake.ObservedProject;
import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import cn.gov.xinxiang.agri.evaluation.scoring.GradeBounds;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Computes, versions and publishes evaluations. */
@ApplicationScoped
public class EvaluationService {

    public static final String CITY_CODE = "410700000000";

    @Inject
    FrameworkService frameworks;

    @Inject
    IndicatorCalculator calculator;

    @Inject
    RegionDirectory regions;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    DependencyTracker tracker;

    @Inject
    Idempotency idempotency;

    public EvaluationView view(Evaluation e) {
        try {
            JsonNode evidence = mapper.readTree(e.evidence);
            return new EvaluationView(e.id, e.subjectType, e.subjectType.label, e.subjectId, e.subjectName, e.regionCode, e.fiscalYear,
                    e.versionNo, e.status, EvaluationViews.statusLabel(e.status), e.score, e.grade,
                    evidence.path("gradeLabel").isNull() ? null : evidence.path("gradeLabel").asText(null), e.createdAt, e.createdBy,
                    e.publishedAt, e.previousId, evidence.get("coverage"), e.inputsFingerprint, e.supersededBy, e.supersededAt, e.staleSince,
                    e.staleReason, evidence, e.differences == null ? null : mapper.readTree(e.differences));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** An evaluation within the caller's region; 404 otherwise. */
    public Evaluation find(UUID id) {
        return Evaluation.<Evaluation>find("id = :id and " + RegionScope.clause("regionCode"), user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("evaluation", id));
    }

    /** Evaluates a subject for a year as a new draft version (city users; the Idempotency-Key replays the first answer). */
    public Response create(String key, NewEvaluation body) {
        user.require(Role.CITY);
        return idempotency.create(user.subject(), key, body, () -> {
            Evaluation e = create(subject(body.subjectType(), body.subjectId()), body.fiscalYear());
            return new Idempotency.Created(URI.create("/api/v1/evaluations/" + e.id), view(e));
        });
    }

    /** The records one indicator of an evaluation counted, a page at a time; 400 for an indicator the evaluation has not. */
    public Page<CountedRecords.View> records(UUID id, String indicator, PageRequest req) {
        Evaluation e = find(id);
        Evidence.IndicatorEvidence i = Refusals.orThrow(EvaluationRules.indicator(read(e.evidence).indicators(), indicator));
        return new Page<>(counted.page(e.id, i.code(), req), req.page(), req.size(), i.recordCount());
    }

    /** The evidence an evaluation would have now, stored nowhere. */
    public JsonNode preview(SubjectType type, String subjectId, int fiscalYear) {
        return mapper.valueToTree(compute(subject(type, subjectId), fiscalYear));
    }

    /** Evaluations in the caller's region, newest versions first; each filter optional. */
    public Page<EvaluationSummary> list(Integer fiscalYear, SubjectType type, Evaluation.Status status, Integer page, Integer size) {
        PageRequest req = PageRequest.of(page, size);
        StringBuilder q = new StringBuilder(RegionScope.clause("regionCode"));
        Parameters params = user.scope().parameters();
        if (fiscalYear != null) {
            q.append(" and fiscalYear = :year");
            params.and("year", fiscalYear);
        }
        if (type != null) {
            q.append(" and subjectType = :type");
            params.and("type", type);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        var query = Evaluation.<Evaluation>find(q.toString(), Sort.by("fiscalYear", Sort.Direction.Descending).and("subjectId").and("versionNo", Sort.Direction.Descending), params);
        return new Page<>(query.page(req.page(), req.size()).list().stream()
                .map(e -> new EvaluationSummary(e.id, e.subjectType, e.subjectId, e.subjectName, e.regionCode, e.fiscalYear, e.versionNo, e.status,
                        e.score, e.grade, e.coveragePercent, e.publishedAt, e.supersededBy, e.staleSince)).toList(), req.page(), req.size(), query.count());
    }

    /** Recomputes a draft (city users; If-Match; 409 once published). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation recompute(UUID id, String ifMatch) {
        return recompute(draft(id, ifMatch));
    }

    /** Verifies a published evaluation against the current inputs (city users), acting on the outcome. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Verification verify(UUID id) {
        user.require(Role.CITY);
        Evaluation e = find(id);
        Verification v = verify(e, true);
        e.persistAndFlush();
        return v;
    }

    /** Publishes a draft (city users; If-Match). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation publish(UUID id, String ifMatch) {
        return publish(draft(id, ifMatch));
    }

    /** The draft a city user changes: in their region, still a draft, at the version they read. */
    private Evaluation draft(UUID id, String ifMatch) {
        user.require(Role.CITY);
        Evaluation e = find(id);
        requireDraft(e);
        ETags.require(ifMatch, e.version);
        return e;
    }

    @Inject
    CountedRecords counted;

    /** Resolves and checks the subject; 400 for a malformed id, 404 for one outside the caller's region. */
    public Subject subject(SubjectType type, String id) {
        return switch (type) {
            case PROJECT -> {
                UUID projectId = Refusals.orThrow(EvaluationRules.projectSubject(id));
                ObservedProject p = ObservedProject.<ObservedProject>find("projectId = :id and " + RegionScope.clause("regionCode"),
                                user.scope().parameters().and("id", projectId))
                        .firstResultOptional().orElseThrow(() -> ProblemException.notFound("project", id));
                yield new Subject(type, p.projectId.toString(), p.name, p.regionCode);
            }
            case COUNTY -> {
                RegionCode code = Refusals.orThrow(EvaluationRules.countySubject(id, CITY_CODE, regions::known));
                regions.requireActive("subjectId", code);
                user.requireWithin(code, "county", id);
                yield new Subject(type, code.value(), regions.nameOf(code), code.value());
            }
            case CITY -> {
                RegionCode city = Refusals.orThrow(EvaluationRules.citySubject(id, CITY_CODE));
                user.requireWithin(city, "city", id);
                yield new Subject(type, id, regions.nameOf(city), id);
            }
        };
    }

    /** The evidence, what it was computed from (its dependencies) and the records it counted, before it is stored. */
    public record Computed(Evidence evidence, String fingerprint, Set<DependencyTracker.Dependency> dependencies,
                           List<CountedRecords.Prepared> records) {
    }

    /** Computes the evidence of a subject's evaluation from the read models, the policy copy and the year's framework. */
    public Evidence compute(Subject subject, int year) {
        return computeWithInputs(subject, year).evidence();
    }

    public Computed computeWithInputs(Subject subject, int year) {
        Framework framework = frameworks.require(year);
        List<ScoringEngine.Indicator> specs = new ArrayList<>();
        Map<String, ScoringEngine.Measurement> measured = new LinkedHashMap<>();
        Map<String, IndicatorCalculator.Measured> details = new LinkedHashMap<>();
        Map<String, FrameworkService.Target> targets = new LinkedHashMap<>();
        // policy parameters used, in a stable order, with the indicators that used them
        Map<String, Evidence.PolicyUsed> policies = new java.util.TreeMap<>();
        Set<String> sources = new java.util.TreeSet<>();
        sources.add("framework");
        for (IndicatorDefinition d : framework.indicators()) {
            FrameworkService.Target target = frameworks.target(d);
            targets.put(d.code, target);
            specs.add(new ScoringEngine.Indicator(d.code, target.value(), d.weight, d.direction, d.required));
            IndicatorCalculator.Measured m = calculator.measure(d.code, subject, year);
            measured.put(d.code, m.measurement());
            details.put(d.code, m);
            sources.addAll(m.sources());
            List<PolicyCopy.Value> used = new ArrayList<>(m.policies());
            if (target.policy() != null) {
                used.add(target.policy());
            }
            for (PolicyCopy.Value v : used) {
                sources.add("policy:" + v.key());
                Evidence.PolicyUsed before = policies.get(v.key() + "@" + v.appliesFrom());
                List<String> by = new ArrayList<>(before == null ? List.of() : before.usedBy());
                by.add(d.code);
                policies.put(v.key() + "@" + v.appliesFrom(), new Evidence.PolicyUsed(v.key(), v.appliesFrom(), v.value(), v.unit(), v.owner(),
                        v.version(), v.sourceDocument(), by));
            }
        }
        ScoringEngine.Result result = ScoringEngine.score(specs, measured, framework.bounds());
        List<Evidence.IndicatorEvidence> indicators = new ArrayList<>();
        List<CountedRecords.Prepared> records = new ArrayList<>();
        List<String> requiredMissing = new ArrayList<>();
        List<String> optionalMissing = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        BigDecimal applicableWeight = BigDecimal.ZERO;
        BigDecimal weightWithData = BigDecimal.ZERO;
        int withData = 0;
        for (int i = 0; i < framework.indicators().size(); i++) {
            IndicatorDefinition d = framework.indicators().get(i);
            IndicatorCalculator.Measured m = details.get(d.code);
            ScoringEngine.IndicatorScore s = result.indicators().get(i);
            ScoringEngine.Measurement mm = m.measurement();
            String reason = s.hasData() ? null : (mm.noDataReason() == null ? "denominator is zero" : mm.noDataReason());
            switch (s.status()) {
                case MISSING_REQUIRED -> {
                    requiredMissing.add(d.code);
                    reason = ScoringEngine.NO_DATA_REPORTED + ": " + reason + " (required indicator: scored 0)";
                }
                case MISSING_OPTIONAL -> optionalMissing.add(d.code);
                case NOT_APPLICABLE -> notApplicable.add(d.code);
                case SCORED -> {
                    withData++;
                    weightWithData = weightWithData.add(d.weight);
                }
            }
            if (s.status() != ScoringEngine.Status.NOT_APPLICABLE) {
                applicableWeight = applicableWeight.add(d.weight);
            }
            FrameworkService.Target t = targets.get(d.code);
            CountedRecords.Prepared counted = CountedRecords.prepare(d.code, m.records());
            records.add(counted);
            indicators.add(new Evidence.IndicatorEvidence(d.code, d.name, d.direction, t.value(), t.source(), d.weight, d.required, d.dataSource,
                    m.rule(), s.hasData(), s.status(), s.counted(), reason, s.hasData() ? mm.numerator() : null, s.hasData() ? mm.denominator() : null,
                    s.actual(), s.score(), counted.rows().size(), counted.fingerprint()));
        }
        int applicable = framework.indicators().size() - notApplicable.size();
        Evidence.Coverage coverage = new Evidence.Coverage(framework.indicators().size(), withData, applicable, requiredMissing, optionalMissing,
                notApplicable, applicableWeight, weightWithData, applicableWeight.signum() == 0 ? null
                : weightWithData.multiply(BigDecimal.valueOf(100)).divide(applicableWeight, 2, RoundingMode.HALF_UP), Evidence.Coverage.RULE);
        GradeBounds.Bound grade = result.grade();
        Evidence evidence = new Evidence(year, subject.type(), subject.id(), null, ScoringEngine.RULE, Evidence.NO_DATA_RULE, framework.bounds().rule(),
                framework.boundsSource(), List.copyOf(policies.values()), coverage, indicators, result.weightCounted(), result.weightedSum(),
                result.score(), grade == null ? null : grade.grade(), grade == null ? null : grade.label());
        String fingerprint = fingerprint(evidence);
        String prefix = regionPrefix(subject);
        Set<DependencyTracker.Dependency> deps = new LinkedHashSet<>();
        sources.forEach(src -> deps.add(new DependencyTracker.Dependency(src, year, prefix)));
        return new Computed(evidence.withAsOf(LocalDate.now(clock.withZone(ClockProducer.BUSINESS_ZONE))), fingerprint, deps, records);
    }

    /** The region a subject's inputs come from, as a code prefix: a county's code, the city's "4107", a project's county. */
    static String regionPrefix(Subject subject) {
        return switch (subject.type()) {
            case CITY -> subject.regionCode().substring(0, 4);
            case COUNTY -> subject.regionCode();
            case PROJECT -> RegionCode.of(subject.regionCode()).at(Tier.COUNTY).value();
        };
    }

    /** sha-256 of the evidence without its asOf date: the same read models, policy and framework give the same fingerprint. */
    String fingerprint(Evidence evidence) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(evidence.withAsOf(null)));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation create(Subject subject, int year) {
        List<Evaluation> versions = Evaluation.list("subjectType = ?1 and subjectId = ?2 and fiscalYear = ?3 order by versionNo desc",
                subject.type(), subject.id(), year);
        Evaluation previous = versions.isEmpty() ? null : versions.get(0);
        int versionNo = Refusals.orThrow(EvaluationRules.newVersion(previous == null ? null : version(previous)));
        Computed computed = computeWithInputs(subject, year);
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.subjectType = subject.type();
        e.subjectId = subject.id();
        e.subjectName = subject.name();
        e.regionCode = subject.regionCode();
        e.fiscalYear = year;
        e.versionNo = versionNo;
        e.status = Evaluation.Status.DRAFT;
        e.previousId = previous == null ? null : previous.id;
        e.createdBy = user.subject();
        e.createdAt = clock.instant();
        fill(e, computed, previous);
        e.persistAndFlush();
        counted.store(e.id, computed.records(), Map.of());
        tracker.record(e.id, computed.dependencies());
        return e;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation recompute(Evaluation e) {
        requireDraft(e);
        Evaluation previous = e.previousId == null ? null : Evaluation.findById(e.previousId);
        Computed computed = computeWithInputs(subjectOf(e), e.fiscalYear);
        Map<String, String> stored = CountedRecords.fingerprints(read(e.evidence));
        fill(e, computed, previous);
        e.createdAt = clock.instant();
        counted.store(e.id, computed.records(), stored);
        tracker.record(e.id, computed.dependencies());
        return e;
    }

    static Subject subjectOf(Evaluation e) {
        return new Subject(e.subjectType, e.subjectId, e.subjectName, e.regionCode);
    }

    /** Publishes a draft; earlier published versions of the subject and year become SUPERSEDED by it (their content unchanged). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation publish(Evaluation e) {
        requireDraft(e);
        e.status = Evaluation.Status.PUBLISHED;
        e.publishedAt = clock.instant();
        e.publishedBy = user.subject();
        List<Evaluation> earlier = Evaluation.list("subjectType = ?1 and subjectId = ?2 and fiscalYear = ?3 and status = ?4 and id <> ?5",
                e.subjectType, e.subjectId, e.fiscalYear, Evaluation.Status.PUBLISHED, e.id);
        for (Evaluation old : earlier) {
            old.status = Evaluation.Status.SUPERSEDED;
            old.supersededBy = e.id;
            old.supersededAt = e.publishedAt;
        }
        Evidence ev = read(e.evidence);
        outbox.append(EvaluationEvents.AGGREGATE, e.id.toString(), EvaluationEvents.PUBLISHED_V1,
                new EvaluationPublishedV1(e.id.toString(), e.subjectType.name(), e.subjectId, e.regionCode, e.fiscalYear, e.versionNo,
                        e.score, e.grade, ev.gradeLabel(), e.publishedAt));
        return e;
    }

    /** The outcome of recomputing a published evaluation from the current read models and comparing. */
    public record Verification(UUID evaluationId, int versionNo, Evaluation.Status status, String publishedFingerprint, String currentFingerprint,
                               boolean unchanged, Instant staleSince, String staleReason, List<Differences.Change> differences,
                               UUID newVersionId, Integer newVersionNo) {
    }

    /**
     * Recomputes a published evaluation and compares it with what was published. Unchanged: the stale mark (if
     * any) is cleared. Changed: a new draft version carries the new result (or the open draft is recomputed);
     * publishing it supersedes this one. A superseded version is only compared.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Verification verify(Evaluation e, boolean act) {
        Refusals.orThrow(EvaluationRules.verifiable(version(e)));
        Computed now = computeWithInputs(subjectOf(e), e.fiscalYear);
        List<Differences.Change> diff = Differences.between(read(e.evidence), now.evidence());
        boolean unchanged = e.inputsFingerprint != null ? e.inputsFingerprint.equals(now.fingerprint()) : diff.isEmpty();
        Instant staleSince = e.staleSince;
        String staleReason = e.staleReason;
        UUID newId = null;
        Integer newNo = null;
        if (act && e.status == Evaluation.Status.PUBLISHED) {
            if (unchanged) {
                e.staleSince = null;
                e.staleReason = null;
            } else {
                Evaluation draft = Evaluation.<Evaluation>find("subjectType = ?1 and subjectId = ?2 and fiscalYear = ?3 and status = ?4",
                        e.subjectType, e.subjectId, e.fiscalYear, Evaluation.Status.DRAFT).firstResult();
                Evaluation next = draft != null ? recompute(draft) : create(subjectOf(e), e.fiscalYear);
                newId = next.id;
                newNo = next.versionNo;
                if (e.staleSince == null) {
                    e.staleSince = clock.instant();
                    e.staleReason = "a verification found the inputs changed; version " + next.versionNo + " carries the new result";
                }
            }
        }
        return new Verification(e.id, e.versionNo, e.status, e.inputsFingerprint, now.fingerprint(), unchanged, staleSince, staleReason, diff, newId, newNo);
    }

    static void requireDraft(Evaluation e) {
        Refusals.orThrow(EvaluationRules.draft(version(e)));
    }

    static EvaluationRules.Version version(Evaluation e) {
        return new EvaluationRules.Version(e.id, e.versionNo, e.status, e.supersededBy);
    }

    private void fill(Evaluation e, Computed computed, Evaluation previous) {
        Evidence evidence = computed.evidence();
        e.evidence = write(evidence);
        e.inputsFingerprint = computed.fingerprint();
        e.coveragePercent = evidence.coverage().percent();
        e.score = evidence.score();
        e.grade = evidence.grade();
        e.differences = previous == null ? null : write(Differences.between(read(previous.evidence), evidence));
    }

    public Evidence read(String json) {
        try {
            return mapper.readValue(json, Evidence.class);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
