package cn.gov.xinxiang.agri.project.envoy;

import cn.gov.xinxiang.agri.platform.paging.ScopedWhere;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyAssignmentsChangedV1;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyEvents;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyRegisteredV1;
import cn.gov.xinxiang.agri.contracts.envoy.EnvoyServiceRecordedV1;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.i18n.Text;
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
import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import cn.gov.xinxiang.agri.project.programmes.ProgrammeRegions;
import cn.gov.xinxiang.agri.project.programmes.ProgrammeRules;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Science and technology envoys (科技特派员): registered per county and year by the city or the county, with the projects
 * and villages they serve (each link checked: the project exists in that county, the village is an active village of
 * it), and their service records. Envoys are county-level records: everyone in the county sees them.
 */
@ApplicationScoped
public class EnvoyService {

    /** Library projects: admitted (入库) and every status after it. */
    static final List<String> LIBRARY = List.of(ProjectStatus.IN_LIBRARY.name(), ProjectStatus.IN_PROGRESS.name(),
            ProjectStatus.COMPLETED.name(), ProjectStatus.ACCEPTED.name());

    @Inject
    CurrentUser user;
    @Inject
    ProgrammeRegions regions;
    @Inject
    RegionDirectory directory;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    public record Filter(String countyCode, Integer year, UUID projectId, String villageCode) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Envoy register(EnvoyDtos.EnvoyRequest r) {
        user.require(Role.CITY, Role.COUNTY);
        RegionCode county = regions.forWrite("countyCode", r.countyCode(), Tier.COUNTY);
        List<UUID> projects = r.projectIds() == null ? List.of() : r.projectIds();
        List<String> villages = r.villageCodes() == null ? List.of() : r.villageCodes();
        checkLinks(county, projects, villages);
        Envoy e = new Envoy();
        e.id = UUID.randomUUID();
        e.name = r.name().strip();
        e.organisation = r.organisation().strip();
        e.speciality = r.speciality().strip();
        e.countyCode = county.value();
        e.year = r.year();
        e.projectIds.addAll(projects);
        villages.stream().map(String::strip).forEach(e.villageCodes::add);
        e.createdBy = user.subject();
        e.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.persist();
        outbox.append(EnvoyEvents.AGGREGATE, e.id.toString(), EnvoyEvents.REGISTERED_V1,
                new EnvoyRegisteredV1(e.id.toString(), e.name, e.organisation, e.speciality, e.countyCode, e.year,
                        e.projectIds.stream().map(UUID::toString).toList(), List.copyOf(e.villageCodes), e.createdBy, e.createdAt));
        return e;
    }

    /** The links' facts (the projects' counties, the villages' standing), then {@link EnvoyRules#linkViolations}. */
    private void checkLinks(RegionCode county, List<UUID> projects, List<String> villages) {
        Map<String, Text> inactive = new HashMap<>();
        for (String v : villages) {
            RegionCode.parse(v.strip()).ifPresent(code -> directory.problemText(code).ifPresent(t -> inactive.put(code.value(), t)));
        }
        Refusals.orThrow(Decision.of(EnvoyRules.linkViolations(county, projects, projectCounties(projects), villages, inactive), county));
    }

    /** Replaces the projects and villages served (If-Match with the envoy's ETag), announcing the new lists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Envoy reassign(UUID id, String ifMatch, EnvoyDtos.AssignmentsRequest r) {
        user.require(Role.CITY, Role.COUNTY);
        Envoy e = get(id);
        Refusals.orThrow(ProgrammeRules.inCallerRegion(e.countyCode, user.scope().covers(e.countyCode), user.region().value()));
        ETags.require(ifMatch, e.version);
        List<UUID> projects = r.projectIds() == null ? List.of() : r.projectIds();
        List<String> villages = r.villageCodes() == null ? List.of() : r.villageCodes();
        checkLinks(RegionCode.of(e.countyCode), projects, villages);
        e.projectIds.clear();
        e.projectIds.addAll(projects);
        e.villageCodes.clear();
        villages.stream().map(String::strip).forEach(e.villageCodes::add);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // changing its (owned) collections makes Hibernate increment the envoy's version at flush: the new ETag
        outbox.append(EnvoyEvents.AGGREGATE, e.id.toString(), EnvoyEvents.ASSIGNMENTS_CHANGED_V1,
                new EnvoyAssignmentsChangedV1(e.id.toString(), e.countyCode, e.year, e.projectIds.stream().map(UUID::toString).toList(),
                        List.copyOf(e.villageCodes), user.subject(), now));
        return e;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, String> projectCounties(List<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        // only projects the caller may see: another region's project is "unknown" here, as it would be by id
        Query q = em.createNativeQuery("select id, county_code from project where id = any(cast(?1 as uuid[])) and "
                        + RegionScope.positionalClause("region_code", 2))
                .setParameter(1, ids.stream().map(UUID::toString).toArray(String[]::new));
        List<Object[]> rows = user.scope().bind(q, 2).getResultList();
        rows.forEach(r -> out.put(r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), (String) r[1]));
        return out;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceRecord recordService(UUID envoyId, EnvoyDtos.ServiceRequest r) {
        user.require(Role.CITY, Role.COUNTY);
        Envoy e = get(envoyId);
        Refusals.orThrow(ProgrammeRules.inCallerRegion(e.countyCode, user.scope().covers(e.countyCode), user.region().value()));
        LocalDate today = clock.instant().atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
        String village = r.villageCode() == null || r.villageCode().isBlank() ? null : r.villageCode().strip();
        Refusals.orThrow(Decision.of(EnvoyRules.serviceViolations(r.servedOn(), today, village, r.projectId(), e.villageCodes, e.projectIds), r));
        ServiceRecord s = new ServiceRecord();
        s.id = UUID.randomUUID();
        s.envoyId = e.id;
        s.countyCode = e.countyCode;
        s.servedOn = r.servedOn();
        s.topic = r.topic().strip();
        s.householdsReached = r.householdsReached();
        s.villageCode = village;
        s.projectId = r.projectId();
        s.createdBy = user.subject();
        s.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        s.persist();
        outbox.append(EnvoyEvents.AGGREGATE, e.id.toString(), EnvoyEvents.SERVICE_RECORDED_V1,
                new EnvoyServiceRecordedV1(s.id.toString(), e.id.toString(), s.countyCode, s.servedOn, s.topic, s.householdsReached, s.villageCode,
                        s.projectId == null ? null : s.projectId.toString(), s.createdBy, s.createdAt));
        return s;
    }

    /** County-level: visible in the county, below it (its townships and villages) and above it; 404 elsewhere. */
    public Envoy get(UUID id) {
        ScopedWhere w = regions.countyWide("e.countyCode", null).and("e.id = :id", "id", id);
        return Envoy.<Envoy>find("select e from Envoy e where " + w.jpql(), w.parameters()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("envoy", id));
    }

