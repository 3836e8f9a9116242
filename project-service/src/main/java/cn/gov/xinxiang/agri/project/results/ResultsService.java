package cn.gov.xinxiang.agri.project.results;

import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectResultsReportedV1;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.Project;
import cn.gov.xinxiang.agri.project.library.ProjectService;
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Actual results per project, year and mechanism: the evidence evaluation needs that each mechanism works. */
@ApplicationScoped
public class ResultsService {

    private static final Set<ProjectStatus> REPORTABLE = EnumSet.of(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED, ProjectStatus.ACCEPTED);

    @Inject
    ProjectService projects;
    @Inject
    CurrentUser user;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /** Replaces the project's results for the year; one entry per mechanism the project has. */
    @Transactional
    public ResultsDtos.YearResults report(UUID projectId, int year, ResultsDtos.ReportRequest req) {
        Project p = projects.get(projectId);
        user.require(Role.VILLAGE, Role.TOWNSHIP, Role.COUNTY);
        if (!REPORTABLE.contains(p.status)) {
            throw ProblemException.conflict("wrong-status", "results are reported for projects in progress, completed or accepted; this one is "
                    + p.status + " (" + p.status.label + ")");
        }
        int thisYear = LocalDate.ofInstant(clock.instant(), ClockProducer.BUSINESS_ZONE).getYear();
        if (year < p.fiscalYear || year > thisYear) {
            throw ProblemException.invalid("year", "must be between the project's fiscal year " + p.fiscalYear + " and " + thisYear);
        }
        Set<MechanismType> planned = EnumSet.noneOf(MechanismType.class);
        p.mechanisms.forEach(m -> planned.add(m.type));
        Set<MechanismType> seen = EnumSet.noneOf(MechanismType.class);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < req.mechanisms().size(); i++) {
            MechanismType t = req.mechanisms().get(i).type();
            if (!planned.contains(t)) {
                errors.add(new FieldError("mechanisms[" + i + "].type", t + " is not one of the project's mechanisms " + planned));
            } else if (!seen.add(t)) {
                errors.add(new FieldError("mechanisms[" + i + "].type", t + " is listed twice"));
            }
        }
        for (MechanismType t : planned) {
            if (!seen.contains(t) && errors.isEmpty()) {
                errors.add(new FieldError("mechanisms", "the result of " + t + " (" + t.label + ") is missing; report 0 households if it linked none"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid input", errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        Instant now = clock.instant();
        em.createNativeQuery("delete from project_result where project_id = ?1 and year = ?2").setParameter(1, p.id).setParameter(2, year)
                .executeUpdate();
        for (ResultsDtos.MechanismResultDto m : req.mechanisms()) {
            em.createNativeQuery("insert into project_result (project_id, year, mechanism_type, linked_poverty_alleviated, linked_monitored, "
                            + "linked_other, income_received, reported_by, reported_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, p.id).setParameter(2, year).setParameter(3, m.type().name()).setParameter(4, m.linkedPovertyAlleviated())
                    .setParameter(5, m.linkedMonitored()).setParameter(6, m.linkedOther()).setParameter(7, m.incomeReceived())
                    .setParameter(8, user.subject()).setParameter(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        }
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.RESULTS_REPORTED_V1,
                new ProjectResultsReportedV1(p.id.toString(), p.code, p.regionCode, p.countyCode, year,
                        req.mechanisms().stream().map(m -> new ProjectResultsReportedV1.MechanismResult(m.type().name(), m.linkedPovertyAlleviated(),
                                m.linkedMonitored(), m.linkedOther(), m.incomeReceived())).toList(),
                        user.subject(), now));
        return list(p.id, year).get(0);
    }

    /** The caller must see the project; results follow its scope. */
    public List<ResultsDtos.YearResults> forProject(UUID projectId, Integer year) {
        Project p = projects.get(projectId);
        return list(p.id, year);
    }

    @SuppressWarnings("unchecked")
    private List<ResultsDtos.YearResults> list(UUID projectId, Integer year) {
        List<Object[]> rows = em.createNativeQuery("select year, mechanism_type, linked_poverty_alleviated, linked_monitored, linked_other, "
                        + "income_received, reported_by, reported_at from project_result where project_id = ?1 and (cast(?2 as int) is null or year = ?2) "
                        + "order by year, mechanism_type")
                .setParameter(1, projectId).setParameter(2, year).getResultList();
        Map<Integer, List<Object[]>> byYear = new LinkedHashMap<>();
        rows.forEach(r -> byYear.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>()).add(r));
        List<ResultsDtos.YearResults> out = new ArrayList<>();
        byYear.forEach((y, rs) -> {
            Object[] first = rs.get(0);
            out.add(new ResultsDtos.YearResults(y, rs.stream().map(r -> {
                MechanismType t = MechanismType.valueOf((String) r[1]);
                return new ResultsDtos.MechanismResultView(t, t.label, ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(), (BigDecimal) r[5]);
            }).toList(), (String) first[6], toInstant(first[7])));
        });
        return out;
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
