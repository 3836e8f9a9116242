package cn.gov.xinxiang.agri.asset.ledger;

import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.Batch;
import cn.gov.xinxiang.agri.asset.register.OperatingMode;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The asset ledger (台账) of a region subtree: grouped totals in SQL, rows for the export. */
@ApplicationScoped
public class LedgerService {

    /** An export beyond this asks the caller to narrow the region rather than exhausting memory. */
    static final int MAX_EXPORT_ROWS = 50_000;

    private static final String ACTIVE = " from asset where " + RegionScope.clause("region_code") + " and status <> 'DISPOSED'";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    RegionDirectory regions;

    /** The requested region, defaulting to the caller's; outside the caller's subtree it does not exist for them. */
    public RegionCode region(String code) {
        if (code == null) {
            return user.region();
        }
        RegionCode r = QueryParameters.regionCode("regionCode", code);
        if (!user.scope().covers(r)) {
            throw ProblemException.notFound("region", r);
        }
        return r;
    }

    /**
     * The running totals (ledger_total, kept by triggers on asset in every register change's transaction), one row
     * per region and grouping key: a county or the city sums a few rows per village instead of every asset.
     */
    private static final String TOTALS = "select asset_count as k, total_value as v, asset_class as c, owner_type as o, ownership_nature as n, region_code"
            + " from ledger_total where " + RegionScope.clause("region_code") + " and asset_count > 0";

    /** The same figures straight from the register: what the running totals must always equal (LedgerTotalsTest). */
    private static final String REGISTER = "select 1 as k, value as v, asset_class as c, coalesce(owner_type, 'UNCONFIRMED') as o,"
            + " coalesce(ownership_nature, 'UNCONFIRMED') as n, region_code" + ACTIVE;

    /**
     * All totals in one pass (GROUPING SETS): the grand total, by class, owner type, ownership nature, owner tier and
     * child region, from the running totals.
     */
    public LedgerDtos.LedgerView ledger(RegionCode r) {
        return ledger(r, TOTALS);
    }

    /** {@link #ledger} computed over the assets themselves, for the check that the running totals agree. */
    LedgerDtos.LedgerView ledgerFromRegister(RegionCode r) {
        return ledger(r, REGISTER);
    }

    private LedgerDtos.LedgerView ledger(RegionCode r, String source) {
        RegionScope scope = RegionScope.of(r);
        boolean byChild = r.tier() != Tier.VILLAGE;
        // a village has no child regions: the set is still grouped (GROUPING needs it) and its one row ignored
        String regionKey = "cast(null as varchar)";
        if (byChild) {
            Tier child = Tier.values()[r.tier().ordinal() + 1];
            regionKey = "rpad(substring(region_code, 1, " + child.significantDigits + "), 12, '0')";
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("select grouping(c, o, n, t, g) as mask, c, o, n, t, g, coalesce(sum(k), 0), coalesce(sum(v), 0) from ("
                        + "select k, v, c, o, n,"
                        + " case o when 'COUNTY_DEPARTMENT' then 'COUNTY' when 'TOWNSHIP' then 'TOWNSHIP'"
                        + " when 'VILLAGE_COLLECTIVE' then 'VILLAGE' when 'HOUSEHOLD' then 'VILLAGE' else 'UNCONFIRMED' end as t, "
                        + regionKey + " as g from (" + source + ") s) a group by grouping sets ((), (c), (o), (n), (t), (g))"))
                .getResultList();
        long count = 0;
        BigDecimal total = BigDecimal.ZERO;
        java.util.Map<Integer, java.util.TreeMap<String, Object[]>> sets = new java.util.HashMap<>();
        for (Object[] o : rows) {
            int mask = ((Number) o[0]).intValue();
            if (mask == 31) {
                count = ((Number) o[6]).longValue();
                total = (BigDecimal) o[7];
                continue;
            }
            // the one grouped column is the bit that is 0 (c is the highest of five)
            int column = 4 - Integer.numberOfTrailingZeros(~mask & 31);
            String key = (String) o[1 + column];
            if (key == null) {
                continue; // the child-region set of a village: its one row has no region
            }
            sets.computeIfAbsent(column, k -> new java.util.TreeMap<>()).put(key, new Object[]{o[6], o[7]});
        }
        List<LedgerDtos.Total> byClass = totals(sets.get(0), k -> AssetClass.valueOf(k).label);
        List<LedgerDtos.Total> byOwner = totals(sets.get(1), k -> k.equals("UNCONFIRMED") ? "待确权" : OwnerType.valueOf(k).label);
        List<LedgerDtos.Total> byNature = totals(sets.get(2), k -> k.equals("UNCONFIRMED") ? "待确权" : OwnershipNature.valueOf(k).label);
        List<LedgerDtos.Total> byTier = totals(sets.get(3), k -> k.equals("UNCONFIRMED") ? "待确权" : Tier.valueOf(k).label + "级");
        List<LedgerDtos.Total> byRegion = byChild ? totals(sets.get(4), k -> regions.nameOf(RegionCode.of(k))) : List.of();
        return new LedgerDtos.LedgerView(r.value(), regions.nameOf(r), count, total, byClass, byOwner, byNature, byTier, byRegion);
    }

    private static List<LedgerDtos.Total> totals(java.util.TreeMap<String, Object[]> set, Function<String, String> label) {
        if (set == null) {
            return List.of();
        }
        return set.entrySet().stream().map(e -> new LedgerDtos.Total(e.getKey(), label.apply(e.getKey()), ((Number) e.getValue()[0]).longValue(),
                (BigDecimal) e.getValue()[1])).toList();
    }

    private volatile String nameOrder;

    /** Chinese names sort by pinyin where PostgreSQL has the ICU collation; plain code-point order otherwise. */
    private String nameOrder() {
        if (nameOrder == null) {
            long icu = ((Number) em.createNativeQuery("select count(*) from pg_collation where collname = 'zh-x-icu'").getSingleResult()).longValue();
            nameOrder = icu > 0 ? "name collate \"zh-x-icu\"" : "name";
        }
        return nameOrder;
    }

    public List<LedgerDtos.Row> rows(RegionCode r) {
        RegionScope scope = RegionScope.of(r);
        long n = ((Number) scope.bind(em.createNativeQuery("select count(*)" + ACTIVE)).getSingleResult()).longValue();
        Refusals.orThrow(LedgerRules.export(n, MAX_EXPORT_ROWS));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("select cast(id as varchar), name, asset_class, value, region_code, coalesce(source_project_code, ''),"
                        + " status, owner_type, owner_name, ownership_nature, operating_mode, current_batch" + ACTIVE + " order by region_code, " + nameOrder() + ", id"))
                .getResultList();
        return rows.stream().map(o -> new LedgerDtos.Row((String) o[0], (String) o[1], AssetClass.valueOf((String) o[2]).label, (BigDecimal) o[3],
                (String) o[4], (String) o[5], AssetStatus.valueOf((String) o[6]).label,
                o[7] == null ? "" : OwnerType.valueOf((String) o[7]).label, o[8] == null ? "" : (String) o[8],
                o[9] == null ? "" : OwnershipNature.valueOf((String) o[9]).label,
                o[10] == null ? "" : OperatingMode.valueOf((String) o[10]).label,
                o[11] == null ? "" : Batch.valueOf((String) o[11]).label)).toList();
    }
}
