package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.contracts.evaluation.EvaluationEvents;
import cn.gov.xinxiang.agri.contracts.evaluation.EvaluationPublishedV1;
import cn.gov.xinxiang.agri.evaluation.framework.Framework;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkService;
import cn.gov.xinxiang.agri.evaluation.framework.IndicatorDefinition;
import cn.gov.xinxiang.agri.evaluation.intake.ObservedProject;
import cn.gov.xinxiang.agri.evaluation.scoring.GradeBounds;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Resolves and checks the subject; 400 for a malformed id, 404 for one outside the caller's region. */
    public Subject subject(SubjectType type, String id) {
        return switch (type) {
            case PROJECT -> {
                UUID projectId;
                try {
                    projectId = UUID.fromString(id);
                } catch (RuntimeException e) {
                    throw ProblemException.invalid("subjectId", "a project's subject id is its UUID");
                }
                ObservedProject p = ObservedProject.<ObservedProject>find("projectId = :id and regionCode like :scope",
                                Parameters.with("id", projectId).and("scope", user.scope().likePattern()))
                        .firstResultOptional().orElseThrow(() -> ProblemException.notFound("project", id));
                yield new Subject(type, p.projectId.toString(), p.name, p.regionCode);
            }
            case COUNTY -> {
                RegionCode code = RegionCode.parse(id).filter(c -> c.tier() == Tier.COUNTY && c.value().startsWith("4107"))
                        .orElseThrow(() -> ProblemException.invalid("subjectId", "a county subject is the 12-digit code of one of Xinxiang's county-level units, e.g. 410725000000"));
                if (!regions.known(code)) {
                    throw ProblemException.invalid("subjectId", "unknown county-level unit " + id);
                }
                regions.requireActive("subjectId", code);
                user.requireWithin(code, "county", id);
                yield new Subject(type, code.value(), regions.nameOf(code), code.value());
            }
            case CITY -> {
                if (!CITY_CODE.equals(id)) {
                    throw ProblemException.invalid("subjectId", "the city subject is " + CITY_CODE);
                }
                user.requireWithin(RegionCode.of(id), "city", id);
                yield new Subject(type, id, regions.nameOf(RegionCode.of(id)), id);
            }
        };
    }

    /** Computes the evidence of a subject's evaluation from the read models and the year's framework. */
    public Evidence compute(Subject subject, int year) {
        Framework framework = frameworks.require(year);
        List<ScoringEngine.Indicator> specs = new ArrayList<>();
        Map<String, ScoringEngine.Measurement> measured = new LinkedHashMap<>();
        Map<String, IndicatorCalculator.Measured> details = new LinkedHashMap<>();
        for (IndicatorDefinition d : framework.indicators()) {
            specs.add(new ScoringEngine.Indicator(d.code, d.target, d.weight, d.direction));
            IndicatorCalculator.Measured m = calculator.measure(d.code, subject, year);
            measured.put(d.code, m.measurement());
            details.put(d.code, m);
        }
        ScoringEngine.Result result = ScoringEngine.score(specs, measured, framework.bounds());
        List<Evidence.IndicatorEvidence> indicators = new ArrayList<>();
        for (int i = 0; i < framework.indicators().size(); i++) {
            IndicatorDefinition d = framework.indicators().get(i);
            IndicatorCalculator.Measured m = details.get(d.code);
            ScoringEngine.IndicatorScore s = result.indicators().get(i);
            ScoringEngine.Measurement mm = m.measurement();
            indicators.add(new Evidence.IndicatorEvidence(d.code, d.name, d.direction, d.target, d.weight, d.dataSource, m.rule(), s.hasData(),
                    s.hasData() ? null : (mm.noDataReason() == null ? "denominator is zero" : mm.noDataReason()),
                    s.hasData() ? mm.numerator() : null, s.hasData() ? mm.denominator() : null, s.actual(), s.score(), m.records()));
        }
        GradeBounds.Bound grade = result.grade();
        return new Evidence(year, subject.type(), subject.id(), ScoringEngine.RULE, Evidence.NO_DATA_RULE, framework.bounds().rule(),
                framework.boundsSource(), indicators, result.weightWithData(), result.weightedSum(), result.score(),
                grade == null ? null : grade.grade(), grade == null ? null : grade.label());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation create(Subject subject, int year) {
        List<Evaluation> versions = Evaluation.list("subjectType = ?1 and subjectId = ?2 and fiscalYear = ?3 order by versionNo desc",
                subject.type(), subject.id(), year);
        Evaluation previous = versions.isEmpty() ? null : versions.get(0);
        if (previous != null && previous.status == Evaluation.Status.DRAFT) {
            throw ProblemException.conflict("draft-exists", "evaluation " + previous.id + " (version " + previous.versionNo
                    + ") is still a draft: recompute or publish it before starting another version");
        }
        Evidence evidence = compute(subject, year);
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.subjectType = subject.type();
        e.subjectId = subject.id();
        e.subjectName = subject.name();
        e.regionCode = subject.regionCode();
        e.fiscalYear = year;
        e.versionNo = previous == null ? 1 : previous.versionNo + 1;
        e.status = Evaluation.Status.DRAFT;
        e.previousId = previous == null ? null : previous.id;
        e.createdBy = user.subject();
        e.createdAt = clock.instant();
        fill(e, evidence, previous);
        e.persist();
        return e;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation recompute(Evaluation e) {
        requireDraft(e);
        Evaluation previous = e.previousId == null ? null : Evaluation.findById(e.previousId);
        fill(e, compute(new Subject(e.subjectType, e.subjectId, e.subjectName, e.regionCode), e.fiscalYear), previous);
        e.createdAt = clock.instant();
        return e;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation publish(Evaluation e) {
        requireDraft(e);
        e.status = Evaluation.Status.PUBLISHED;
        e.publishedAt = clock.instant();
        e.publishedBy = user.subject();
        Evidence ev = read(e.evidence);
        outbox.append(EvaluationEvents.AGGREGATE, e.id.toString(), EvaluationEvents.PUBLISHED_V1,
                new EvaluationPublishedV1(e.id.toString(), e.subjectType.name(), e.subjectId, e.regionCode, e.fiscalYear, e.versionNo,
                        e.score, e.grade, ev.gradeLabel(), e.publishedAt));
        return e;
    }

    static void requireDraft(Evaluation e) {
        if (e.status == Evaluation.Status.PUBLISHED) {
            throw ProblemException.conflict("evaluation-published", "evaluation " + e.id + " (version " + e.versionNo
                    + ") is published and can no longer change; start a re-evaluation (a new version) instead");
        }
    }

    private void fill(Evaluation e, Evidence evidence, Evaluation previous) {
        e.evidence = write(evidence);
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
