package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;

/** The share of the operating assets' half-year income inventories that were recorded by their deadline. */
@ApplicationScoped
class InventoryCompletionIndicator extends Indicator {

    InventoryCompletionIndicator() {
        super("INVENTORY_COMPLETION");
    }

    @Inject
    PolicyCopy policy;

    @Inject
    Clock clock;

    @Override
    Measured measure(Subject subject, int year) {
        PolicyCopy.Value deadlineDays = policy.require(PolicyCopy.INVENTORY_DEADLINE_DAYS, year);
        Map<String, List<Object[]>> halves = new LinkedHashMap<>();
        for (int half = 1; half <= 2; half++) {
            String period = year + "H" + half;
            halves.put(period, rows.untilEnd("select a.asset_id, i.recorded_on from observed_asset a left join observed_asset_income i "
                    + "on i.asset_id = a.asset_id and i.period = :period where a.asset_class = 'OPERATING' and coalesce(a.registered_on, a.confirmed_on) <= :end "
                    + "and (a.disposed_on is null or a.disposed_on > :end) and "
                    + ReadModelRows.assetScope(subject, "a.asset_id", "a.county_code") + " order by a.asset_id", subject, end(period), period));
        }
        return score(deadlineDays, LocalDate.now(clock.withZone(ClockProducer.BUSINESS_ZONE)), halves);
    }

    /** The last day of a half-year like 2025H1. */
    static LocalDate end(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        return period.endsWith("H1") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /**
     * @param today  the business date the evidence is as of: an inventory not recorded is only counted once its deadline has passed
     * @param halves per half-year of the year (in order), the operating assets due: asset id, the date its inventory was recorded (null: none)
     */
    static Measured score(PolicyCopy.Value deadlineDays, LocalDate today, Map<String, List<Object[]>> halves) {
        int days = deadlineDays.value().intValueExact();
        String rule = "per half-year H1/H2 of the year and operating asset of the register (observed_asset, class OPERATING) registered by the half-year's "
                + "end and not disposed of by then (asset.disposed.v1): the inventory is due " + days + " days after the half-year ends ("
                + deadlineDays.describe() + "); denominatorPart 1 once the deadline has passed (by the evidence's asOf business date) or the inventory "
                + "was recorded; numeratorPart 1 when an income inventory (observed_asset_income) of that asset and period was recorded on or before the deadline";
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (Map.Entry<String, List<Object[]>> half : halves.entrySet()) {
            String period = half.getKey();
            LocalDate deadline = end(period).plusDays(days);
            for (Object[] r : half.getValue()) {
                LocalDate recorded = r[1] == null ? null : ReadModelRows.date(r[1]);
                if (recorded == null && !today.isAfter(deadline)) {
                    continue; // not due yet
                }
                Map<String, Object> m = record("observed_asset+observed_asset_income");
                m.put("assetId", r[0].toString());
                m.put("period", period);
                m.put("deadline", deadline.toString());
                m.put("recordedOn", recorded == null ? null : recorded.toString());
                num += ReadModelRows.countsOne(m, recorded != null && !recorded.isAfter(deadline));
                out.add(m);
            }
        }
        return new Measured(out.isEmpty() ? Measurement.noData("no operating asset's income inventory of this year is due yet (or none inventoried)")
                : ReadModelRows.shareOf(num, out), rule, out, List.of("observed_asset", "observed_asset_income"),
                List.of(deadlineDays));
    }
}
