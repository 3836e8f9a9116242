package cn.gov.xinxiang.agri.asset.income;

import cn.gov.xinxiang.agri.asset.corrections.RecordVersions;
import cn.gov.xinxiang.agri.asset.policy.PolicyParameters;
import cn.gov.xinxiang.agri.asset.register.Asset;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.contracts.Correction;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.AssetIncomeRecordedV1;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Half-yearly income inventory (收益盘点) of operating assets, and its flags. */
@ApplicationScoped
public class IncomeService {

    @Inject
    AssetService assets;

    @Inject
    CurrentUser user;

    @Inject
    PolicyParameters policy;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    RecordVersions versions;

    /** The village that runs the asset (or its township) records the income of a period that has ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IncomeInventory record(UUID assetId, IncomeDtos.RecordRequest r) {
        user.require(Role.VILLAGE, Role.TOWNSHIP);
        Period period = Refusals.orThrow(Period.read(r.period(), "period"));
        Asset a = assets.get(assetId);
        boolean recorded = IncomeInventory.count("assetId = ?1 and period = ?2", assetId, period.toString()) > 0;
        Refusals.orThrow(ReturnRules.record(new ReturnRules.Inventory(a.assetClass, a.status, a.value, a.inServiceOn, period, assets.today(), recorded)));
        PolicyParameters.Parameter benchmark = policy.require(PolicyParameters.BENCHMARK_RATE, period.year());
        IncomeInventory i = new IncomeInventory();
        i.id = UUID.randomUUID();
        i.assetId = a.id;
        i.regionCode = a.regionCode;
        i.period = period.toString();
        i.income = r.income();
        i.assetValue = a.value;
        i.annualisedReturn = ReturnRules.annualisedReturn(r.income(), a.value);
        i.benchmarkRate = benchmark.value();
        i.belowBenchmark = ReturnRules.belowBenchmark(r.income(), a.value, benchmark.value());
        i.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        i.recordedBy = user.subject();
        i.recordedAt = assets.now();
        i.versionNo = 1;
        i.persist();
        versions.append(RecordVersions.Kind.INCOME, i.id, 1, i.regionCode, IncomeDtos.InventoryView.of(i),
                RecordVersions.Made.first(i.recordedBy, user.role().tier.name(), i.recordedAt));
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.INCOME_RECORDED_V1,
                new AssetIncomeRecordedV1(a.id.toString(), a.regionCode, i.period, i.income, i.assetValue, i.annualisedReturn,
                        i.benchmarkRate, i.belowBenchmark, i.recordedAt, 1, null));
        return i;
    }

    /**
     * The village or township that records inventories corrects one: a new version with the reason; the old one
     * stays readable ({@code …/versions}). The comparison is redone with the rate in force for the year. The event
     * (income-recorded.v1 with {@code version} and {@code correction}) makes evaluation-service replace its copy and
     * mark the evaluations that read it stale.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IncomeInventory correct(UUID assetId, String periodText, String ifMatch, IncomeDtos.CorrectionRequest r) {
        user.require(Role.VILLAGE, Role.TOWNSHIP);
        Period period = Refusals.orThrow(Period.read(periodText, "period"));
        Asset a = assets.get(assetId);
        IncomeInventory i = IncomeInventory.<IncomeInventory>find("assetId = ?1 and period = ?2", assetId, period.toString()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("income inventory", assetId + "/" + period));
        ETags.require(ifMatch, i.versionNo);
        int previous = i.versionNo;
        versions.ensureStored(RecordVersions.Kind.INCOME, i.id, previous, i.regionCode, () -> IncomeDtos.InventoryView.of(i),
                RecordVersions.Made.first(i.recordedBy, "VILLAGE", i.recordedAt));
        PolicyParameters.Parameter benchmark = policy.require(PolicyParameters.BENCHMARK_RATE, period.year());
        Instant now = assets.now();
        i.income = r.income();
        i.assetValue = a.value;
        i.annualisedReturn = ReturnRules.annualisedReturn(r.income(), a.value);
        i.benchmarkRate = benchmark.value();
        i.belowBenchmark = ReturnRules.belowBenchmark(r.income(), a.value, benchmark.value());
        i.note = r.note() == null || r.note().isBlank() ? i.note : r.note().strip();
        i.versionNo = previous + 1;
        i.correctedAt = now;
        Correction correction = new Correction(previous, r.reason().strip(), user.subject(), user.role().tier.name(), null, null, now);
        versions.append(RecordVersions.Kind.INCOME, i.id, i.versionNo, i.regionCode, IncomeDtos.InventoryView.of(i),
                new RecordVersions.Made(user.subject(), user.role().tier.name(), now, correction.reason(), null, null));
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.INCOME_RECORDED_V1,
                new AssetIncomeRecordedV1(a.id.toString(), a.regionCode, i.period, i.income, i.assetValue, i.annualisedReturn,
                        i.benchmarkRate, i.belowBenchmark, i.recordedAt, i.versionNo, correction));
        return i;
    }

    public IncomeInventory one(UUID assetId, String periodText) {
        assets.get(assetId);
        Period period = Refusals.orThrow(Period.read(periodText, "period"));
        return IncomeInventory.<IncomeInventory>find("assetId = ?1 and period = ?2", assetId, period.toString()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("income inventory", assetId + "/" + period));
    }

    /** Every version of an inventory, oldest first (one recorded before versions existed: its current content as version 1). */
    public List<RecordVersions.Version> versions(IncomeInventory i) {
        List<RecordVersions.Version> stored = versions.list(RecordVersions.Kind.INCOME, i.id);
        if (stored.isEmpty()) {
            return List.of(new RecordVersions.Version(i.versionNo, versions.tree(IncomeDtos.InventoryView.of(i)), null, null, null, i.recordedBy,
                    "VILLAGE", i.recordedAt));
        }
        return stored;
    }

