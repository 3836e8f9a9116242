package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.paging.ScopedWhere;
import cn.gov.xinxiang.agri.contracts.Correction;
import cn.gov.xinxiang.agri.contracts.entity.OperatingEntityEvents;
import cn.gov.xinxiang.agri.contracts.entity.OperatingEntityRegisteredV1;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
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
import cn.gov.xinxiang.agri.project.industry.LeadingIndustryService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of operating entities. Reads and writes are limited to the caller's region subtree (an entity outside
 * it is a 404, even by its code); a record is changed only by a correction with a reason, kept as the next version.
 */
@ApplicationScoped
public class EntityService {

    /** The tiers whose users keep the registry; auditors and service accounts read only. */
    static final Role[] WRITERS = {Role.CITY, Role.COUNTY, Role.TOWNSHIP, Role.VILLAGE};

    @Inject
    CurrentUser user;
    @Inject
    RegionDirectory regions;
    @Inject
    LeadingIndustryService leadingIndustries;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    /** List filters; all optional. */
    public record Filter(EntityKind kind, EnterpriseLevel level, String regionCode, String q, String leadingIndustryCode, String sort) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OperatingEntity register(EntityDtos.RegisterRequest req) {
        user.require(WRITERS);
        String code = EntityRules.normalise(req.creditCode());
        RegionCode region = check(code, req);
        Refusals.orThrow(EntityRules.newEntry(code, OperatingEntity.findByIdOptional(code).isPresent()));
        Instant now = clock.instant();
        OperatingEntity e = new OperatingEntity();
        e.creditCode = code;
        e.createdBy = user.subject();
        e.createdAt = now;
        e.versionNo = 1;
        // every column before persist: Hibernate inserts the state it had then
        e.updatedBy = user.subject();
        apply(e, req, region, now);
        e.persist();
        recordVersion(e, null, now);
        outbox.append(OperatingEntityEvents.AGGREGATE, e.creditCode, OperatingEntityEvents.OPERATING_ENTITY_REGISTERED_V1, event(e, null));
        return e;
    }

    /**
     * Corrects the record as a new version with the reason (If-Match with the version). The row is locked first, so of
     * two corrections sent with the same version one wins and the other gets 412.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OperatingEntity correct(String creditCode, String ifMatch, EntityDtos.CorrectionRequest req) {
        OperatingEntity e = get(creditCode, LockModeType.PESSIMISTIC_WRITE);
        user.require(WRITERS);
        ETags.require(ifMatch, e.versionNo);
        RegionCode region = check(null, req);
        Instant now = clock.instant();
        int previous = e.versionNo;
        apply(e, req, region, now);
        e.updatedBy = user.subject();
        e.versionNo = previous + 1;
        Correction correction = new Correction(previous, req.reason().strip(), user.subject(), user.role().tier.name(), null, null, now);
        recordVersion(e, correction.reason(), now);
        outbox.append(OperatingEntityEvents.AGGREGATE, e.creditCode, OperatingEntityEvents.OPERATING_ENTITY_REGISTERED_V1, event(e, correction));
        return e;
    }

    /** Field rules, then the region (known, active, county tier or below, inside the caller's region) and the leading industry. */
    private RegionCode check(String creditCode, EntityDtos.Content c) {
        RegionCode region = RegionCode.parse(c.regionCode()).orElse(null);
        boolean countyOrBelow = region != null && region.tier().ordinal() >= Tier.COUNTY.ordinal();
        String lead = blankToNull(c.leadingIndustryCode());
        boolean leading = lead == null || !countyOrBelow || leadingIndustries.existsInAnyYear(region.at(Tier.COUNTY).value(), lead);
        List<Violation> errors = new ArrayList<>(EntityRules.violations(creditCode, c));
        errors.addAll(EntityRules.placementViolations(region, region != null && regions.known(region), lead, leading,
                leading ? null : regions.nameOf(region.at(Tier.COUNTY))));
        Refusals.orThrow(Decision.of(errors, c));
        regions.requireActive("regionCode", region);
        return Refusals.orThrow(EntityRules.inCallerRegion(region, user.scope().covers(region)));
    }

