package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.funding.policy.PolicyService;
import cn.gov.xinxiang.agri.funding.policy.FundingPolicy;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public FundingPlan create(PlanDtos.PlanRequest r) {
        user.requireActing(Role.CITY);
        policies.require(r.fiscalYear());
        List<PlanRules.ShareLine> shares = checkCounties(r.countyShares(), Set.of());
        PlanFigures f = Refusals.orThrow(PlanRules.draft(r.fiscalYear(), figures(r), shares, FundingPlan.count("fiscalYear", r.fiscalYear()) > 0));
        Instant now = clock.instant();
        FundingPlan p = new FundingPlan();
        p.id = UUID.randomUUID();
        p.fiscalYear = r.fiscalYear();
        p.regionCode = user.region().value();
        p.status = PlanStatus.DRAFT;
        p.apply(f);
        p.createdBy = user.subject();
        p.createdAt = now;
        p.updatedAt = now;
        p.persist();
        saveShares(p, shares);
        // written now, so that the created plan's view (and a constraint it breaks) comes from the stored rows
        em.flush();
        return p;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FundingPlan update(UUID id, PlanDtos.PlanRequest r, String ifMatch) {
        user.requireActing(Role.CITY);
        FundingPlan p = get(id);
        ETags.require(ifMatch, p.version);
        Refusals.orThrow(Decision.of(PlanRules.mayRedraft(p.id, p.status, p.fiscalYear, r.fiscalYear()), p));
        List<PlanRules.ShareLine> shares = checkCounties(r.countyShares(), Set.of());
        PlanFigures f = Refusals.orThrow(PlanRules.redraft(figures(r), shares));
        p.apply(f);
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
        user.requireActing(Role.CITY);
        FundingPlan p = get(id);
        ETags.require(ifMatch, p.version);
        List<PlanRules.ShareLine> shares = sharesOf(p.id).stream().map(CountyShare::line).toList();
        FundingPolicy policy = policies.require(p.fiscalYear);
        Instant now = clock.instant();
        PlanRules.Publication pub = Refusals.orThrow(PlanRules.publish(new PlanRules.PublishFacts(p.id, p.fiscalYear, p.status, p.figures(),
                shares, policy.industryShareFloor(), policy.leadingShareFloor(), r == null ? null : r.justification(), p.justification,
                user.subject(), now)));
        if (pub.justification() != null) {
            p.justification = pub.justification();
            p.justifiedBy = user.subject();
            p.justifiedAt = now;
        }
        p.status = PlanStatus.PUBLISHED;
        p.publishedBy = user.subject();
        p.publishedAt = now;
        p.updatedAt = now;
        p.planVersion = 1;
        recordVersion(p, PlanVersion.PUBLICATION, null, pub.breaches(), shares, now);
        outbox.append(FundingEvents.AGGREGATE, p.id.toString(), FundingEvents.PLAN_PUBLISHED_V1, pub.event());
        return p;
    }

    /**
     * Amends (调整) a published plan as its next version, with a reason. The amended figures and split are
     * checked as a draft's are, must be fully split, and must still hold every allocation already made (per
     * county, per county and use, per use; 422 naming the allocations otherwise). The year's floors and
     * negative list are checked again from the policy store: a version that breaks one needs the city's
     * justification, recorded with it. The plan row and its county shares become the new version; every
     * version stays readable.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FundingPlan amend(UUID id, PlanDtos.AmendmentRequest r, String ifMatch) {
        user.requireActing(Role.CITY);
        FundingPlan p = get(id);
        ETags.require(ifMatch, p.version);
        Refusals.orThrow(Decision.of(PlanRules.mayAmend(p.id, p.status), p));
        // Allocations lock the plan row before their county share; so does this, so neither overtakes the other.
        // The shares are locked too: a revocation (which locks its allocation, then the share) waits, or is waited for,
        // and never loses its change of allocated to this write.
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        List<CountyShare> current = CountyShare.<CountyShare>find("planId", Sort.by("countyCode"), p.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Set<String> inPlan = current.stream().map(s -> s.countyCode).collect(Collectors.toSet());
        List<PlanRules.ShareLine> shares = checkCounties(r.countyShares(), inPlan);
        PlanDtos.Sources src = r.sources() == null
                ? new PlanDtos.Sources(p.centralAmount, p.provincialAmount, p.cityAmount, p.countyAmount) : r.sources();
        PlanFigures f = figures(src, r.uses());
        FundingPolicy policy = policies.require(p.fiscalYear);
        Instant now = clock.instant();
        PlanRules.Amendment change = Refusals.orThrow(PlanRules.amend(new PlanRules.AmendFacts(p.id, p.fiscalYear, p.planVersion, p.figures(),
                current.stream().map(CountyShare::line).toList(), f, shares, held(p.id), policy.industryShareFloor(), policy.leadingShareFloor(),
                policy.negativeCodes(), r.justification(), r.reason(), user.subject(), now)));
        p.apply(f);
        if (change.justification() == null) {
            p.justification = null;
            p.justifiedBy = null;
            p.justifiedAt = null;
        } else {
            p.justification = change.justification();
            p.justifiedBy = user.subject();
            p.justifiedAt = now;
        }
        p.updatedAt = now;
        p.planVersion = change.versionNo();
        // The shares keep their rows (and what is allocated from them); counties leaving the plan hold nothing (checked above).
        Map<String, CountyShare> byCounty = current.stream().collect(Collectors.toMap(s -> s.countyCode, s -> s));
        for (PlanRules.ShareLine line : shares) {
            CountyShare s = byCounty.remove(line.countyCode());
            if (s == null) {
                newShare(p, line);
            } else {
                s.apply(line);
            }
        }
        for (CountyShare gone : byCounty.values()) {
            gone.delete();
        }
        recordVersion(p, PlanVersion.AMENDMENT, r.reason().strip(), change.breaches(), shares, now);
        outbox.append(FundingEvents.AGGREGATE, p.id.toString(), FundingEvents.PLAN_AMENDED_V1, change.event());
        return p;
    }

    /** Where a plan stands against its year's floors (from the policy store). */
    public PlanRules.FloorCheck floors(FundingPlan p) {
        FundingPolicy policy = policies.require(p.fiscalYear);
        return PlanRules.floors(p.figures(), policy.industryShareFloor(), policy.leadingShareFloor());
    }

    /** The versions of a plan the caller may see, oldest first. */
    public Page<PlanVersion> versions(UUID planId, PageRequest page) {
        FundingPlan p = get(planId);
        var q = PlanVersion.<PlanVersion>find("planId", Sort.by("versionNo"), p.id);
        return new Page<>(q.page(page.page(), page.size()).list(), page.page(), page.size(), q.count());
    }

    public PlanVersion version(UUID planId, int n) {
        FundingPlan p = get(planId);
        PlanVersion v = PlanVersion.findById(new PlanVersion.Key(p.id, n));
        if (v == null) {
            throw ProblemException.notFound("plan version", planId + "/" + n);
        }
        return v;
    }

    /** A version's county shares the caller may see (all for city users, their own county below). */
    public List<PlanVersionShare> visibleVersionShares(PlanVersion v) {
        return PlanVersionShare.<PlanVersionShare>find("planId = :plan and versionNo = :n and " + RegionScope.clause("countyCode"), Sort.by("countyCode"),
                shareScope().parameters().and("plan", v.planId).and("n", v.versionNo)).list();
    }

    /** What each allocation of the plan holds now, with its county, use and purpose. */
    public List<PlanRules.Held> held(UUID planId) {
        List<Object[]> rows = em.createQuery("select a.id, a.countyCode, a.use, a.purposeCode, a.amount from Allocation a where a.planId = :plan "
                        + "order by a.createdAt, a.id", Object[].class)
                .setParameter("plan", planId).getResultList();
        return rows.stream().map(r -> new PlanRules.Held((UUID) r[0], (String) r[1], (FundUse) r[2], (String) r[3], (BigDecimal) r[4])).toList();
    }

    private PlanVersion recordVersion(FundingPlan p, String kind, String reason, Set<PlanRules.Breach> breaches,
                                      List<PlanRules.ShareLine> shares, Instant now) {
        PlanVersion v = new PlanVersion();
        v.planId = p.id;
        v.versionNo = p.planVersion;
        v.apply(p.figures());
        v.kind = kind;
        v.reason = reason;
        v.breaches = breaches.stream().map(b -> b.slug).collect(Collectors.joining(","));
        v.justification = breaches.isEmpty() && PlanVersion.AMENDMENT.equals(kind) ? null : p.justification;
        v.justifiedBy = v.justification == null ? null : p.justifiedBy;
        v.justifiedAt = v.justification == null ? null : p.justifiedAt;
        v.madeBy = user.subject();
        v.madeAt = now;
        v.persist();
        for (PlanRules.ShareLine line : shares) {
            PlanVersionShare s = new PlanVersionShare();
            s.planId = p.id;
            s.versionNo = v.versionNo;
            s.countyCode = line.countyCode();
            s.apply(line);
            s.persist();
        }
        return v;
    }

    /**
     * A plan the caller may see: plans are city documents, so the caller sees those of their own city
     * (and, for a province-level auditor, those in their subtree). Filtered in the query.
     */
    public FundingPlan get(UUID id) {
        return FundingPlan.<FundingPlan>find("id = :id and (" + RegionScope.clause("regionCode") + " or regionCode = :city)",
                        user.scope().parameters().and("id", id).and("city", cityOfCaller()))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("plan", id));
    }

    public Optional<FundingPlan> byYear(int year) {
        return FundingPlan.<FundingPlan>find("fiscalYear = :year and (" + RegionScope.clause("regionCode") + " or regionCode = :city)",
                        user.scope().parameters().and("year", year).and("city", cityOfCaller()))
                .firstResultOptional();
    }

    public List<FundingPlan> list() {
        return FundingPlan.<FundingPlan>find(RegionScope.clause("regionCode") + " or regionCode = :city", Sort.descending("fiscalYear"),
                user.scope().parameters().and("city", cityOfCaller())).list();
    }

    /** All county shares of a plan, for rules that need the whole split. */
    public List<CountyShare> sharesOf(UUID planId) {
        return CountyShare.<CountyShare>find("planId", Sort.by("countyCode"), planId).list();
    }

    /** The county shares the caller may see: every county for city users, their own county below. */
    public List<CountyShare> visibleShares(UUID planId) {
        return CountyShare.<CountyShare>find("planId = :plan and " + RegionScope.clause("countyCode"), Sort.by("countyCode"),
                shareScope().parameters().and("plan", planId)).list();
    }

    /** The county codes whose shares the caller sees: the caller's subtree, or the county the caller sits in. */
    public RegionScope shareScope() {
        RegionCode r = user.region();
        return r.tier().ordinal() > Tier.COUNTY.ordinal() ? RegionScope.of(r.at(Tier.COUNTY)) : user.scope();
    }

    private String cityOfCaller() {
        RegionCode r = user.region();
        return r.tier().ordinal() >= Tier.CITY.ordinal() ? r.at(Tier.CITY).value() : "-";
    }

    /** Resolves the requested shares; counties already in the plan ({@code kept}) may stay even if since retired. */
    private List<PlanRules.ShareLine> checkCounties(List<PlanDtos.CountyShareRequest> requested, Set<String> kept) {
        RegionCode city = user.region();
        List<PlanRules.ShareLine> out = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            RegionCode county = Refusals.orThrow(PlanRules.county(i, requested.get(i).countyCode(), city, regions::known));
            // 422 region-retired for a county-level unit that left the official list.
            if (!kept.contains(county.value())) {
                regions.requireActive("countyShares[" + i + "].countyCode", county);
            }
            PlanDtos.CountyUses uses = requested.get(i).uses();
            out.add(new PlanRules.ShareLine(county.value(), requested.get(i).amount(), uses == null ? null : uses.split()));
        }
        return out;
    }

    private static PlanFigures figures(PlanDtos.PlanRequest r) {
        return figures(r.sources(), r.uses());
    }

    private static PlanFigures figures(PlanDtos.Sources s, PlanDtos.Uses u) {
        return new PlanFigures(s.central(), s.provincial(), s.city(), s.county(),
                u.industryDevelopment(), u.leadingIndustry(), u.infrastructure(), u.employment(), u.other());
    }

    private static void saveShares(FundingPlan p, List<PlanRules.ShareLine> shares) {
        shares.forEach(line -> newShare(p, line));
    }

    /** A county's new share of the plan, nothing allocated from it yet. */
    private static void newShare(FundingPlan p, PlanRules.ShareLine line) {
        CountyShare s = new CountyShare();
        s.planId = p.id;
        s.countyCode = line.countyCode();
        s.apply(line);
        s.allocated = BigDecimal.ZERO;
        s.persist();
    }
}
