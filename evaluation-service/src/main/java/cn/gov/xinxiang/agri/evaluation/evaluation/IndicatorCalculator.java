package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures each built-in indicator for a subject and year from the read models fed by the consumers, through the
 * {@link Indicator} registered for its code (one class per indicator). Every record of an indicator with its own rule
 * states its part of the numerator and denominator ({@code numeratorPart}, {@code denominatorPart}; the two fund shares:
 * {@code amount} and {@code counted}), so the sums can be redone from the evidence. Without source rows for the year and
 * subject the indicator reports no data with the reason.
 */
@ApplicationScoped
public class IndicatorCalculator {

    public static final String NO_RESULTS = "no results reported (project.results-reported.v1) for this year by any of the subject's library projects "
            + "(fiscal year up to this year)";
    public static final String NO_ASSETS = "no asset registered (asset.registered.v1) by the end of the year in the subject's area";
    public static final String NO_INCOME = "no operating asset's income inventory (asset.income-recorded.v1) for a half-year of this year";
    public static final String NO_DISTRIBUTION = "no income distribution (asset.distribution-recorded.v1) for a half-year of this year";
    public static final String NO_ALLOCATION = "no unrevoked allocation of the year in observed_allocation";

    /**
     * A measured indicator with the rule and the rows behind it, the read-model tables it read (its
     * dependencies) and the policy parameters it used.
     */
    public record Measured(Measurement measurement, String rule, List<Map<String, Object>> records, List<String> sources,
                           List<PolicyCopy.Value> policies) {
        Measured(Measurement measurement, String rule, List<Map<String, Object>> records, List<String> sources) {
            this(measurement, rule, records, sources, List.of());
        }
    }

    @Inject
    Instance<Indicator> indicators;

    private final Map<String, Indicator> byCode = new HashMap<>();

    @PostConstruct
    void register() {
        for (Indicator i : indicators) {
            if (byCode.putIfAbsent(i.code(), i) != null) {
                throw new IllegalStateException("two indicators with code " + i.code());
            }
        }
    }

    public Measured measure(String code, Subject subject, int year) {
        Indicator indicator = byCode.get(code);
        if (indicator == null) {
            return new Measured(Measurement.noData("no computation rule exists for indicator code " + code), "none", List.of(), List.of());
        }
        return indicator.measure(subject, year);
    }
}
