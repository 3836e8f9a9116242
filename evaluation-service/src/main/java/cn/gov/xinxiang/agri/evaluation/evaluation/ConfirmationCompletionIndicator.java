package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.evaluation.IndicatorCalculator.Measured;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.money;
import static cn.gov.xinxiang.agri.evaluation.evaluation.ReadModelRows.record;

/** The share of the registered assets whose ownership was confirmed by the end of the year. */
@ApplicationScoped
class ConfirmationCompletionIndicator extends Indicator {

    static final String RULE = "per asset of the register (observed_asset) in the subject's area (a project: the assets it formed) registered by the end of the "
            + "year and not disposed of by then (asset.disposed.v1): denominatorPart 1; numeratorPart 1 when its ownership was confirmed (asset.confirmed.v1) by the end of the year; "
            + "while no asset is registered, the assets accepted projects formed (observed_formed_asset) are shown";

    static final List<String> SOURCES = List.of("observed_asset", "observed_formed_asset");

    ConfirmationCompletionIndicator() {
        super("CONFIRMATION_COMPLETION");
    }

    @Override
    Measured measure(Subject subject, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        Measured measured = score(end, rows.untilEnd("select a.asset_id, a.name, a.asset_class, a.value, a.registered_on, a.confirmed_on from observed_asset a "
                + "where coalesce(a.registered_on, a.confirmed_on) <= :end and (a.disposed_on is null or a.disposed_on > :end) and "
                + (subject.type() == SubjectType.PROJECT ? "a.source_project_id = cast(:subject as uuid)" : ReadModelRows.scopeClause(subject, "unused", "a.county_code"))
                + " order by a.asset_id", subject, end, null));
        // nothing registered yet: show what the accepted projects formed, so the gap can be seen
        return measured.records().isEmpty()
                ? new Measured(measured.measurement(), RULE, rows.formedAssets(subject, year), SOURCES) : measured;
    }

    /** @param assets per registered asset: id, name, class, value, registered on, confirmed on (null: not yet) */
    static Measured score(LocalDate end, List<Object[]> assets) {
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (Object[] r : assets) {
            Map<String, Object> m = record("observed_asset");
            m.put("assetId", r[0].toString());
            m.put("name", r[1]);
            m.put("assetClass", r[2]);
            m.put("value", money(r[3]));
            m.put("registeredOn", r[4] == null ? null : r[4].toString());
            m.put("confirmedOn", r[5] == null ? null : r[5].toString());
            num += ReadModelRows.countsOne(m, r[5] != null && !ReadModelRows.date(r[5]).isAfter(end));
            out.add(m);
        }
        if (out.isEmpty()) {
            return new Measured(Measurement.noData(IndicatorCalculator.NO_ASSETS), RULE, out, SOURCES);
        }
        return new Measured(ReadModelRows.shareOf(num, out), RULE, out, SOURCES);
    }
}
