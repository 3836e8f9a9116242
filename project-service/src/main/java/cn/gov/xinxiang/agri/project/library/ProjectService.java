package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.industry.LeadingIndustryService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProjectService {

    @Inject
    CurrentUser user;

    @Inject
    RegionDirectory regions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    LeadingIndustryService leadingIndustries;

    /** List filters; all optional. */
    public record Filter(Integer fiscalYear, String regionCode, ProjectStatus status, IndustryCategory industryCategory,
                         Boolean leadingIndustry, String leadingIndustryCode, String entityCreditCode, String sort) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Project createDraft(ProjectDtos.DraftRequest request) {
        user.require(Role.VILLAGE);
        RegionCode region = checkRegion(request);
        regions.requireActive("regionCode", region);
        Refusals.orThrow(ProjectRules.ownVillage(region, user.region()));
        checkContent(request, region);
        Instant now = clock.instant();
        Project p = new Project();
        p.id = UUID.randomUUID();
        long seq = ((Number) em.createNativeQuery("select nextval('project_code_seq')").getSingleResult()).longValue();
        p.code = String.format("XM%d-%s-%05d", request.fiscalYear(), region.value().substring(0, 6), seq);
        p.regionCode = region.value();
        p.countyCode = region.at(Tier.COUNTY).value();
        p.status = ProjectStatus.DRAFT;
        p.createdBy = user.subject();
        p.createdAt = now;
        apply(p, request, now);
        p.persist();
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.DRAFTED_V1,
                new ProjectDraftedV1(p.id.toString(), p.code, p.name, p.fiscalYear, p.regionCode, p.industryCategory.name(),
                        p.createdBy, p.createdAt));
        return p;
    }

    /** Full replacement of a draft's content by its village, guarded by If-Match. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project update(UUID id, String ifMatch, ProjectDtos.DraftRequest request) {
        Project p = get(id);
        user.require(Role.VILLAGE);
        ETags.require(ifMatch, p.version);
        Refusals.orThrow(Decision.of(ProjectRules.editable(p.status), p));
        RegionCode region = checkRegion(request);
        Refusals.orThrow(Decision.of(ProjectRules.keepsPlaceAndYear(p, region.value(), request.fiscalYear()), p));
        checkContent(request, region);
        apply(p, request, clock.instant());
        return p;
    }

    private RegionCode checkRegion(ProjectDtos.DraftRequest request) {
        return Refusals.orThrow(ProjectRules.draftVillage(request.regionCode(), regions::known));
    }

    private void checkContent(ProjectDtos.DraftRequest request, RegionCode region) {
        List<Violation> errors = new ArrayList<>(ProjectRules.draftViolations(request));
        String lead = request.leadingIndustryCode();
        if (lead != null && !lead.isBlank()
                && !leadingIndustries.exists(region.at(Tier.COUNTY).value(), request.fiscalYear(), lead)) {
            errors.add(Violation.field("leadingIndustryCode", "project.not-leading-industry", lead,
                    regions.nameOf(region.at(Tier.COUNTY)), request.fiscalYear()));
        }
        Refusals.orThrow(Decision.of(errors, request));
    }

    private static void apply(Project p, ProjectDtos.DraftRequest r, Instant now) {
        p.name = r.name().strip();
        p.fiscalYear = r.fiscalYear();
        p.industryCategory = r.industryCategory();
        p.description = r.description();
        p.leadingIndustryCode = r.leadingIndustryCode() == null || r.leadingIndustryCode().isBlank() ? null : r.leadingIndustryCode();
        ProjectDtos.Investment inv = r.investment();
        p.investmentLinkageFunds = inv == null ? BigDecimal.ZERO : inv.linkageFunds();
        p.investmentOtherFiscal = inv == null ? BigDecimal.ZERO : inv.otherFiscal();
        p.investmentSelfRaised = inv == null ? BigDecimal.ZERO : inv.selfRaised();
        p.investmentCredit = inv == null ? BigDecimal.ZERO : inv.credit();
        p.investmentTotal = inv == null ? BigDecimal.ZERO : inv.total();
        p.participants.clear();
        if (r.participants() != null) {
            for (ProjectDtos.ParticipantDto d : r.participants()) {
                Project.Participant e = new Project.Participant();
                e.role = d.role();
                e.entityType = d.entityType();
                e.name = d.name().strip();
                e.creditCode = d.creditCode() == null || d.creditCode().isBlank() ? null : d.creditCode();
                p.participants.add(e);
            }
        }
        p.mechanisms.clear();
        if (r.mechanisms() != null) {
            for (ProjectDtos.MechanismDto d : r.mechanisms()) {
                Project.Mechanism m = new Project.Mechanism();
                m.type = d.type();
                m.plannedPovertyAlleviated = d.plannedPovertyAlleviated();
                m.plannedMonitored = d.plannedMonitored();
                m.plannedOther = d.plannedOther();
                m.expectedIncomePerHousehold = d.expectedIncomePerHousehold();
                m.description = d.description();
                p.mechanisms.add(m);
            }
        }
        p.targets.clear();
        if (r.performanceTargets() != null) {
            for (ProjectDtos.TargetDto d : r.performanceTargets()) {
                Project.Target t = new Project.Target();
                t.indicator = d.indicator().strip();
                t.targetValue = d.value().strip();
                t.unit = d.unit();
                p.targets.add(t);
            }
        }
        p.updatedAt = now;
    }

    /** A project in the caller's region subtree; 404 otherwise, even when it exists elsewhere. */
    public Project get(UUID id) {
        return Project.<Project>find("id = :id and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("id", id))
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("project", id));
    }

    /**
     * {@link #get} with the five collections the full view shows fetched in the same query (they are indexed lists,
     * so the joins cannot duplicate elements): one round trip instead of six for {@code GET /projects/{id}}.
     */
    public Project getForView(UUID id) {
        return Project.<Project>find("select p from Project p left join fetch p.participants left join fetch p.mechanisms"
                                + " left join fetch p.targets left join fetch p.reviewChecks left join fetch p.assets"
                                + " where p.id = :id and " + RegionScope.clause("p.regionCode"),
                        user.scope().parameters().and("id", id))
                // not firstResult: with collection fetches Hibernate would apply the limit in memory (and warn); the
                // fetched rows are one entity, which Hibernate 6 returns once
                .singleResultOptional()
                .orElseThrow(() -> ProblemException.notFound("project", id));
    }

    public Page<Project> list(Filter f, PageRequest page) {
        StringBuilder q = new StringBuilder("from Project p where " + RegionScope.clause("p.regionCode"));
        Parameters params = user.scope().parameters();
        if (f.fiscalYear() != null) {
            q.append(" and p.fiscalYear = :year");
            params.and("year", f.fiscalYear());
        }
        // At county tier or below, an equality on the county column (the region's county, set with it) lets
        // project_county_year_created serve county + year + the default order, and the page's count(*) from the index
        // alone (it includes region_code for the LIKE clauses).
        RegionCode narrowest = user.scope().root();
        if (f.regionCode() != null) {
            RegionCode r = QueryParameters.regionCode("regionCode", f.regionCode());
            // A narrower subtree inside the caller's scope; a region outside it simply matches nothing. A county is
            // its county equality alone: the same rows, and a LIKE beside it would make the planner count them twice
            // (it takes the two for independent and expects a tenth of the rows, then prefers sorting them).
            if (r.tier() != Tier.COUNTY) {
                q.append(" and ").append(RegionScope.clause("p.regionCode", "sub"));
                RegionScope.of(r).bind(params, "sub");
            }
            if (r.tier().ordinal() >= narrowest.tier().ordinal()) {
                narrowest = r;
            }
        }
        if (narrowest.tier().ordinal() >= Tier.COUNTY.ordinal()) {
            q.append(" and p.countyCode = :county");
            params.and("county", narrowest.at(Tier.COUNTY).value());
        }
        if (f.status() != null) {
            q.append(" and p.status = :status");
            params.and("status", f.status());
        }
        if (f.industryCategory() != null) {
            q.append(" and p.industryCategory = :category");
            params.and("category", f.industryCategory());
        }
        if (f.leadingIndustry() != null) {
            q.append(f.leadingIndustry() ? " and p.leadingIndustryCode is not null" : " and p.leadingIndustryCode is null");
        }
        if (f.leadingIndustryCode() != null) {
            q.append(" and p.leadingIndustryCode = :lead");
            params.and("lead", f.leadingIndustryCode());
        }
        if (f.entityCreditCode() != null) {
            q.append(" and exists (select 1 from Project q join q.participants pa where q.id = p.id and pa.creditCode = :entity)");
            params.and("entity", f.entityCreditCode());
        }
        Sort sort = switch (f.sort() == null ? "-createdAt" : f.sort()) {
            // the tie-break runs the same way as the time, so (created_at, id) is one direction: an index scan serves
            // both orders (either way up) and a keyset page can continue with a row comparison
            case "-createdAt" -> Sort.descending("p.createdAt", "p.id");
            case "createdAt" -> Sort.ascending("p.createdAt", "p.id");
            case "code" -> Sort.ascending("p.code");
            case "-code" -> Sort.descending("p.code");
            case "totalInvestment" -> Sort.ascending("p.investmentTotal").and("p.id");
            case "-totalInvestment" -> Sort.descending("p.investmentTotal").and("p.id");
            // the column's collation (zh-x-icu) gives pinyin order
            case "name" -> Sort.ascending("p.name").and("p.id");
            case "-name" -> Sort.descending("p.name").and("p.id");
            default -> throw QueryParameters.notOneOf("sort", "createdAt", "-createdAt", "code", "-code", "totalInvestment", "-totalInvestment",
                    "name", "-name");
        };
        var query = Project.<Project>find(q.toString(), sort, params);
        return Page.of(query, page);
    }
}
