package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.assetScope;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.money;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;

/** The share of operating assets whose half-year return reaches the benchmark rate in force. */
@ApplicationScoped
class AssetReturnIndicator extends Indicator {

    AssetReturnIndicator() {
        super("ASSET_RETURN_BENCHMARK");
    }

    @Inject
    PolicyCopy policy;

    @Override
    Measured measure(Subject subject, int year) {
        PolicyCopy.Value benchmark = policy.require(PolicyCopy.BENCHMARK_RATE, year);
        return score(benchmark, rows.query("select distinct on (i.asset_id) i.asset_id, i.period, i.annualised_return, i.benchmark_rate, i.below_benchmark, i.income, "
                + "i.asset_value from observed_asset_income i where i.year = :year and " + assetScope(subject, "i.asset_id", "i.county_code")
                + " order by i.asset_id, i.period desc", subject, year));
    }

    /**
     * @param rows per operating asset, its latest inventory of the year: asset id, period, annualised return, benchmark rate and
     *             below-benchmark at record, income, asset value
     */
    static Measured score(PolicyCopy.Value benchmark, List<Object[]> rows) {
        String rule = "per operating asset with an income inventory of a half-year of the year (observed_asset_income; the latest period of the year "
                + "counts: H2 over H1): numeratorPart 1 when its return is not below the benchmark rate in force for the year ("
                + benchmark.describe() + "), compared exactly as asset-service does: half-year income × 2 ≥ asset value × rate; denominatorPart 1. "
                + "benchmarkRateAtRecord / belowBenchmarkAtRecord show asset-service's comparison on the day it was recorded; no data without any "
                + "inventory of the year";
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (Object[] r : rows) {
            Map<String, Object> m = record("observed_asset_income");
            BigDecimal income = money(r[5]);
            BigDecimal value = money(r[6]);
            boolean below = income.multiply(BigDecimal.valueOf(2)).compareTo(value.multiply(benchmark.value())) < 0;
            m.put("assetId", r[0].toString());
            m.put("period", r[1]);
            m.put("income", income);
            m.put("assetValue", value);
            m.put("annualisedReturn", r[2]);
            m.put("benchmarkRate", benchmark.value());
            m.put("belowBenchmark", below);
            m.put("benchmarkRateAtRecord", r[3]);
            m.put("belowBenchmarkAtRecord", r[4]);
            num += ReadModelRows.countsOne(m, !below);
            out.add(m);
        }
        return new Measured(out.isEmpty() ? Measurement.noData(IndicatorCalculator.NO_INCOME) : ReadModelRows.shareOf(num, out),
                rule, out, List.of("observed_asset_income"), List.of(benchmark));
    }
}