    private static void apply(OperatingEntity e, EntityDtos.Content c, RegionCode region, Instant now) {
        e.name = c.name().strip();
        e.kind = c.kind();
        e.level = c.level();
        e.regionCode = region.value();
        e.countyCode = region.at(Tier.COUNTY).value();
        e.leadingIndustryCode = blankToNull(c.leadingIndustryCode());
        e.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An entity in the caller's region subtree; 404 otherwise, even when it is registered elsewhere. */
    public OperatingEntity get(String creditCode) {
        return get(creditCode, LockModeType.NONE);
    }

    private OperatingEntity get(String creditCode, LockModeType lock) {
        String code = EntityRules.normalise(creditCode);
        return OperatingEntity.<OperatingEntity>find("creditCode = :code and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("code", code))
                .withLock(lock).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("operating-entity", code));
    }

    /**
     * The registered entity with this code wherever it is registered, for a project or consortium that names it: the
     * registry is the public record of who is who (the credit code itself is public), and the link is checked against
     * the project's or consortium's own region by its caller.
     */
    public Optional<OperatingEntity> registered(String creditCode) {
        String code = EntityRules.normalise(creditCode);
        return code == null || code.isEmpty() ? Optional.empty() : OperatingEntity.findByIdOptional(code);
    }

    public Page<OperatingEntity> list(Filter f, PageRequest page) {
        // a narrower subtree inside the caller's scope; one outside it simply matches nothing
        RegionCode subtree = QueryParameters.optionalRegionCode("regionCode", f.regionCode());
        RegionScope narrower = subtree == null ? null : RegionScope.of(subtree);
        String term = f.q() == null ? null : f.q().strip();
        Refusals.orThrow(Decision.of(EntityRules.queryViolations(term), f));
        ScopedWhere w = ScopedWhere.within(user.scope(), "e.regionCode", narrower)
                .and("e.kind = :kind", "kind", f.kind())
                .and("e.level = :level", "level", f.level())
                // a substring of the Chinese name (the trigram index serves three characters or more)
                .and("e.name like :q escape '!'", "q", term == null || term.isEmpty() ? null
                        : "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .and("e.leadingIndustryCode = :lead", "lead", f.leadingIndustryCode());
        Sort sort = switch (f.sort() == null ? "name" : f.sort()) {
            // the column's collation (zh-x-icu) gives pinyin order
            case "name" -> Sort.ascending("e.name").and("e.creditCode");
            case "-name" -> Sort.descending("e.name").and("e.creditCode");
            case "creditCode" -> Sort.ascending("e.creditCode");
            case "-updatedAt" -> Sort.descending("e.updatedAt").and("e.creditCode");
            default -> throw QueryParameters.notOneOf("sort", "name", "-name", "creditCode", "-updatedAt");
        };
        return Page.of(OperatingEntity.<OperatingEntity>find("from OperatingEntity e where " + w.jpql(), sort, w.parameters()), page);
    }

    public EntityDtos.EntityView view(OperatingEntity e) {
        return new EntityDtos.EntityView(e.creditCode, e.name, e.kind, e.kind.label, e.level, e.level == null ? null : e.level.label,
                e.regionCode, regions.nameOf(RegionCode.of(e.regionCode)), e.countyCode, e.leadingIndustryCode, e.versionNo,
                e.createdBy, e.createdAt, e.updatedBy, e.updatedAt);
    }

    /** Every version of the entity's record, oldest first. */
    @SuppressWarnings("unchecked")
    public List<EntityDtos.VersionView> versions(String creditCode) {
        OperatingEntity e = get(creditCode);
        List<Object[]> rows = em.createNativeQuery("select version_no, cast(content as text), reason, recorded_by, recorded_tier, recorded_at "
                        + "from operating_entity_version where credit_code = ?1 order by version_no")
                .setParameter(1, e.creditCode).getResultList();
        return rows.stream().map(r -> {
            int n = ((Number) r[0]).intValue();
            try {
                return new EntityDtos.VersionView(n, mapper.readValue((String) r[1], EntityDtos.EntityView.class), (String) r[2], (String) r[3],
                        (String) r[4], Versions.instant(r[5]), n == e.versionNo);
            } catch (java.io.IOException ex) {
                throw new IllegalStateException("operating_entity_version content is not an EntityView", ex);
            }
        }).toList();
    }

    private void recordVersion(OperatingEntity e, String reason, Instant at) {
        String json;
        try {
            json = mapper.writeValueAsString(view(e));
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
        em.createNativeQuery("insert into operating_entity_version (credit_code, version_no, content, reason, recorded_by, recorded_tier, recorded_at) "
                        + "values (?1, ?2, cast(?3 as jsonb), ?4, ?5, ?6, ?7)")
                .setParameter(1, e.creditCode).setParameter(2, e.versionNo).setParameter(3, json).setParameter(4, reason)
                .setParameter(5, user.subject()).setParameter(6, user.role().tier.name()).setParameter(7, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
    }

    private OperatingEntityRegisteredV1 event(OperatingEntity e, Correction correction) {
        return new OperatingEntityRegisteredV1(e.creditCode, e.name, e.kind.name(), e.level == null ? null : e.level.name(), e.regionCode,
                e.countyCode, e.leadingIndustryCode, e.versionNo, user.subject(), e.updatedAt, correction);
    }
}
