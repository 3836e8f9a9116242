package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.RegionStore;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads of the directory for people and pickers: search, children with counts, one region with its
 * ancestors. Public reference data: any authenticated caller may read all of it (no region scope).
 * Sample regions appear only where sample data is enabled.
 */
@ApplicationScoped
public class RegionQueries {

    private static final Pattern LATIN = Pattern.compile("[a-z]+[a-z0-9]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final String COLUMNS = "r.code, r.name, r.parent_code, r.tier, r.functional_zone, r.sample, r.pinyin, r.initials, r.retired_on, r.successor_code";
    private static final String TIER_ORDER = "case r.tier when 'CITY' then 0 when 'COUNTY' then 1 when 'TOWNSHIP' then 2 else 3 end";

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory directory;

    @Inject
    RegionStore store;

    /**
     * Regions whose name contains {@code q} (Chinese), whose pinyin or initials start with it
     * (letters: {@code dongtun}, {@code dtc}), or whose code starts with it (digits); exact matches
     * first, then higher tiers, then code order.
     */
    public Page<RegionDtos.RegionView> search(String q, Tier tier, String within, boolean includeRetired, PageRequest page) {
        String term = Refusals.orThrow(RegionSearchRules.term(q));
        StringBuilder where = new StringBuilder(" where (not r.sample or :sample)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sample", directory.sampleDataEnabled());
        String exact;
        if (DIGITS.matcher(term).matches()) {
            where.append(" and r.code like :prefix");
            params.put("prefix", term + "%");
            exact = "r.code = :term";
        } else if (LATIN.matcher(term.replace(" ", "")).matches()) {
            term = term.replace(" ", "");
            where.append(" and (r.pinyin like :prefix or r.initials like :prefix)");
            params.put("prefix", term + "%");
            exact = "(r.pinyin = :term or r.initials = :term)";
        } else {
            where.append(" and r.name like :contains");
            params.put("contains", "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            exact = "r.name = :term";
        }
        params.put("term", term);
        if (!includeRetired) {
            where.append(" and r.retired_on is null");
        }
        if (tier != null) {
            where.append(" and r.tier = :tier");
            params.put("tier", tier.name());
        }
        RegionScope subtree = null;
        if (within != null && !within.isBlank()) {
            subtree = RegionScope.of(QueryParameters.regionCode("within", within));
            where.append(" and ").append(RegionScope.clause("r.code", "within"));
        }
        Query count = em.createNativeQuery("select count(*) from region r" + where);
        Query rows = em.createNativeQuery("select " + COLUMNS + " from region r" + where
                + " order by case when " + exact + " then 0 else 1 end, " + TIER_ORDER + ", r.code limit :limit offset :offset");
        params.forEach((k, v) -> {
            if (!k.equals("term") || exact.contains(":term")) {
                rows.setParameter(k, v);
            }
            if (!k.equals("term")) {
                count.setParameter(k, v);
            }
        });
        if (subtree != null) {
            subtree.bind(rows, "within");
            subtree.bind(count, "within");
        }
        rows.setParameter("limit", page.size()).setParameter("offset", page.offset());
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(views(rows.getResultList(), false), page.page(), page.size(), total);
    }

    /** The children of a region, each with its count of active children. */
    public Page<RegionDtos.RegionView> children(RegionCode parent, boolean includeRetired, PageRequest page) {
        if (!directory.known(parent)) {
            throw ProblemException.notFound("region", parent);
        }
        String where = " where r.parent_code = :parent and (not r.sample or :sample)" + (includeRetired ? "" : " and r.retired_on is null");
        long total = ((Number) em.createNativeQuery("select count(*) from region r" + where).setParameter("parent", parent.value())
                .setParameter("sample", directory.sampleDataEnabled()).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + ", (select count(*) from region c where c.parent_code = r.code "
                        + "and c.retired_on is null and (not c.sample or :sample)) from region r" + where + " order by r.code limit :limit offset :offset")
                .setParameter("parent", parent.value()).setParameter("sample", directory.sampleDataEnabled())
                .setParameter("limit", page.size()).setParameter("offset", page.offset()).getResultList();
        return new Page<>(views(rows, true), page.page(), page.size(), total);
    }

    /** One region (active or retired) with its ancestors, city first, and its change history. */
    public RegionDtos.RegionDetail get(RegionCode code) {
        RegionDirectory.Region r = directory.find(code).orElseThrow(() -> ProblemException.notFound("region", code));
        long children = ((Number) em.createNativeQuery("select count(*) from region c where c.parent_code = ?1 and c.retired_on is null "
                + "and (not c.sample or ?2)").setParameter(1, code.value()).setParameter(2, directory.sampleDataEnabled()).getSingleResult()).longValue();
        List<RegionDtos.Ancestor> ancestors = new ArrayList<>();
        for (RegionCode a : code.ancestors()) {
            if (a.tier() != Tier.PROVINCE) {
                ancestors.add(new RegionDtos.Ancestor(a.value(), directory.nameOf(a), a.tier()));
            }
        }
        List<RegionDtos.HistoryEntry> history = store.history(code).stream().map(c -> new RegionDtos.HistoryEntry(c.change(), c.name(),
                c.previousName(), c.successorCode(), c.effectiveOn(), c.revision(), c.uploadId(), c.changedBy(), c.changedAt())).toList();
        return new RegionDtos.RegionDetail(view(r, children), ancestors, history);
    }

    RegionDtos.RegionView view(RegionDirectory.Region r, Long childCount) {
        return new RegionDtos.RegionView(r.code().value(), r.name(), r.tier(), r.tier().label, r.parentCode(), path(r.code()), r.functionalZone(),
                r.sample(), r.active() ? "ACTIVE" : "RETIRED", r.retiredOn(), r.successorCode(), r.pinyin(), r.initials(), childCount);
    }

    /** Names from the county down to the parent ("延津县 / 东屯镇"): what tells two 王庄村 apart in a picker. */
    private String path(RegionCode code) {
        List<String> names = new ArrayList<>();
        for (RegionCode a : code.ancestors()) {
            if (a.tier().ordinal() >= Tier.COUNTY.ordinal()) {
                names.add(directory.nameOf(a));
            }
        }
        return String.join(" / ", names);
    }

    private List<RegionDtos.RegionView> views(List<?> rows, boolean withCount) {
        List<RegionDtos.RegionView> out = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] c = (Object[]) o;
            LocalDate retired = c[8] == null ? null : c[8] instanceof LocalDate d ? d : ((Date) c[8]).toLocalDate();
            RegionDirectory.Region r = new RegionDirectory.Region(RegionCode.of((String) c[0]), (String) c[1], (String) c[2], Tier.valueOf((String) c[3]),
                    (Boolean) c[4], (Boolean) c[5], (String) c[6], (String) c[7], retired, (String) c[9]);
            out.add(view(r, withCount ? ((Number) c[10]).longValue() : null));
        }
        return out;
    }
}
