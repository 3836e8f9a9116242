package cn.gov.xinxiang.agri.project.industry;

import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.policy.PolicyParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Each county's 2-3 (param) leading industries (特色主导产业) per year, maintained by the county. */
@ApplicationScoped
public class LeadingIndustryService {

    public record Industry(String code, String name) {
    }

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    PolicyParams params;
    @Inject
    RegionDirectory regions;
    @Inject
    Clock clock;

    public RegionCode county(String countyCode) {
        return Refusals.orThrow(LeadingIndustryRules.county(countyCode, regions::known));
    }

    /** As {@link #county}, for a write: the county must still be active (422 region-retired otherwise). */
    public RegionCode activeCounty(String countyCode) {
        RegionCode c = county(countyCode);
        regions.requireActive("countyCode", c);
        return c;
    }

    /** Public within the city: villages pick from their county's list, so any caller may read it. */
    @SuppressWarnings("unchecked")
    public List<Industry> list(RegionCode county, int year) {
        List<Object[]> rows = em.createNativeQuery("select code, name from leading_industry where county_code = ?1 and year = ?2 order by code")
                .setParameter(1, county.value()).setParameter(2, year).getResultList();
        return rows.stream().map(r -> new Industry((String) r[0], (String) r[1])).toList();
    }

    public boolean exists(String countyCode, int year, String code) {
        return ((Number) em.createNativeQuery("select count(*) from leading_industry where county_code = ?1 and year = ?2 and code = ?3")
                .setParameter(1, countyCode).setParameter(2, year).setParameter(3, code).getSingleResult()).longValue() > 0;
    }

    /** Whether the code was one of the county's leading industries in any year (an entity's industry outlives one year's list). */
    public boolean existsInAnyYear(String countyCode, String code) {
        return ((Number) em.createNativeQuery("select count(*) from leading_industry where county_code = ?1 and code = ?2")
                .setParameter(1, countyCode).setParameter(2, code).getSingleResult()).longValue() > 0;
    }

    /** Replaces the county's list for the year; the count must lie within the year's min and max. */
    @Transactional
    public List<Industry> replace(RegionCode county, int year, List<Industry> industries) {
        user.require(Role.COUNTY);
        Refusals.orThrow(LeadingIndustryRules.ownCounty(county, user.region()));
        Refusals.orThrow(LeadingIndustryRules.replace(year, params.intValue(PolicyParams.LEADING_INDUSTRIES_MIN, year),
                params.intValue(PolicyParams.LEADING_INDUSTRIES_MAX, year), industries));
        em.createNativeQuery("delete from leading_industry where county_code = ?1 and year = ?2")
                .setParameter(1, county.value()).setParameter(2, year).executeUpdate();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Industry in : industries) {
            em.createNativeQuery("insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, county.value()).setParameter(2, year).setParameter(3, in.code()).setParameter(4, in.name().strip())
                    .setParameter(5, user.subject()).setParameter(6, now).executeUpdate();
        }
        return list(county, year);
    }
}
