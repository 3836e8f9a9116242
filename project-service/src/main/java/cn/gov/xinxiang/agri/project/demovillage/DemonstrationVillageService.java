package cn.gov.xinxiang.agri.project.demovillage;

import cn.gov.xinxiang.agri.platform.paging.ScopedWhere;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageDesignatedV1;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageEvents;
import cn.gov.xinxiang.agri.contracts.demovillage.DemonstrationVillageProjectsChangedV1;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;
import cn.gov.xinxiang.agri.project.programmes.ProgrammeRegions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Demonstration villages (示范村): designations recorded by city and county users for villages of their region. */
@ApplicationScoped
public class DemonstrationVillageService {

    @Inject
    CurrentUser user;
    @Inject
    ProgrammeRegions regions;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    public record Filter(String regionCode, DemonstrationKind kind, IssuingLevel issuingLevel, Integer yearDesignated) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DemonstrationVillage designate(DemonstrationVillageDtos.DesignationRequest r) {
        user.require(Role.CITY, Role.COUNTY);
        RegionCode village = regions.forWrite("villageCode", r.villageCode(), Tier.VILLAGE);
        int currentYear = clock.instant().atZone(ClockProducer.BUSINESS_ZONE).getYear();
        List<UUID> projects = r.projectIds() == null ? List.of() : r.projectIds();
        boolean designated = DemonstrationVillage.count("villageCode = ?1 and kind = ?2 and issuingLevel = ?3", village.value(), r.kind(),
                r.issuingLevel()) > 0;
        Refusals.orThrow(DesignationRules.designate(r.yearDesignated(), currentYear, r.kind(), r.issuingLevel(), village.value(), projects,
                projects(projects), designated));
        DemonstrationVillage d = new DemonstrationVillage();
        d.id = UUID.randomUUID();
        d.villageCode = village.value();
        d.countyCode = village.at(Tier.COUNTY).value();
        d.kind = r.kind();
        d.issuingLevel = r.issuingLevel();
        d.yearDesignated = r.yearDesignated();
        d.projectIds.addAll(projects);
        d.createdBy = user.subject();
        d.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        d.persist();
        outbox.append(DemonstrationVillageEvents.AGGREGATE, d.id.toString(), DemonstrationVillageEvents.DEMONSTRATION_VILLAGE_DESIGNATED_V1,
                new DemonstrationVillageDesignatedV1(d.id.toString(), d.villageCode, d.countyCode, d.kind.name(), d.issuingLevel.name(), d.yearDesignated,
                        d.projectIds.stream().map(UUID::toString).toList(), d.createdBy, d.createdAt));
        return d;
    }

    /** Replaces the qualifying projects (If-Match with the designation's ETag), announcing the new list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DemonstrationVillage relink(UUID id, String ifMatch, List<UUID> projectIds) {
        user.require(Role.CITY, Role.COUNTY);
        DemonstrationVillage d = get(id);
        ETags.require(ifMatch, d.version);
        List<UUID> projects = projectIds == null ? List.of() : projectIds;
        Refusals.orThrow(Decision.of(DesignationRules.projectViolations(d.kind, d.villageCode, projects, projects(projects)), d));
        d.projectIds.clear();
        d.projectIds.addAll(projects);
        outbox.append(DemonstrationVillageEvents.AGGREGATE, d.id.toString(), DemonstrationVillageEvents.DEMONSTRATION_VILLAGE_PROJECTS_CHANGED_V1,
                new DemonstrationVillageProjectsChangedV1(d.id.toString(), d.villageCode, d.countyCode, d.kind.name(), d.issuingLevel.name(),
                        d.projectIds.stream().map(UUID::toString).toList(), user.subject(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return d;
    }

    /** Region and category of the named projects the caller may see, by id. */
    @SuppressWarnings("unchecked")
    private Map<UUID, DesignationRules.Candidate> projects(List<UUID> ids) {
        Map<UUID, DesignationRules.Candidate> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Query q = em.createNativeQuery("select id, region_code, industry_category from project where id = any(cast(?1 as uuid[])) "
                        + "and " + RegionScope.positionalClause("region_code", 2))
                .setParameter(1, ids.stream().map(UUID::toString).toArray(String[]::new));
        List<Object[]> rows = user.scope().bind(q, 2).getResultList();
        rows.forEach(r -> out.put(r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), new DesignationRules.Candidate((String) r[1], IndustryCategory.valueOf((String) r[2]))));
        return out;
    }

    /** In the caller's region subtree; 404 elsewhere. */
    public DemonstrationVillage get(UUID id) {
        return DemonstrationVillage.<DemonstrationVillage>find("id = :id and " + RegionScope.clause("villageCode"),
                        user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("demonstration village", id));
    }

    public Page<DemonstrationVillage> list(Filter f, PageRequest page) {
        ScopedWhere w = regions.within("d.villageCode", "regionCode", f.regionCode())
                .and("d.kind = :kind", "kind", f.kind())
                .and("d.issuingLevel = :level", "level", f.issuingLevel())
                .and("d.yearDesignated = :year", "year", f.yearDesignated());
        return Page.of(DemonstrationVillage.<DemonstrationVillage>find("select d from DemonstrationVillage d where " + w.jpql(),
                Sort.ascending("d.villageCode", "d.kind", "d.issuingLevel", "d.id"), w.parameters()), page);
    }

    /** Villages and qualifying projects per kind and issuing level (only combinations that exist), kinds and levels in enum order. */
    @SuppressWarnings("unchecked")
    public List<DemonstrationVillageDtos.KindTotal> totals(Filter f) {
        StringBuilder where = new StringBuilder(RegionScope.clause("d.village_code"));
        Map<String, Object> p = new HashMap<>();
        RegionScope sub = regions.filter("regionCode", f.regionCode());
        if (sub != null) {
            where.append(" and ").append(RegionScope.clause("d.village_code", "sub"));
        }
        if (f.yearDesignated() != null) {
            where.append(" and d.year_designated = :year");
            p.put("year", f.yearDesignated());
        }
        var q = em.createNativeQuery("select d.kind, d.issuing_level, count(distinct d.village_code), count(distinct l.project_id) "
                + "from demonstration_village d left join demonstration_village_project l on l.designation_id = d.id where " + where
                + " group by d.kind, d.issuing_level");
        p.forEach(q::setParameter);
        user.scope().bind(q);
        if (sub != null) {
            sub.bind(q, "sub");
        }
        List<DemonstrationVillageDtos.KindTotal> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            DemonstrationKind kind = DemonstrationKind.valueOf((String) r[0]);
            IssuingLevel level = IssuingLevel.valueOf((String) r[1]);
            out.add(new DemonstrationVillageDtos.KindTotal(kind, kind.label, level, level.label, ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        out.sort(java.util.Comparator.comparing(DemonstrationVillageDtos.KindTotal::kind).thenComparing(DemonstrationVillageDtos.KindTotal::issuingLevel));
        return out;
    }
}
