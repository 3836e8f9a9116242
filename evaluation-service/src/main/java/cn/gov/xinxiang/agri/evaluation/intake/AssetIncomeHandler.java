package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.AssetIncomeRecordedV1;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.businessDate;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.corrected;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.county;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.periodYear;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.region;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.uuid;
import static cn.gov.xinxiang.agri.evaluation.inputs.EventFields.version;

/** An operating asset's half-year income inventory (observed_asset_income), the newest version of each period. */
@ApplicationScoped
class AssetIncomeHandler extends ReadModelHandler {

    @Override
    void routes(Routes on) {
        on.on(AssetEvents.INCOME_RECORDED_V1, AssetIncomeRecordedV1.class, this::recorded);
    }

    private List<InputChange> recorded(CloudEvent event, AssetIncomeRecordedV1 i) {
        if (!assetIncome(i)) {
            return List.of(); // an older version than the one held (a replay out of order) changes nothing
        }
        return List.of(InputChange.of("observed_asset_income", periodYear(i.period()), county(region(i.regionCode())),
                event.type() + " " + i.period() + " of asset " + i.assetId() + corrected(i.version(), i.correction())));
    }

    /** Keeps the newest version of an asset's inventory for a period (a correction replaces it; an older one replayed later does not). */
    private boolean assetIncome(AssetIncomeRecordedV1 i) {
        String region = region(i.regionCode());
        return em.createNativeQuery("insert into observed_asset_income (asset_id, period, year, region_code, county_code, income, asset_value, "
                        + "annualised_return, benchmark_rate, below_benchmark, recorded_on, version_no, correction_reason) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                        + "on conflict (asset_id, period) do update set region_code = excluded.region_code, county_code = excluded.county_code, "
                        + "income = excluded.income, asset_value = excluded.asset_value, annualised_return = excluded.annualised_return, "
                        + "benchmark_rate = excluded.benchmark_rate, below_benchmark = excluded.below_benchmark, recorded_on = excluded.recorded_on, "
                        + "version_no = excluded.version_no, correction_reason = excluded.correction_reason "
                        + "where observed_asset_income.version_no <= excluded.version_no")
                .setParameter(1, uuid(i.assetId(), "assetId")).setParameter(2, i.period()).setParameter(3, periodYear(i.period()))
                .setParameter(4, region).setParameter(5, county(region)).setParameter(6, i.income()).setParameter(7, i.assetValue())
                .setParameter(8, i.annualisedReturn()).setParameter(9, i.benchmarkRate()).setParameter(10, i.belowBenchmark())
                .setParameter(11, businessDate(i.recordedAt(), "recordedAt")).setParameter(12, version(i.version()))
                .setParameter(13, i.correction() == null ? null : i.correction().reason())
                .executeUpdate() == 1;
    }
}
