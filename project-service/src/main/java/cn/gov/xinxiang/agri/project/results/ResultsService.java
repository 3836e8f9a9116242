package cn.gov.xinxiang.agri.project.results;

import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.contracts.Correction;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectResultsReportedV1;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.Project;
import cn.gov.xinxiang.agri.project.library.ProjectService;
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
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    /** Reports the project's results for a year, once: one entry per mechanism the project has. A later change is a correction. */
    @Transactional
    public ResultsDtos.YearResults report(UUID projectId, int year, ResultsDtos.ReportRequest req) {
        Project p = projects.get(projectId);
        user.require(Role.VILLAGE, Role.TOWNSHIP, Role.COUNTY);
        Refusals.orThrow(ResultsRules.report(p.status, p.fiscalYear, year, thisYear(), planned(p), reported(req.mechanisms()), p.id.toString(),
                currentVersion(p.id, year)));
        Instant now = clock.instant();
        write(p, year, req.mechanisms(), now);
        ResultsDtos.YearResults v = list(p.id, year).get(0);
        appendVersion(p.id, year, v, null, now);
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.RESULTS_REPORTED_V1, event(p, year, req.mechanisms(), now, 1, null));
        return v;
    }

    /**
     * Corrects a year's results as a new version with the reason (village, township or county of the project); the old version
     * stays readable, the event carries the correction and evaluation-service replaces its copy and marks what used it stale.
     */
    @Transactional
    public ResultsDtos.YearResults correct(UUID projectId, int year, String ifMatch, ResultsDtos.CorrectionRequest req) {
        Project p = projects.get(projectId);
        user.require(Role.VILLAGE, Role.TOWNSHIP, Role.COUNTY);
        int previous = reportedVersion(p, year);
        ETags.require(ifMatch, previous);
        int version = Refusals.orThrow(ResultsRules.correct(p.status, p.fiscalYear, year, thisYear(), planned(p), reported(req.mechanisms()),
                previous));
        if (storedVersions(p.id, year) == 0) {
            // reported before versions existed: keep that report as version 1 before replacing it
            ResultsDtos.YearResults old = list(p.id, year).get(0);
            insertVersion(p.id, year, 1, old, null, old.reportedBy(), "VILLAGE", old.reportedAt());
        }
        Instant now = clock.instant();
        write(p, year, req.mechanisms(), now);
        Correction correction = new Correction(previous, req.reason().strip(), user.subject(), user.role().tier.name(), null, null, now);
        ResultsDtos.YearResults v = list(p.id, year).get(0);
        insertVersion(p.id, year, version, v, correction.reason(), user.subject(), user.role().tier.name(), now);
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.RESULTS_REPORTED_V1,
                event(p, year, req.mechanisms(), now, version, correction));
        return list(p.id, year).get(0);
    }

    /** The current version of a year's results; 404 when the year was never reported. */
    private int reportedVersion(Project p, int year) {
        int version = currentVersion(p.id, year);
        if (version == 0) {
            throw ProblemException.notFound("results of year", year);
        }
        return version;
    }

    /** Every version of a year's results, oldest first. */
    @SuppressWarnings("unchecked")
    public List<ResultsDtos.VersionView> versions(UUID projectId, int year) {
        Project p = projects.get(projectId);
        int current = reportedVersion(p, year);
        if (storedVersions(p.id, year) == 0) {
            ResultsDtos.YearResults old = list(p.id, year).get(0);
            return List.of(new ResultsDtos.VersionView(1, old, null, old.reportedBy(), "VILLAGE", old.reportedAt(), true));
        }
        List<Object[]> rows = em.createNativeQuery("select version_no, cast(content as text), reason, recorded_by, recorded_tier, recorded_at "
                        + "from project_result_version where project_id = ?1 and year = ?2 order by version_no")
                .setParameter(1, p.id).setParameter(2, year).getResultList();
        return rows.stream().map(r -> {
            int n = ((Number) r[0]).intValue();
            try {
                return new ResultsDtos.VersionView(n, mapper.readValue((String) r[1], ResultsDtos.YearResults.class), (String) r[2], (String) r[3],
                        (String) r[4], toInstant(r[5]), n == current);
            } catch (Exception e) {
                throw new IllegalStateException("project_result_version content is not a YearResults", e);
            }
        }).toList();
    }

    private int thisYear() {
        return LocalDate.ofInstant(clock.instant(), ClockProducer.BUSINESS_ZONE).getYear();
    }

    private static Set<MechanismType> planned(Project p) {
        Set<MechanismType> planned = EnumSet.noneOf(MechanismType.class);
        p.mechanisms.forEach(m -> planned.add(m.type));
        return planned;
    }

    private static List<MechanismType> reported(List<ResultsDtos.MechanismResultDto> mechanisms) {
        return mechanisms.stream().map(ResultsDtos.MechanismResultDto::type).toList();
    }

    private void write(Project p, int year, List<ResultsDtos.MechanismResultDto> mechanisms, Instant now) {
        em.createNativeQuery("delete from project_result where project_id = ?1 and year = ?2").setParameter(1, p.id).setParameter(2, year)
                .executeUpdate();
        for (ResultsDtos.MechanismResultDto m : mechanisms) {
            em.createNativeQuery("insert into project_result (project_id, year, mechanism_type, linked_poverty_alleviated, linked_monitored, "
                            + "linked_other, income_received, reported_by, reported_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, p.id).setParameter(2, year).setParameter(3, m.type().name()).setParameter(4, m.linkedPovertyAlleviated())
                    .setParameter(5, m.linkedMonitored()).setParameter(6, m.linkedOther()).setParameter(7, m.incomeReceived())
                    .setParameter(8, user.subject()).setParameter(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        }
    }

    private ProjectResultsReportedV1 event(Project p, int year, List<ResultsDtos.MechanismResultDto> mechanisms, Instant now, int version,
                                           Correction correction) {
        return new ProjectResultsReportedV1(p.id.toString(), p.code, p.regionCode, p.countyCode, year,
                mechanisms.stream().map(m -> new ProjectResultsReportedV1.MechanismResult(m.type().name(), m.linkedPovertyAlleviated(),
                        m.linkedMonitored(), m.linkedOther(), m.incomeReceived())).toList(),
                user.subject(), now, version, correction);
    }

    private void appendVersion(UUID projectId, int year, ResultsDtos.YearResults v, String reason, Instant now) {
        insertVersion(projectId, year, v.versionNo(), v, reason, user.subject(), user.role().tier.name(), now);
    }

    private void insertVersion(UUID projectId, int year, int version, ResultsDtos.YearResults v, String reason, String by, String tier, Instant at) {
        ResultsDtos.YearResults content = new ResultsDtos.YearResults(v.year(), v.mechanisms(), v.reportedBy(), v.reportedAt(), version);
        String json;
        try {
            json = mapper.writeValueAsString(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("insert into project_result_version (project_id, year, version_no, content, reason, recorded_by, recorded_tier, recorded_at) "
                        + "values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6, ?7, ?8)")
                .setParameter(1, projectId).setParameter(2, year).setParameter(3, version).setParameter(4, json).setParameter(5, reason)
                .setParameter(6, by).setParameter(7, tier).setParameter(8, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
    }

    /** 0 = nothing reported for the year; a year reported before versions existed is version 1. */
    int currentVersion(UUID projectId, int year) {
        Number stored = (Number) em.createNativeQuery("select coalesce(max(version_no), 0) from project_result_version where project_id = ?1 and year = ?2")
                .setParameter(1, projectId).setParameter(2, year).getSingleResult();
        if (stored.intValue() > 0) {
            return stored.intValue();
        }
        Number rows = (Number) em.createNativeQuery("select count(*) from project_result where project_id = ?1 and year = ?2")
                .setParameter(1, projectId).setParameter(2, year).getSingleResult();
        return rows.intValue() > 0 ? 1 : 0;
    }

    private int storedVersions(UUID projectId, int year) {
        return ((Number) em.createNativeQuery("select count(*) from project_result_version where project_id = ?1 and year = ?2")
                .setParameter(1, projectId).setParameter(2, year).getSingleResult()).intValue();
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
            }).toList(), (String) first[6], toInstant(first[7]), currentVersion(projectId, y)));
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
