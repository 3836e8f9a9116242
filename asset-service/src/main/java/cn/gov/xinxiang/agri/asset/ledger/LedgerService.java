package cn.gov.xinxiang.agri.asset.ledger;

import cn.gov.xinxiang.agri.asset.batch.Batch;
import cn.gov.xinxiang.agri.asset.register.AssetClass;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.OperatingMode;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
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

    private static final String ACTIVE = " from asset where region_code like :scope and status <> 'DISPOSED'";

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
        RegionCode r = RegionCode.parse(code).orElseThrow(() -> ProblemException.invalidField("regionCode", "region.code-format"));
        if (!user.scope().covers(r)) {
            throw ProblemException.notFound("region", r);
        }
        return r;
    }

    public LedgerDtos.LedgerView ledger(RegionCode r) {
        String scope = r.prefix() + "%";
        Object[] all = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(value), 0)" + ACTIVE).setParameter("scope", scope).getSingleResult();
        List<LedgerDtos.Total> byClass = group("asset_class", scope, k -> AssetClass.valueOf(k).label);
        List<LedgerDtos.Total> byOwner = group("coalesce(owner_type, 'UNCONFIRMED')", scope,
                k -> k.equals("UNCONFIRMED") ? "待确权" : OwnerType.valueOf(k).label);
        List<LedgerDtos.Total> byNature = group("coalesce(ownership_nature, 'UNCONFIRMED')", scope,
                k -> k.equals("UNCONFIRMED") ? "待确权" : OwnershipNature.valueOf(k).label);
        List<LedgerDtos.Total> byTier = group("case owner_type when 'COUNTY_DEPARTMENT' then 'COUNTY' when 'TOWNSHIP' then 'TOWNSHIP'"
                + " when 'VILLAGE_COLLECTIVE' then 'VILLAGE' when 'HOUSEHOLD' then 'VILLAGE' else 'UNCONFIRMED' end", scope,
                k -> k.equals("UNCONFIRMED") ? "待确权" : Tier.valueOf(k).label + "级");
        List<LedgerDtos.Total> byRegion = List.of();
        if (r.tier() != Tier.VILLAGE) {
            Tier child = Tier.values()[r.tier().ordinal() + 1];
            int digits = child.significantDigits;
            byRegion = group("rpad(substring(region_code, 1, " + digits + "), 12, '0')", scope, k -> regions.nameOf(RegionCode.of(k)));
        }
        return new LedgerDtos.LedgerView(r.value(), regions.nameOf(r), ((Number) all[0]).longValue(), (BigDecimal) all[1],
                byClass, byOwner, byNature, byTier, byRegion);
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
        String scope = r.prefix() + "%";
        long n = ((Number) em.createNativeQuery("select count(*)" + ACTIVE).setParameter("scope", scope).getSingleResult()).longValue();
        if (n > MAX_EXPORT_ROWS) {
            throw ProblemException.keyed(422, "export-too-large", "ledger.too-large", n, MAX_EXPORT_ROWS);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as varchar), name, asset_class, value, region_code, coalesce(source_project_code, ''),"
                        + " status, owner_type, owner_name, ownership_nature, operating_mode, current_batch" + ACTIVE + " order by region_code, " + nameOrder() + ", id")
                .setParameter("scope", scope).getResultList();
        return rows.stream().map(o -> new LedgerDtos.Row((String) o[0], (String) o[1], AssetClass.valueOf((String) o[2]).label, (BigDecimal) o[3],
                (String) o[4], (String) o[5], AssetStatus.valueOf((String) o[6]).label,
                o[7] == null ? "" : OwnerType.valueOf((String) o[7]).label, o[8] == null ? "" : (String) o[8],
                o[9] == null ? "" : OwnershipNature.valueOf((String) o[9]).label,
                o[10] == null ? "" : OperatingMode.valueOf((String) o[10]).label,
                o[11] == null ? "" : Batch.valueOf((String) o[11]).label)).toList();
    }

    private List<LedgerDtos.Total> group(String key, String scope, Function<String, String> label) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + key + " as k, count(*), coalesce(sum(value), 0)" + ACTIVE + " group by 1 order by 1")
                .setParameter("scope", scope).getResultList();
        return rows.stream().map(o -> new LedgerDtos.Total((String) o[0], label.apply((String) o[0]), ((Number) o[1]).longValue(), (BigDecimal) o[2]))
                .toList();
    }
}
