package cn.gov.xinxiang.agri.project.consortium;

import cn.gov.xinxiang.agri.platform.paging.ScopedWhere;
import cn.gov.xinxiang.agri.contracts.Correction;
import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumEvents;
import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumRecordedV1;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import cn.gov.xinxiang.agri.project.entity.EntityRules;
import cn.gov.xinxiang.agri.project.entity.EntityService;
import cn.gov.xinxiang.agri.project.entity.OperatingEntity;
import cn.gov.xinxiang.agri.project.entity.Versions;
import cn.gov.xinxiang.agri.project.industry.LeadingIndustryService;
import cn.gov.xinxiang.agri.project.programmes.ProgrammeRules;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Consortia of a county: recorded and corrected by the county (or the city), read within the caller's region (a
 * consortium belongs to its county, so township and village users see none). A correction is the next version with
 * its reason; every version stays readable.
 */
@ApplicationScoped
public class ConsortiumService {

    static final Role[] WRITERS = {Role.CITY, Role.COUNTY};

    @Inject
    CurrentUser user;
    @Inject
    RegionDirectory regions;
    @Inject
    LeadingIndustryService leadingIndustries;
    @Inject
    EntityService entities;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    public record Filter(String countyCode, Integer year, String leadingIndustryCode, String sort) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Consortium create(ConsortiumDtos.CreateRequest req) {
        user.require(WRITERS);
        RegionCode county = Refusals.orThrow(ProgrammeRules.county("countyCode", req.countyCode(), regions::known));
        regions.requireActive("countyCode", county);
        int thisYear = LocalDate.ofInstant(clock.instant(), ClockProducer.BUSINESS_ZONE).getYear();
        Refusals.orThrow(ConsortiumRules.placement(county, user.scope().covers(county), req.year(), thisYear));
        Map<String, OperatingEntity> named = check(req, county.value(), req.year());
        Instant now = clock.instant();
        Consortium c = new Consortium();
        c.id = UUID.randomUUID();
        c.countyCode = county.value();
        c.year = req.year();
        c.createdBy = user.subject();
        c.createdAt = now;
        c.versionNo = 1;
        // every column before persist: Hibernate inserts the state it had then
        c.updatedBy = user.subject();
        apply(c, req, now);
        c.persist();
        record(c, named, null, now);
        return c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Consortium correct(UUID id, String ifMatch, ConsortiumDtos.CorrectionRequest req) {
        Consortium c = get(id, LockModeType.PESSIMISTIC_WRITE);
        user.require(WRITERS);
        ETags.require(ifMatch, c.versionNo);
        Map<String, OperatingEntity> named = check(req, c.countyCode, c.year);
        Instant now = clock.instant();
        int previous = c.versionNo;
        apply(c, req, now);
        c.updatedBy = user.subject();
        c.versionNo = previous + 1;
        record(c, named, new Correction(previous, req.reason().strip(), user.subject(), user.role().tier.name(), null, null, now), now);
        return c;
    }

    /** Field rules, then what the registry and the county's leading industries say; every problem at once. The entities named, by code. */
    private Map<String, OperatingEntity> check(ConsortiumDtos.Content req, String countyCode, int year) {
        Refusals.orThrow(Decision.of(ConsortiumRules.violations(req), req));
        String industry = req.leadingIndustryCode().strip();
        Map<String, OperatingEntity> registered = new HashMap<>();
        List<String> codes = new ArrayList<>();
        codes.add(EntityRules.normalise(req.leadEnterpriseCreditCode()));
        (req.members() == null ? List.<ConsortiumDtos.MemberDto>of() : req.members()).forEach(m -> codes.add(EntityRules.normalise(m.creditCode())));
        codes.forEach(code -> entities.registered(code).ifPresent(e -> registered.put(code, e)));
        return Refusals.orThrow(ConsortiumRules.named(req, leadingIndustries.exists(countyCode, year, industry),
                regions.nameOf(RegionCode.of(countyCode)), year, registered));
    }

    private static void apply(Consortium c, ConsortiumDtos.Content r, Instant now) {
        c.name = r.name().strip();
        c.leadingIndustryCode = r.leadingIndustryCode().strip();
        c.leadCreditCode = EntityRules.normalise(r.leadEnterpriseCreditCode());
        c.employedHouseholds = r.employedHouseholds();
        c.linkedHouseholds = r.linkedHouseholds();
        c.description = r.description() == null || r.description().isBlank() ? null : r.description().strip();
        c.members.clear();
        for (ConsortiumDtos.MemberDto d : r.members() == null ? List.<ConsortiumDtos.MemberDto>of() : r.members()) {
            Consortium.Member m = new Consortium.Member();
            m.creditCode = EntityRules.normalise(d.creditCode());
            m.role = d.role();
            c.members.add(m);
        }
        c.links.clear();
        for (ConsortiumDtos.LinkDto d : r.links() == null ? List.<ConsortiumDtos.LinkDto>of() : r.links()) {
            Consortium.Link k = new Consortium.Link();
            k.kind = d.kind();
            k.product = d.product().strip();
            k.quantity = d.quantity();
            k.unit = d.unit().strip();
            k.households = d.households();
            k.amount = d.amount();
            c.links.add(k);
        }
        c.financing.clear();
        for (ConsortiumDtos.FinancingDto d : r.financing() == null ? List.<ConsortiumDtos.FinancingDto>of() : r.financing()) {
            Consortium.Financing f = new Consortium.Financing();
            f.institution = d.institution().strip();
            f.product = d.product().strip();
            f.amount = d.amount();
            c.financing.add(f);
        }
        c.updatedAt = now;
    }

    /** The version row and the event, in the transaction of the change. */
    private void record(Consortium c, Map<String, OperatingEntity> named, Correction correction, Instant now) {
        String json;
        try {
            json = mapper.writeValueAsString(view(c, named));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("insert into consortium_version (consortium_id, version_no, content, reason, recorded_by, recorded_tier, recorded_at) "
                        + "values (?1, ?2, cast(?3 as jsonb), ?4, ?5, ?6, ?7)")
                .setParameter(1, c.id).setParameter(2, c.versionNo).setParameter(3, json).setParameter(4, correction == null ? null : correction.reason())
                .setParameter(5, user.subject()).setParameter(6, user.role().tier.name()).setParameter(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        outbox.append(ConsortiumEvents.AGGREGATE, c.id.toString(), ConsortiumEvents.CONSORTIUM_RECORDED_V1, new ConsortiumRecordedV1(
                c.id.toString(), c.name, c.countyCode, c.year, c.leadingIndustryCode, c.leadCreditCode,
                c.members.stream().map(m -> new ConsortiumRecordedV1.Member(m.creditCode, named.get(m.creditCode).kind.name(), m.role.name())).toList(),
                c.employedHouseholds, c.linkedHouseholds,
                c.links.stream().map(k -> new ConsortiumRecordedV1.Link(k.kind.name(), k.product, k.quantity, k.unit, k.households, k.amount)).toList(),
                c.financing.stream().map(f -> new ConsortiumRecordedV1.Financing(f.institution, f.product, f.amount)).toList(),
                c.versionNo, user.subject(), now, correction));
    }

    /** A consortium of a county in the caller's region; 404 otherwise, even when it exists elsewhere. */
    public Consortium get(UUID id) {
        return get(id, LockModeType.NONE);
    }

    private Consortium get(UUID id, LockModeType lock) {
        return Consortium.<Consortium>find("id = :id and " + RegionScope.clause("countyCode"), user.scope().parameters().and("id", id))
                .withLock(lock).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("consortium", id));
    }

    public ConsortiumDtos.ConsortiumView view(Consortium c) {
        Set<String> codes = new java.util.HashSet<>();
        codes.add(c.leadCreditCode);
        c.members.forEach(m -> codes.add(m.creditCode));
        Map<String, OperatingEntity> named = OperatingEntity.<OperatingEntity>list("creditCode in ?1", codes).stream()
                .collect(Collectors.toMap(e -> e.creditCode, e -> e));
        return view(c, named);
    }

    private ConsortiumDtos.ConsortiumView view(Consortium c, Map<String, OperatingEntity> named) {
        String industryName = leadingIndustries.list(RegionCode.of(c.countyCode), c.year).stream()
                .filter(i -> i.code().equals(c.leadingIndustryCode)).map(LeadingIndustryService.Industry::name).findFirst().orElse(null);
        return new ConsortiumDtos.ConsortiumView(c.id, c.name, c.countyCode, regions.nameOf(RegionCode.of(c.countyCode)), c.year,
                c.leadingIndustryCode, industryName, ref(named.get(c.leadCreditCode), c.leadCreditCode, null),
                c.members.stream().map(m -> ref(named.get(m.creditCode), m.creditCode, m.role)).toList(),
                c.employedHouseholds, c.linkedHouseholds,
                c.links.stream().map(k -> new ConsortiumDtos.LinkView(k.kind, k.kind.label, k.product, k.quantity, k.unit, k.households, k.amount)).toList(),
                c.financing.stream().map(f -> new ConsortiumDtos.FinancingDto(f.institution, f.product, f.amount)).toList(),
                c.description, c.versionNo, c.createdBy, c.createdAt, c.updatedBy, c.updatedAt);
    }

    private static ConsortiumDtos.EntityRef ref(OperatingEntity e, String code, MemberRole role) {
        return new ConsortiumDtos.EntityRef(code, e == null ? null : e.name, e == null ? null : e.kind, e == null ? null : e.kind.label,
                e == null ? null : e.level, e == null || e.level == null ? null : e.level.label, role, role == null ? null : role.label);
    }

    public Page<ConsortiumDtos.Summary> list(Filter f, PageRequest page) {
        ScopedWhere w = ScopedWhere.within(user.scope(), "c.countyCode", null)
                .and("c.countyCode = :county", "county", f.countyCode() == null || f.countyCode().isBlank() ? null : county(f.countyCode()).value())
                .and("c.year = :year", "year", f.year())
                .and("c.leadingIndustryCode = :lead", "lead", f.leadingIndustryCode());
        Sort sort = switch (f.sort() == null ? "-year" : f.sort()) {
            case "-year" -> Sort.descending("c.year").and("c.countyCode").and("c.name").and("c.id");
            case "year" -> Sort.ascending("c.year").and("c.countyCode").and("c.name").and("c.id");
            // the column's collation (zh-x-icu) gives pinyin order
            case "name" -> Sort.ascending("c.name").and("c.id");
            case "-employedHouseholds" -> Sort.by("c.employedHouseholds", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("c.id");
            default -> throw QueryParameters.notOneOf("sort", "-year", "year", "name", "-employedHouseholds");
        };
        var query = Consortium.<Consortium>find("from Consortium c where " + w.jpql(), sort, w.parameters());
        List<Consortium> found = query.page(page.page(), page.size()).list();
        // the lead enterprises' names in one query, not one per row
        Set<String> codes = found.stream().map(c -> c.leadCreditCode).collect(Collectors.toSet());
        Map<String, String> names = codes.isEmpty() ? Map.of() : OperatingEntity.<OperatingEntity>list("creditCode in ?1", codes).stream()
                .collect(Collectors.toMap(e -> e.creditCode, e -> e.name));
        return new Page<>(found.stream().map(c -> new ConsortiumDtos.Summary(c.id, c.name, c.countyCode, regions.nameOf(RegionCode.of(c.countyCode)),
                c.year, c.leadingIndustryCode, c.leadCreditCode, names.get(c.leadCreditCode), c.employedHouseholds, c.linkedHouseholds,
                c.versionNo, c.updatedAt)).toList(), page.page(), page.size(), query.count());
    }

    private static RegionCode county(String code) {
        return Refusals.orThrow(ProgrammeRules.county("countyCode", code));
    }

    /** Per county and year in the caller's region: how many consortia, the households, and each product summed in its own unit. */
    @SuppressWarnings("unchecked")
    public List<ConsortiumDtos.Totals> totals(String countyCode, Integer year) {
        String county = countyCode == null || countyCode.isBlank() ? null : county(countyCode).value();
        Query headQuery = em.createNativeQuery("select county_code, year, count(*), coalesce(sum(employed_households), 0), "
                        + "coalesce(sum(linked_households), 0) from consortium where " + RegionScope.positionalClause("county_code", 1)
                        + " and (cast(?2 as varchar) is null or county_code = ?2) "
                        + "and (cast(?3 as int) is null or year = ?3) group by county_code, year order by county_code, year")
                .setParameter(2, county).setParameter(3, year);
        List<Object[]> heads = user.scope().bind(headQuery, 1).getResultList();
        Query lineQuery = em.createNativeQuery("select c.county_code, c.year, l.kind, l.product, l.unit, sum(l.quantity), coalesce(sum(l.households), 0) "
                        + "from consortium c join consortium_link l on l.consortium_id = c.id where " + RegionScope.positionalClause("c.county_code", 1)
                        + " and (cast(?2 as varchar) is null or c.county_code = ?2) and (cast(?3 as int) is null or c.year = ?3) "
                        + "group by c.county_code, c.year, l.kind, l.product, l.unit order by c.county_code, c.year, l.kind, l.product, l.unit")
                .setParameter(2, county).setParameter(3, year);
        List<Object[]> lines = user.scope().bind(lineQuery, 1).getResultList();
        Map<String, List<ConsortiumDtos.LinkTotal>> byKey = new LinkedHashMap<>();
        for (Object[] r : lines) {
            LinkKind kind = LinkKind.valueOf((String) r[2]);
            byKey.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add(new ConsortiumDtos.LinkTotal(kind, kind.label, (String) r[3],
                    (String) r[4], (BigDecimal) r[5], ((Number) r[6]).longValue()));
        }
        return heads.stream().map(r -> new ConsortiumDtos.Totals((String) r[0], regions.nameOf(RegionCode.of((String) r[0])),
                ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                byKey.getOrDefault(r[0] + "/" + r[1], List.of()))).toList();
    }

    /** Every version of a consortium, oldest first. */
    @SuppressWarnings("unchecked")
    public List<ConsortiumDtos.VersionView> versions(UUID id) {
        Consortium c = get(id);
        List<Object[]> rows = em.createNativeQuery("select version_no, cast(content as text), reason, recorded_by, recorded_tier, recorded_at "
                        + "from consortium_version where consortium_id = ?1 order by version_no")
                .setParameter(1, c.id).getResultList();
        return rows.stream().map(r -> {
            int n = ((Number) r[0]).intValue();
            try {
                return new ConsortiumDtos.VersionView(n, mapper.readValue((String) r[1], ConsortiumDtos.ConsortiumView.class), (String) r[2],
                        (String) r[3], (String) r[4], Versions.instant(r[5]), n == c.versionNo);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("consortium_version content is not a ConsortiumView", e);
            }
        }).toList();
    }
}