    public List<IncomeInventory> history(UUID assetId) {
        assets.get(assetId);
        return IncomeInventory.list("assetId = ?1 order by period", assetId);
    }

    public IncomeDtos.FlagsView flags(String periodText, int size) {
        int limit = PageRequest.of(0, size).size();
        Period period = Refusals.orThrow(Period.read(periodText, "period"));
        PolicyParameters.Parameter benchmark = policy.require(PolicyParameters.BENCHMARK_RATE, period.year());
        int days = policy.require(PolicyParameters.INVENTORY_DEADLINE_DAYS, period.year()).value().intValueExact();
        LocalDate deadline = period.deadline(days);
        boolean passed = assets.today().isAfter(deadline);
        RegionScope scope = user.scope();

        // Compared with the rate in force now, not the one stored at recording: a city user's change of the
        // benchmark (policy_parameter) re-flags the period at once. Same exact comparison as ReturnRules.
        String belowFrom = " from income_inventory i join asset a on a.id = i.asset_id where i.period = :p and " + RegionScope.clause("i.region_code")
                + " and i.income * 2 < i.asset_value * cast(:rate as numeric)";
        IncomeDtos.Section below = section("select a.id, a.name, a.region_code, a.value, i.income, i.annualised_return" + belowFrom,
                "select count(*)" + belowFrom, period, scope, limit, false, benchmark.value());

        // Expected: operating assets in service by the period's end and not disposed before it began.
        String missingFrom = " from asset a where a.asset_class = 'OPERATING' and " + RegionScope.clause("a.region_code") + " and a.in_service_on <= :end"
                + " and (a.disposed_at is null or a.disposed_at >= :start)"
                + " and not exists (select 1 from income_inventory i where i.asset_id = a.id and i.period = :p)";
        IncomeDtos.Section missing = section("select a.id, a.name, a.region_code, a.value, null, null" + missingFrom,
                "select count(*)" + missingFrom, period, scope, limit, true, null);
        if (!passed) {
            return new IncomeDtos.FlagsView(period.toString(), deadline, false, benchmark.value(), benchmark.source(), below,
                    new IncomeDtos.Section(0, List.of()), missing.total());
        }
        return new IncomeDtos.FlagsView(period.toString(), deadline, true, benchmark.value(), benchmark.source(), below, missing, 0);
    }

    private IncomeDtos.Section section(String select, String count, Period p, RegionScope scope, int size, boolean dates, BigDecimal rate) {
        Query rows = scope.bind(em.createNativeQuery(select + " order by a.region_code, a.name, a.id limit " + size))
                .setParameter("p", p.toString());
        Query total = scope.bind(em.createNativeQuery(count)).setParameter("p", p.toString());
        if (rate != null) {
            rows.setParameter("rate", rate);
            total.setParameter("rate", rate);
        }
        if (dates) {
            var start = p.start().atStartOfDay(ClockProducer.BUSINESS_ZONE).toOffsetDateTime();
            rows.setParameter("end", p.end()).setParameter("start", start);
            total.setParameter("end", p.end()).setParameter("start", start);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> list = rows.getResultList();
        return new IncomeDtos.Section(((Number) total.getSingleResult()).longValue(), list.stream()
                .map(r -> new IncomeDtos.Flag((UUID) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5]))
                .toList());
    }
}
