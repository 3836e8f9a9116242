package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.paging.ScopedWhere;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
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
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Skills training and certificates (技能培训持证). Trainings belong to a county and year; certificates to a person of a
 * household on the roster, in the household's village (the region scope of every read and write).
 */
@ApplicationScoped
public class SkillsService {

    @Inject
    CurrentUser user;
    @Inject
    ProgrammeRegions regions;
    @Inject
    CertificateImport store;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    public record CertificateFilter(String regionCode, Integer year, CertificateKind kind, CertificateLevel level, UUID householdId, UUID trainingId) {
    }

    // ---- trainings --------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public SkillsTraining createTraining(SkillsDtos.TrainingRequest r) {
        user.require(Role.CITY, Role.COUNTY);
        RegionCode county = regions.forWrite("countyCode", r.countyCode(), Tier.COUNTY);
        SkillsTraining t = new SkillsTraining();
        t.id = UUID.randomUUID();
        t.name = r.name().strip();
        t.countyCode = county.value();
        t.year = r.year();
        t.organiser = r.organiser().strip();
        t.createdBy = user.subject();
        t.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        t.persist();
        return t;
    }

    /** A county's trainings are seen by everyone in the county (villages and townships included) and above it; 404 elsewhere. */
    public SkillsTraining training(UUID id) {
        ScopedWhere w = regions.countyWide("countyCode", null).and("id = :id", "id", id);
        return SkillsTraining.<SkillsTraining>find(w.jpql(), w.parameters()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("skills training", id));
    }

    public Page<SkillsTraining> trainings(String countyCode, Integer year, PageRequest page) {
        ScopedWhere w = regions.countyWide("countyCode", regions.filter("countyCode", countyCode)).and("year = :year", "year", year);
        return Page.of(SkillsTraining.<SkillsTraining>find(w.jpql(), Sort.descending("year").and("countyCode").and("name").and("id"),
                w.parameters()), page);
    }

    /** Certificates recorded per training (one query for a page of trainings). */
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> certificateCounts(List<UUID> trainings) {
        Map<UUID, Long> out = new HashMap<>();
        if (trainings.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select c.trainingId, count(c) from SkillsCertificate c where c.trainingId in :ids group by c.trainingId")
                .setParameter("ids", trainings).getResultList();
        rows.forEach(r -> out.put((UUID) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    // ---- certificates -----------------------------------------------------------------------------

    /** One certificate through the JSON API: the import's rules, field by field, as a 400 naming every bad field. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SkillsCertificate record(SkillsDtos.CertificateRequest r) {
        user.require(Role.CITY, Role.COUNTY);
        Map<String, String> cells = new HashMap<>();
        put(cells, CertificateColumns.HOUSEHOLD_NO, r.nationalHouseholdNo());
        put(cells, CertificateColumns.PERSON_NAME, r.personName());
        put(cells, CertificateColumns.ID_NUMBER, r.idNumber());
        put(cells, CertificateColumns.KIND, r.kind());
        put(cells, CertificateColumns.LEVEL, r.level());
        put(cells, CertificateColumns.ISSUER, r.issuer());
        put(cells, CertificateColumns.CERTIFICATE_NO, r.certificateNo());
        put(cells, CertificateColumns.ISSUED_ON, r.issuedOn());
        put(cells, CertificateColumns.TRAINING_ID, r.trainingId());
        String no = cells.getOrDefault(CertificateColumns.HOUSEHOLD_NO, "");
        Map<String, CertificateValidator.HouseholdRef> household = no.isEmpty() ? Map.of() : store.households(Set.of(no));
        LocalDate today = clock.instant().atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
        CertificateValidator.Result result = new CertificateValidator(new CertificateValidator.Lookups() {
            @Override
            public Optional<CertificateValidator.HouseholdRef> household(String n) {
                return Optional.ofNullable(household.get(n));
            }

            @Override
            public Optional<String> trainingCounty(UUID id) {
                return Optional.ofNullable(store.trainingCounty(id));
            }

            @Override
            public LocalDate today() {
                return today;
            }
        }, user.scope()).check(new ImportRow(0, cells));
        CertificateRow row = Refusals.orThrow(CertificateRules.checked(result));
        Refusals.orThrow(CertificateRules.unregistered(row, !store.storedDigests(List.of(row)).isEmpty()));
        UUID id = store.store(null, List.of(row), user.subject()).get(0);
        return certificate(id);
    }

    private static void put(Map<String, String> cells, String key, String value) {
        if (value != null) {
            cells.put(key, value.strip());
        }
    }

    /** In the caller's region subtree (by the household's village); 404 elsewhere. */
    public SkillsCertificate certificate(UUID id) {
        return SkillsCertificate.<SkillsCertificate>find("id = :id and " + RegionScope.clause("villageCode"),
                        user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("skills certificate", id));
    }

    /** The WHERE's text, its plain parameters and the subtrees it names (caller's scope, optional filter). */
    private record Where(String sql, Map<String, Object> params, RegionScope scope, RegionScope sub) {

        void bind(Query q) {
            params.forEach(q::setParameter);
            scope.bind(q);
            if (sub != null) {
                sub.bind(q, "sub");
            }
        }
    }

    /** The WHERE of a certificate filter, as native SQL over skills_certificate (used by the list's JPQL too: same column names aside). */
    private Where where(String regionCode, Integer year) {
        StringBuilder q = new StringBuilder(RegionScope.clause("village_code"));
        Map<String, Object> p = new HashMap<>();
        RegionScope sub = regions.filter("regionCode", regionCode);
        if (sub != null) {
            q.append(" and ").append(RegionScope.clause("village_code", "sub"));
        }
        if (year != null) {
            q.append(" and year = :year");
            p.put("year", year);
        }
        return new Where(q.toString(), p, user.scope(), sub);
    }

    public Page<SkillsCertificate> certificates(CertificateFilter f, PageRequest page) {
        ScopedWhere w = regions.within("villageCode", "regionCode", f.regionCode())
                .and("year = :year", "year", f.year())
                .and("kind = :kind", "kind", f.kind())
                .and("level = :level", "level", f.level())
                .and("householdId = :household", "household", f.householdId())
                .and("trainingId = :training", "training", f.trainingId());
        return Page.of(SkillsCertificate.<SkillsCertificate>find(w.jpql(), Sort.ascending("villageCode", "issuedOn", "id"), w.parameters()), page);
    }

    /**
     * Certificates and people per county and year. A person is one (household, masked ID number, name): the
     * masked number alone is not unique, but within one household it is.
     */
    @SuppressWarnings("unchecked")
    public SkillsDtos.Totals totals(String regionCode, Integer year) {
        Where w = where(regionCode, year);
        var perCounty = em.createNativeQuery("select county_code, year, count(*), count(distinct (household_id, id_number_masked, person_name)) "
                + "from skills_certificate where " + w.sql() + " group by county_code, year order by county_code, year");
        w.bind(perCounty);
        List<SkillsDtos.CountyYearTotal> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) perCounty.getResultList()) {
            String county = (String) r[0];
            rows.add(new SkillsDtos.CountyYearTotal(county, regions.nameOf(county), ((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()));
        }
        var all = em.createNativeQuery("select count(*), count(distinct (household_id, id_number_masked, person_name)) from skills_certificate where "
                + w.sql());
        w.bind(all);
        Object[] sum = (Object[]) all.getSingleResult();
        return new SkillsDtos.Totals(rows, ((Number) sum[0]).longValue(), ((Number) sum[1]).longValue());
    }
}
