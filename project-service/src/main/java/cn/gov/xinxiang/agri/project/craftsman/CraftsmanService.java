package cn.gov.xinxiang.agri.project.craftsman;

import cn.gov.xinxiang.agri.platform.paging.ScopedWhere;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanEvents;
import cn.gov.xinxiang.agri.contracts.craftsman.CraftsmanRecognisedV1;
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
import cn.gov.xinxiang.agri.project.programmes.ProgrammeRegions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Rural craftsmen (乡村工匠): recognitions recorded by city and county users within their region, announced on agri.craftsman. */
@ApplicationScoped
public class CraftsmanService {

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

    public record Filter(String regionCode, CraftsmanLevel level, Integer yearRecognised) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Craftsman create(CraftsmanDtos.CraftsmanRequest r) {
        user.require(Role.CITY, Role.COUNTY);
        RegionCode region = regions.forWrite("regionCode", r.regionCode(), Tier.COUNTY, Tier.TOWNSHIP, Tier.VILLAGE);
        int currentYear = clock.instant().atZone(ClockProducer.BUSINESS_ZONE).getYear();
        String name = r.name().strip();
        boolean recorded = Craftsman.count("name = ?1 and regionCode = ?2 and level = ?3", name, region.value(), r.level()) > 0;
        Refusals.orThrow(CraftsmanRules.recognition(name, region.value(), r.level(), r.yearRecognised(), currentYear, recorded));
        Craftsman c = new Craftsman();
        c.id = UUID.randomUUID();
        c.name = name;
        c.level = r.level();
        c.craft = r.craft().strip();
        c.regionCode = region.value();
        c.countyCode = region.at(Tier.COUNTY).value();
        c.industry = r.industry().strip();
        c.householdsEmployed = r.householdsEmployed();
        c.yearRecognised = r.yearRecognised();
        c.createdBy = user.subject();
        c.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        c.persist();
        outbox.append(CraftsmanEvents.AGGREGATE, c.id.toString(), CraftsmanEvents.RECOGNISED_V1,
                new CraftsmanRecognisedV1(c.id.toString(), c.name, c.level.name(), c.craft, c.regionCode, c.countyCode, c.industry,
                        c.householdsEmployed, c.yearRecognised, c.createdBy, c.createdAt));
        return c;
    }

    /** In the caller's region subtree; 404 elsewhere, even when it exists. */
    public Craftsman get(UUID id) {
        return Craftsman.<Craftsman>find("id = :id and " + RegionScope.clause("regionCode"), user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("craftsman", id));
    }

    /** The JPQL condition of a filter over {@code Craftsman c}: the caller's region first, then what was asked. */
    private ScopedWhere where(Filter f) {
        return regions.within("c.regionCode", "regionCode", f.regionCode())
                .and("c.level = :level", "level", f.level())
                .and("c.yearRecognised = :year", "year", f.yearRecognised());
    }

    public Page<Craftsman> list(Filter f, PageRequest page) {
        ScopedWhere w = where(f);
        return Page.of(Craftsman.<Craftsman>find("select c from Craftsman c where " + w.jpql(),
                Sort.ascending("c.regionCode", "c.level", "c.name", "c.id"), w.parameters()), page);
    }

    /** Recognitions and households employed per level, every level listed (zero where none). */
    public List<CraftsmanRules.Count> totals(Filter f) {
        ScopedWhere w = where(new Filter(f.regionCode(), null, f.yearRecognised()));
        var q = em.createQuery("select c.level, count(c), coalesce(sum(c.householdsEmployed), 0) from Craftsman c where " + w.jpql()
                + " group by c.level", Object[].class);
        w.parameters().map().forEach(q::setParameter);
        List<CraftsmanRules.Count> found = new ArrayList<>();
        for (Object[] row : q.getResultList()) {
            found.add(new CraftsmanRules.Count((CraftsmanLevel) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return CraftsmanRules.everyLevel(found);
    }
}
