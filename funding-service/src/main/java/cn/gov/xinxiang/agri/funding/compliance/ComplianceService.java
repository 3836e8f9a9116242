package cn.gov.xinxiang.agri.funding.compliance;

import cn.gov.xinxiang.agri.funding.plan.CountyShare;
import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.funding.plan.FundingPlan;
import cn.gov.xinxiang.agri.funding.plan.PlanDtos;
import cn.gov.xinxiang.agri.funding.plan.PlanService;
import cn.gov.xinxiang.agri.funding.policy.FundingPolicy;
import cn.gov.xinxiang.agri.funding.policy.PolicyRules;
import cn.gov.xinxiang.agri.funding.policy.PolicyService;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a fiscal year's compliance: the plan's shares against the floors, planned and as allocated so far. */
@ApplicationScoped
public class ComplianceService {

    @Inject
    PlanService plans;

    @Inject
    PolicyService policies;

    @Inject
    RegionDirectory regions;

    @Inject
    EntityManager em;

    public ComplianceView of(int year) {
        Refusals.orThrow(PolicyRules.fiscalYear(year));
        FundingPlan plan = plans.byYear(year).orElseThrow(() -> ProblemException.notFound("plan of fiscal year", year));
        FundingPolicy policy = policies.require(year);
        BigDecimal total = plan.total();
        Compliance.FloorShares planned = Compliance.of(total, plan.plannedIndustry, plan.plannedLeading,
                policy.industryShareFloor(), policy.leadingShareFloor());

        // Plan-wide sums in one grouped query; these are city-level figures every caller of the plan sees.
        Map<FundUse, BigDecimal> byUse = new EnumMap<>(FundUse.class);
        for (FundUse u : FundUse.values()) {
            byUse.put(u, BigDecimal.ZERO.setScale(2));
        }
        BigDecimal leading = BigDecimal.ZERO.setScale(2);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select use_code, leading_industry, coalesce(sum(amount), 0) from allocation "
                + "where plan_id = ?1 group by use_code, leading_industry").setParameter(1, plan.id).getResultList();
        for (Object[] row : rows) {
            FundUse use = FundUse.valueOf((String) row[0]);
            BigDecimal sum = (BigDecimal) row[2];
            byUse.merge(use, sum, BigDecimal::add);
            if (use == FundUse.INDUSTRY_DEVELOPMENT && Boolean.TRUE.equals(row[1])) {
                leading = leading.add(sum);
            }
        }
        BigDecimal allocatedTotal = byUse.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Compliance.FloorShares allocated = Compliance.of(allocatedTotal, byUse.get(FundUse.INDUSTRY_DEVELOPMENT), leading,
                policy.industryShareFloor(), policy.leadingShareFloor());

        List<PlanDtos.CountyShareView> counties = plans.visibleShares(plan.id).stream().map(this::view).toList();
        return new ComplianceView(year, plan.id, plan.status, plan.status.label, total, planned, allocated, allocatedTotal, byUse,
                total.subtract(allocatedTotal), planned.belowFloor(), plan.justification, plan.justifiedBy, plan.justifiedAt, counties);
    }

    private PlanDtos.CountyShareView view(CountyShare s) {
        return PlanDtos.CountyShareView.of(s, regions.nameOf(RegionCode.of(s.countyCode)));
    }
}