    public Page<Envoy> list(Filter f, PageRequest page) {
        ScopedWhere w = regions.countyWide("e.countyCode", regions.filter("countyCode", f.countyCode()))
                .and("e.year = :year", "year", f.year())
                .and(":project member of e.projectIds", "project", f.projectId())
                .and(":village member of e.villageCodes", "village", f.villageCode());
        return Page.of(Envoy.<Envoy>find("select e from Envoy e where " + w.jpql(),
                Sort.descending("e.year").and("e.countyCode").and("e.name").and("e.id"), w.parameters()), page);
    }

    /**
     * An envoy's service records. A township or village user sees the county's envoys, but of their records only
     * those in its own villages: another village's service is that village's.
     */
    public Page<ServiceRecord> services(UUID envoyId, PageRequest page) {
        Envoy e = get(envoyId);
        var query = user.scope().covers(e.countyCode)
                ? ServiceRecord.<ServiceRecord>find("envoyId", Sort.descending("servedOn").and("id"), e.id)
                : ServiceRecord.<ServiceRecord>find("envoyId = :envoy and " + RegionScope.clause("villageCode"), Sort.descending("servedOn").and("id"),
                        user.scope().parameters().and("envoy", e.id));
        return Page.of(query, page);
    }

    /** The projects an envoy serves that the caller may see: all of them for the county and above, a village its own. */
    public List<UUID> visibleProjects(Envoy e) {
        if (user.scope().covers(e.countyCode)) {
            return List.copyOf(e.projectIds);
        }
        Map<UUID, String> visible = projectCounties(List.copyOf(e.projectIds));
        return e.projectIds.stream().filter(visible::containsKey).toList();
    }

    /** The villages an envoy serves that the caller may see. */
    public List<String> visibleVillages(Envoy e) {
        return e.villageCodes.stream().filter(v -> user.scope().covers(v)).toList();
    }

    /** Coverage per county for a fiscal year, over the library projects the caller may see (their region subtree). */
    @SuppressWarnings("unchecked")
    public List<EnvoyDtos.CoverageView> coverage(String countyCode, int year) {
        String county = null;
        if (countyCode != null && !countyCode.isBlank()) {
            county = Refusals.orThrow(ProgrammeRules.county("countyCode", countyCode)).value();
        }
        Query q = em.createNativeQuery("select p.county_code, count(*), "
                        + "count(*) filter (where exists (select 1 from envoy_project ep where ep.project_id = p.id)) from project p "
                        + "where p.fiscal_year = ?1 and p.status = any(cast(?2 as varchar[])) and " + RegionScope.positionalClause("p.region_code", 3)
                        + " and (?4 = '' or p.county_code = ?4) group by p.county_code order by p.county_code")
                .setParameter(1, year).setParameter(2, LIBRARY.toArray(String[]::new)).setParameter(4, county == null ? "" : county);
        List<Object[]> rows = user.scope().bind(q, 3).getResultList();
        List<EnvoyDtos.CoverageView> out = new ArrayList<>();
        for (Object[] r : rows) {
            EnvoyCoverage c = EnvoyCoverage.of(((Number) r[1]).longValue(), ((Number) r[2]).longValue());
            out.add(new EnvoyDtos.CoverageView((String) r[0], regions.nameOf((String) r[0]), year, c.libraryProjects(), c.served(), c.share()));
        }
        if (out.isEmpty() && county != null) {
            out.add(new EnvoyDtos.CoverageView(county, regions.nameOf(county), year, 0, 0, null));
        }
        return out;
    }
}
