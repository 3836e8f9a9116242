package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.contracts.funding.PlanPublishedV1;
import cn.gov.xinxiang.agri.funding.policy.PolicyService;
import cn.gov.xinxiang.agri.funding.policy.FundingPolicy;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanService {

    @Inject
    CurrentUser user;

    @Inject
    RegionDirectory regions;

    @Inject
    PolicyService policies;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public FundingPlan create(PlanDtos.PlanRequest r) {
        user.require(Role.CITY);
        policies.require(r.fiscalYear());
        List<Map.Entry<String, BigDecimal>> shares = checkCounties(r.countyShares());
        PlanFigures f = figures(r);
        rejectInconsistent(f, shares);
        if (FundingPlan.count("fiscalYear", r.fiscalYear()) > 0) {
            throw ProblemException.conflict("plan-exists", "fiscal year " + r.fiscalYear() + " already has a plan; change that one");
        }
        Instant now = clock.instant();
        FundingPlan p = new FundingPlan();
        p.id = UUID.randomUUID();
        p.fiscalYear = r.fiscalYear();
        p.regionCode = user.region().value();
        p.status = PlanStatus.DRAFT;
        apply(p, f);
        p.createdBy = user.subject();
        p.createdAt = now;
        p.updatedAt = now;
        p.persist();
        saveShares(p, shares);
        return p;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FundingPlan update(UUID id, PlanDtos.PlanRequest r, String ifMatch) {
        user.require(Role.CITY);
        FundingPlan p = get(id);
        ETags.require(ifMatch, p.version);
        requireDraft(p);
        if (r.fiscalYear() != p.fiscalYear) {
            throw ProblemException.invalid("fiscalYear", "a plan's fiscal year cannot change (it is " + p.fiscalYear + ")");
        }
        List<Map.Entry<String, BigDecimal>> shares = checkCounties(r.countyShares());
        PlanFigures f = figures(r);
        rejectInconsistent(f, shares);
        apply(p, f);
        p.updatedAt = clock.instant();
        CountyShare.delete("planId", p.id);
        CountyShare.flush();
        saveShares(p, shares);
        return p;
    }

    /**
     * Publishes a draft. Its whole total must be split to counties. Below a floor it needs the city's
     * justification, recorded with who gave it and when.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FundingPlan publish(UUID id, PlanDtos.PublishRequest r, String ifMatch) {
        user.require(Role.CITY);
        FundingPlan p = get(id);
        ETags.require(ifMatch, p.version);
        requireDraft(p);
        List<CountyShare> shares = sharesOf(p.id);
        BigDecimal unsplit = PlanRules.unsplit(p.figures(), shares.stream().map(s -> s.amount).toList());
        if (unsplit.signum() != 0) {
            throw ProblemException.unprocessable("plan-not-fully-split",
                    unsplit.toPlainString() + " yuan of the plan is not yet split to a county");
        }
        FundingPolicy policy = policies.require(p.fiscalYear);
        PlanRules.FloorCheck floors = PlanRules.floors(p.figures(), policy.industryShareFloor(), policy.leadingShareFloor());
        String justification = r == null || r.justification() == null || r.justification().isBlank() ? null : r.justification().strip();
        if (floors.belowFloor() && justification == null) {
            throw new ProblemException(422, "below-floor-needs-justification", "Rule violated",
                    "the plan is below a policy floor: industry development is " + floors.industryShare() + " of the plan (floor "
                            + cn.gov.xinxiang.agri.funding.compliance.Shares.displayFloor(policy.industryShareFloor())
                            + "), leading industries are " + floors.leadingShare() + " of industry funds (floor "
                            + cn.gov.xinxiang.agri.funding.compliance.Shares.displayFloor(policy.leadingShareFloor())
                            + "); a city user must publish it with a justification",
                    List.of(new Problem.FieldError("justification", "required when the plan is below a policy floor")));
        }
        Instant now = clock.instant();
        if (justification != null) {
            p.justification = justification;
            p.justifiedBy = user.subject();
            p.justifiedAt = now;
        }
        p.status = PlanStatus.PUBLISHED;
        p.publishedBy = user.subject();
        p.publishedAt = now;
        p.updatedAt = now;
        PlanFigures f = p.figures();
        outbox.append(FundingEvents.AGGREGATE, p.id.toString(), FundingEvents.PLAN_PUBLISHED_V1,
                new PlanPublishedV1(p.id.toString(), p.fiscalYear, f.central(), f.provincial(), f.city(), f.county(), f.total(),
                        f.industryDevelopment(), f.leadingIndustry(), f.infrastructure(), f.employment(), f.other(),
                        floors.belowFloor(), p.justification,
                        shares.stream().map(s -> new PlanPublishedV1.CountyShare(s.countyCode, s.amount)).toList(),
                        p.publishedBy, p.publishedAt));
        return p;
    }

    /**
     * A plan the caller may see: plans are city documents, so the caller sees those of their own city
     * (and, for a province-level auditor, those in their subtree). Filtered in the query.
     */
    public FundingPlan get(UUID id) {
        return FundingPlan.<FundingPlan>find("id = :id and (regionCode like :scope or regionCode = :city)",
                        Parameters.with("id", id).and("scope", user.scope().likePattern()).and("city", cityOfCaller()))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("plan", id));
    }

    public Optional<FundingPlan> byYear(int year) {
        return FundingPlan.<FundingPlan>find("fiscalYear = :year and (regionCode like :scope or regionCode = :city)",
                        Parameters.with("year", year).and("scope", user.scope().likePattern()).and("city", cityOfCaller()))
                .firstResultOptional();
    }

    public List<FundingPlan> list() {
        return FundingPlan.<FundingPlan>find("regionCode like :scope or regionCode = :city", Sort.descending("fiscalYear"),
                Parameters.with("scope", user.scope().likePattern()).and("city", cityOfCaller())).list();
    }

    /** All county shares of a plan, for rules that need the whole split. */
    public List<CountyShare> sharesOf(UUID planId) {
        return CountyShare.<CountyShare>find("planId", Sort.by("countyCode"), planId).list();
    }

    /** The county shares the caller may see: every county for city users, their own county below. */
    public List<CountyShare> visibleShares(UUID planId) {
        return CountyShare.<CountyShare>find("planId = :plan and countyCode like :scope", Sort.by("countyCode"),
                Parameters.with("plan", planId).and("scope", shareScope())).list();
    }

    /** Like pattern over county codes: the caller's subtree, or the county the caller sits in. */
    public String shareScope() {
        RegionCode r = user.region();
        return r.tier().ordinal() > Tier.COUNTY.ordinal() ? r.at(Tier.COUNTY).prefix() + "%" : user.scope().likePattern();
    }

    private String cityOfCaller() {
        RegionCode r = user.region();
        return r.tier().ordinal() >= Tier.CITY.ordinal() ? r.at(Tier.CITY).value() : "-";
    }

    private static void requireDraft(FundingPlan p) {
        if (p.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("plan-published", "plan " + p.id + " is published and can no longer change");
        }
    }

    private List<Map.Entry<String, BigDecimal>> checkCounties(List<PlanDtos.CountyShareRequest> requested) {
        RegionCode city = user.region();
        List<Map.Entry<String, BigDecimal>> out = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i).countyCode();
            Optional<RegionCode> county = RegionCode.parse(code);
            if (county.isEmpty() || county.get().tier() != Tier.COUNTY || !regions.known(county.get()) || !county.get().isWithin(city)) {
                throw ProblemException.badRequest("validation", "countyShares[" + i + "].countyCode: " + code + " is not a county of " + city,
                        new Problem.FieldError("countyShares[" + i + "].countyCode", "not a county-level unit of " + city));
            }
            // 422 region-retired for a county-level unit that left the official list.
            regions.requireActive("countyShares[" + i + "].countyCode", county.get());
            out.add(Map.entry(county.get().value(), requested.get(i).amount()));
        }
        return out;
    }

    private static PlanFigures figures(PlanDtos.PlanRequest r) {
        return new PlanFigures(r.sources().central(), r.sources().provincial(), r.sources().city(), r.sources().county(),
                r.uses().industryDevelopment(), r.uses().leadingIndustry(), r.uses().infrastructure(), r.uses().employment(),
                r.uses().other());
    }

    private static void rejectInconsistent(PlanFigures f, List<Map.Entry<String, BigDecimal>> shares) {
        List<Problem.FieldError> errors = PlanRules.check(f, shares);
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "plan-inconsistent", "Rule violated",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " figures do not add up",
                    errors);
        }
    }

    private static void apply(FundingPlan p, PlanFigures f) {
        p.centralAmount = f.central();
        p.provincialAmount = f.provincial();
        p.cityAmount = f.city();
        p.countyAmount = f.county();
        p.plannedIndustry = f.industryDevelopment();
        p.plannedLeading = f.leadingIndustry();
        p.plannedInfrastructure = f.infrastructure();
        p.plannedEmployment = f.employment();
        p.plannedOther = f.other();
    }

    private static void saveShares(FundingPlan p, List<Map.Entry<String, BigDecimal>> shares) {
        for (Map.Entry<String, BigDecimal> e : shares) {
            CountyShare s = new CountyShare();
            s.planId = p.id;
            s.countyCode = e.getKey();
            s.amount = e.getValue();
            s.allocated = BigDecimal.ZERO;
            s.persist();
        }
    }
}
