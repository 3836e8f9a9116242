package cn.gov.xinxiang.agri.funding.summary;

import cn.gov.xinxiang.agri.funding.plan.FundingPlan;
import cn.gov.xinxiang.agri.funding.plan.PlanService;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Fund execution for a region subtree and fiscal year: per project, per county, and in total. */
@ApplicationScoped
public class SummaryService {

    @Schema(name = "ProjectFunds")
    public record ProjectRow(UUID projectId, String code, String name, String regionCode, String regionName, Figures figures) {
    }

    @Schema(name = "CountyFunds")
    public record CountyRow(String countyCode, String countyName,
                            @Schema(description = "the county's share of the plan; null below county level or without a plan") BigDecimal share,
                            Figures figures, List<ProjectRow> projects) {
    }

    @Schema(name = "FundSummary")
    public record Summary(int fiscalYear, String regionCode, String regionName, Figures totals, List<CountyRow> counties) {
    }

    @Inject
    CurrentUser user;

    @Inject
    RegionDirectory regions;

    @Inject
    PlanService plans;

    @Inject
    EntityManager em;

    /** The summary of a fiscal year (required) for a region within the caller's (default: the caller's own). */
    public Summary summary(Integer fiscalYear, String regionParam) {
        int year = Refusals.orThrow(SummaryRules.fiscalYear(fiscalYear));
        RegionCode requested = QueryParameters.optionalRegionCode("region", regionParam);
        RegionCode region = requested == null ? user.region() : requested;
        if (!user.scope().covers(region) || !regions.known(region)) {
            throw ProblemException.notFound("region", region);
        }
        // One grouped query for the whole subtree; the scope pattern is the requested region, which
        // lies within the caller's subtree (checked above).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = RegionScope.of(region).bind(em.createNativeQuery("""
                        select a.county_code, a.project_id, lp.code, lp.name, a.region_code,
                               sum(a.amount),
                               sum(case when a.use_code = 'INDUSTRY_DEVELOPMENT' then a.amount else 0 end),
                               sum(case when a.use_code = 'INDUSTRY_DEVELOPMENT' and a.leading_industry then a.amount else 0 end),
                               sum(a.disbursed), sum(a.expended)
                        from allocation a join library_project lp on lp.project_id = a.project_id
                        where a.fiscal_year = ?1 and %s
                        group by a.county_code, a.project_id, lp.code, lp.name, a.region_code
                        order by a.county_code, lp.code, a.project_id""".formatted(RegionScope.positionalClause("a.region_code", 2)))
                .setParameter(1, year), 2).getResultList();

        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        if (region.tier().ordinal() <= Tier.COUNTY.ordinal()) {
            Optional<FundingPlan> plan = plans.byYear(year);
            plan.ifPresent(p -> plans.visibleShares(p.id).stream().filter(s -> RegionCode.of(s.countyCode).isWithin(region))
                    .forEach(s -> shares.put(s.countyCode, s.amount)));
        }
        Map<String, List<ProjectRow>> byCounty = new LinkedHashMap<>();
        shares.keySet().forEach(c -> byCounty.put(c, new ArrayList<>()));
        for (Object[] r : rows) {
            String county = (String) r[0];
            Figures f = Figures.of(money(r[5]), money(r[6]), money(r[7]), money(r[8]), money(r[9]));
            String regionCode = (String) r[4];
            byCounty.computeIfAbsent(county, c -> new ArrayList<>()).add(new ProjectRow((UUID) r[1], (String) r[2], (String) r[3],
                    regionCode, regions.nameOf(RegionCode.of(regionCode)), f));
        }
        List<CountyRow> counties = new ArrayList<>();
        Figures total = Figures.ZERO;
        for (var e : new java.util.TreeMap<>(byCounty).entrySet()) {
            Figures cf = e.getValue().stream().map(ProjectRow::figures).reduce(Figures.ZERO, Figures::plus);
            counties.add(new CountyRow(e.getKey(), regions.nameOf(RegionCode.of(e.getKey())), shares.get(e.getKey()), cf, e.getValue()));
            total = total.plus(cf);
        }
        return new Summary(year, region.value(), regions.nameOf(region), total, counties);
    }

    private static BigDecimal money(Object o) {
        return ((BigDecimal) o).setScale(2);
    }

}
