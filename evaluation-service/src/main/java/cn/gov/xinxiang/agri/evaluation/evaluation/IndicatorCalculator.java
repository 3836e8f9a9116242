package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.scoring.ScoringEngine.Measurement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.xinxiang.agri.platform.time.ClockProducer;

import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Measures each built-in indicator for a subject and year from the read models fed by the consumers.
 * Every record of an indicator with its own rule states its part of the numerator and denominator
 * ({@code numeratorPart}, {@code denominatorPart}; the two fund shares: {@code amount} and {@code counted}),
 * so the sums can be redone from the evidence. Without source rows for the year and subject the
 * indicator reports no data with the reason.
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

    /** "Library projects of the year": admitted ones of this fiscal year or an earlier one, all still expected to link farmers. */
    static final String PROJECT_SET = "p.fiscal_year <= :year and p.admitted_at is not null";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PolicyCopy policy;

    @Inject
    ProgrammeIndicators programmes;

    public Measured measure(String code, Subject subject, int year) {
        return switch (code) {
            case "INDUSTRY_FUND_SHARE" -> industryShare(subject, year);
            case "LEADING_INDUSTRY_SHARE" -> leadingShare(subject, year);
            case "WORKING_MECHANISMS_SHARE" -> workingMechanisms(subject, year);
            case "LINKED_HOUSEHOLDS" -> linkedHouseholds(subject, year);
            case "INCOME_INCREASE" -> incomeIncrease(subject, year);
            case "ASSET_RETURN_BENCHMARK" -> assetReturn(subject, year);
            case "DISTRIBUTION_SHARE" -> distributionShare(subject, year);
            case "INVENTORY_COMPLETION" -> inventoryCompletion(subject, year);
            case "FUND_EXECUTION_RATE" -> fundExecution(subject, year);
            case "CONFIRMATION_COMPLETION" -> confirmation(subject, year);
            case ProgrammeIndicators.CERTIFIED_LABOUR_HOUSEHOLDS -> programmes.certifiedLabourHouseholds(subject, year);
            case ProgrammeIndicators.ENVOY_PROJECT_COVERAGE -> programmes.envoyCoverage(subject, year);
            default -> new Measured(Measurement.noData("no computation rule exists for indicator code " + code), "none", List.of(), List.of());
        };
    }

    private Measured industryShare(Subject subject, int year) {
        List<Map<String, Object>> rows = allocations(subject, year);
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Map<String, Object> r : rows) {
            BigDecimal amount = (BigDecimal) r.get("amount");
            den = den.add(amount);
            boolean industry = "INDUSTRY_DEVELOPMENT".equals(r.get("use"));
            if (industry) {
                num = num.add(amount);
            }
            r.put("counted", industry ? "numerator+denominator" : "denominator");
        }
        String rule = "numerator: Σ amount of the subject's unrevoked allocations of the year with use INDUSTRY_DEVELOPMENT; denominator: Σ amount of all of them";
        return new Measured(den.signum() == 0 ? Measurement.noData(NO_ALLOCATION) : Measurement.of(num, den), rule, rows, List.of("observed_allocation"));
    }

    private Measured leadingShare(Subject subject, int year) {
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Map<String, Object> r : allocations(subject, year)) {
            if (!"INDUSTRY_DEVELOPMENT".equals(r.get("use"))) {
                continue;
            }
            BigDecimal amount = (BigDecimal) r.get("amount");
            den = den.add(amount);
            boolean leading = Boolean.TRUE.equals(r.get("leadingIndustry"));
            if (leading) {
                num = num.add(amount);
            }
            r.put("counted", leading ? "numerator+denominator" : "denominator");
            rows.add(r);
        }
        String rule = "numerator: Σ amount of unrevoked INDUSTRY_DEVELOPMENT allocations with leadingIndustry = true; denominator: Σ amount of all unrevoked INDUSTRY_DEVELOPMENT allocations";
        return new Measured(den.signum() == 0 ? Measurement.noData("no unrevoked industry-development allocation of the year in observed_allocation")
                : Measurement.of(num, den), rule, rows, List.of("observed_allocation"));
    }

    private static Map<String, Object> record(String table) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", table);
        return m;
    }

    private static BigDecimal money(Object o) {
        return o == null ? null : ((BigDecimal) o).setScale(2);
    }

    private static int integer(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql, Subject subject, int year) {
        return em.createNativeQuery(sql).setParameter("year", year).setParameter("subject", subjectParam(subject)).getResultList();
    }

    private Measured workingMechanisms(Subject subject, int year) {
        PolicyCopy.Value threshold = policy.require(PolicyCopy.MIN_WORKING_MECHANISMS, year);
        int min = threshold.value().intValueExact();
        String rule = "per library project (observed_project admitted, fiscal year up to the year: an earlier project's results for the year count "
                + "too): a mechanism works when its results for the year (observed_mechanism_result) have linked households (poverty-alleviated + "
                + "monitored + other) > 0 and incomeReceived > 0; numerator: projects with at least " + min + " working mechanisms ("
                + threshold.describe() + ") (numeratorPart 1); denominator: all those library projects (a project without a report counts, with 0 "
                + "working mechanisms); no data while none of them reported results for the year";
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        int reported = 0;
        for (Object[] r : query("select p.project_id, p.code, p.fiscal_year, "
                + "(select count(*) from observed_mechanism_result x where x.project_id = p.project_id and x.year = :year), "
                + "(select count(*) from observed_mechanism_result x where x.project_id = p.project_id and x.year = :year "
                + "and x.linked_poverty_alleviated + x.linked_monitored + x.linked_other > 0 and x.income_received > 0) "
                + "from observed_project p where " + PROJECT_SET + " and "
                + scopeClause(subject, "p.project_id", "p.county_code") + " order by p.project_id", subject, year)) {
            Map<String, Object> m = record("observed_project+observed_mechanism_result");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("fiscalYear", integer(r[2]));
            m.put("reportedMechanisms", integer(r[3]));
            m.put("workingMechanisms", integer(r[4]));
            int part = integer(r[4]) >= min ? 1 : 0;
            m.put("numeratorPart", BigDecimal.valueOf(part));
            m.put("denominatorPart", BigDecimal.ONE);
            num += part;
            reported += integer(r[3]);
            out.add(m);
        }
        List<String> sources = List.of("observed_mechanism", "observed_mechanism_result");
        if (reported == 0) {
            return new Measured(Measurement.noData(NO_RESULTS), rule, out, sources, List.of(threshold));
        }
        return new Measured(Measurement.of(BigDecimal.valueOf(num), BigDecimal.valueOf(out.size())), rule, out, sources, List.of(threshold));
    }

    private Measured linkedHouseholds(Subject subject, int year) {
        String rule = "per library project (fiscal year up to the year): numeratorPart = Σ linkedPovertyAlleviated + linkedMonitored over its "
                + "mechanisms' results for the year (observed_mechanism_result; 0 without a report); denominatorPart = Σ plannedPovertyAlleviated + "
                + "plannedMonitored at library entry (observed_mechanism); no data while none of them reported results for the year, or nothing was planned";
        List<Map<String, Object>> out = new ArrayList<>();
        long num = 0;
        long den = 0;
        int reported = 0;
        for (Object[] r : query("select p.project_id, p.code, "
                + "(select coalesce(sum(m.planned_poverty_alleviated + m.planned_monitored), 0) from observed_mechanism m where m.project_id = p.project_id), "
                + "(select coalesce(sum(x.linked_poverty_alleviated + x.linked_monitored), 0) from observed_mechanism_result x where x.project_id = p.project_id and x.year = :year), "
                + "(select count(*) from observed_mechanism_result x where x.project_id = p.project_id and x.year = :year), p.fiscal_year "
                + "from observed_project p where " + PROJECT_SET + " and "
                + scopeClause(subject, "p.project_id", "p.county_code") + " order by p.project_id", subject, year)) {
            Map<String, Object> m = record("observed_project+observed_mechanism+observed_mechanism_result");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("fiscalYear", integer(r[5]));
            m.put("reported", integer(r[4]) > 0);
            m.put("numeratorPart", BigDecimal.valueOf(integer(r[3])));
            m.put("denominatorPart", BigDecimal.valueOf(integer(r[2])));
            num += integer(r[3]);
            den += integer(r[2]);
            reported += integer(r[4]);
            out.add(m);
        }
        List<String> sources = List.of("observed_mechanism", "observed_mechanism_result");
        if (reported == 0 || den == 0) {
            return new Measured(Measurement.noData(reported == 0 ? NO_RESULTS : "no poverty-alleviated or monitored households were planned"), rule, out, sources);
        }
        return new Measured(Measurement.of(BigDecimal.valueOf(num), BigDecimal.valueOf(den)), rule, out, sources);
    }

    private Measured incomeIncrease(Subject subject, int year) {
        String rule = "per planned mechanism of the library projects (fiscal year up to the year; observed_mechanism): the baseline income per household "
                + "is the latest earlier year's result of that project and mechanism in which it worked (incomeReceived / linked households, "
                + "baselineKind PREVIOUS_YEAR_RESULT), otherwise the income expected per household at library entry (EXPECTED_AT_ENTRY); "
                + "households = the households linked in the year's result (all categories), or the planned ones when it linked none or did not "
                + "report; denominatorPart = round2(baseline per household × households); numeratorPart = incomeReceived of the year (0 without a "
                + "report). A mechanism with neither a baseline result nor an expected income is not counted (parts 0). actual ≥ 100 means the "
                + "linked households earned at least as much per household as the baseline; no data while none of the projects reported for the year";
        List<Map<String, Object>> out = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        boolean reported = false;
        for (Object[] r : query("select m.project_id, p.code, p.fiscal_year, m.mechanism_type, m.planned_poverty_alleviated + m.planned_monitored + m.planned_other, "
                + "m.expected_income_per_household, x.linked_poverty_alleviated + x.linked_monitored + x.linked_other, x.income_received, "
                + "b.year, b.linked_poverty_alleviated + b.linked_monitored + b.linked_other, b.income_received "
                + "from observed_mechanism m join observed_project p on p.project_id = m.project_id "
                + "left join observed_mechanism_result x on x.project_id = m.project_id and x.year = :year and x.mechanism_type = m.mechanism_type "
                + "left join lateral (select * from observed_mechanism_result y where y.project_id = m.project_id and y.mechanism_type = m.mechanism_type "
                + "and y.year < :year and y.linked_poverty_alleviated + y.linked_monitored + y.linked_other > 0 and y.income_received > 0 "
                + "order by y.year desc limit 1) b on true "
                + "where " + PROJECT_SET + " and " + scopeClause(subject, "p.project_id", "p.county_code")
                + " order by m.project_id, m.mechanism_type", subject, year)) {
            Map<String, Object> m = record("observed_mechanism+observed_mechanism_result");
            m.put("projectId", r[0].toString());
            m.put("code", r[1]);
            m.put("fiscalYear", integer(r[2]));
            m.put("mechanism", r[3]);
            int planned = integer(r[4]);
            int linked = integer(r[6]);
            BigDecimal received = r[7] == null ? BigDecimal.ZERO.setScale(2) : money(r[7]);
            reported |= r[7] != null;
            int households = linked > 0 ? linked : planned;
            m.put("linkedHouseholds", linked);
            m.put("plannedHouseholds", planned);
            m.put("householdsCounted", households);
            m.put("incomeReceived", received);
            BigDecimal expected;
            if (r[8] != null) {
                BigDecimal baseIncome = money(r[10]);
                int baseLinked = integer(r[9]);
                m.put("baselineKind", "PREVIOUS_YEAR_RESULT");
                m.put("baselineYear", integer(r[8]));
                m.put("baselineIncomePerHousehold", baseIncome.divide(BigDecimal.valueOf(baseLinked), 2, RoundingMode.HALF_UP));
                expected = baseIncome.multiply(BigDecimal.valueOf(households)).divide(BigDecimal.valueOf(baseLinked), 2, RoundingMode.HALF_UP);
            } else if (r[5] != null) {
                m.put("baselineKind", "EXPECTED_AT_ENTRY");
                m.put("baselineIncomePerHousehold", money(r[5]));
                expected = money(r[5]).multiply(BigDecimal.valueOf(households)).setScale(2, RoundingMode.HALF_UP);
            } else {
                m.put("baselineKind", "NONE");
                expected = BigDecimal.ZERO.setScale(2);
                received = BigDecimal.ZERO.setScale(2);
            }
            m.put("numeratorPart", received);
            m.put("denominatorPart", expected);
            num = num.add(received);
            den = den.add(expected);
            out.add(m);
        }
        List<String> sources = List.of("observed_mechanism", "observed_mechanism_result");
        if (!reported || den.signum() == 0) {
            return new Measured(Measurement.noData(!reported ? NO_RESULTS : "no baseline income: neither an earlier year's working result nor an expected income"),
                    rule, out, sources);
        }
        return new Measured(Measurement.of(num, den), rule, out, sources);
    }

    private String assetScope(Subject subject, String assetColumn, String countyColumn) {
        return subject.type() == SubjectType.PROJECT
                ? assetColumn + " in (select s.asset_id from observed_asset s where s.source_project_id = cast(:subject as uuid))"
                : scopeClause(subject, "unused", countyColumn);
    }

    private Measured assetReturn(Subject subject, int year) {
        PolicyCopy.Value benchmark = policy.require(PolicyCopy.BENCHMARK_RATE, year);
        String rule = "per operating asset with an income inventory of a half-year of the year (observed_asset_income; the latest period of the year "
                + "counts: H2 over H1): numeratorPart 1 when its return is not below the benchmark rate in force for the year ("
                + benchmark.describe() + "), compared exactly as asset-service does: half-year income × 2 ≥ asset value × rate; denominatorPart 1. "
                + "benchmarkRateAtRecord / belowBenchmarkAtRecord show asset-service's comparison on the day it was recorded; no data without any "
                + "inventory of the year";
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (Object[] r : query("select distinct on (i.asset_id) i.asset_id, i.period, i.annualised_return, i.benchmark_rate, i.below_benchmark, i.income, "
                + "i.asset_value from observed_asset_income i where i.year = :year and " + assetScope(subject, "i.asset_id", "i.county_code")
                + " order by i.asset_id, i.period desc", subject, year)) {
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
            int part = below ? 0 : 1;
            m.put("numeratorPart", BigDecimal.valueOf(part));
            m.put("denominatorPart", BigDecimal.ONE);
            num += part;
            out.add(m);
        }
        return new Measured(out.isEmpty() ? Measurement.noData(NO_INCOME) : Measurement.of(BigDecimal.valueOf(num), BigDecimal.valueOf(out.size())),
                rule, out, List.of("observed_asset_income"), List.of(benchmark));
    }

    private Measured distributionShare(Subject subject, int year) {
        String rule = "per distribution of a half-year of the year in the subject's villages (observed_distribution): numeratorPart = targetAmount "
                + "(paid to poverty-alleviated and monitored households), denominatorPart = income distributed; distributions are per village, "
                + "so a project has no data";
        if (subject.type() == SubjectType.PROJECT) {
            return new Measured(Measurement.notApplicable("not applicable: income distributions are recorded per village, not per project"), rule,
                    List.of(), List.of());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Object[] r : query("select d.distribution_id, d.village_code, d.period, d.income, d.target_amount, d.households_paid from observed_distribution d "
                + "where d.year = :year and " + scopeClause(subject, "unused", "d.county_code") + " order by d.distribution_id", subject, year)) {
            Map<String, Object> m = record("observed_distribution");
            m.put("distributionId", r[0].toString());
            m.put("villageCode", r[1]);
            m.put("period", r[2]);
            m.put("householdsPaid", integer(r[5]));
            m.put("numeratorPart", money(r[4]));
            m.put("denominatorPart", money(r[3]));
            num = num.add(money(r[4]));
            den = den.add(money(r[3]));
            out.add(m);
        }
        return new Measured(den.signum() == 0 ? Measurement.noData(NO_DISTRIBUTION) : Measurement.of(num, den), rule, out, List.of("observed_distribution"));
    }

    private Measured inventoryCompletion(Subject subject, int year) {
        PolicyCopy.Value deadlineDays = policy.require(PolicyCopy.INVENTORY_DEADLINE_DAYS, year);
        int days = deadlineDays.value().intValueExact();
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.BUSINESS_ZONE));
        String rule = "per half-year H1/H2 of the year and operating asset of the register (observed_asset, class OPERATING) registered by the half-year's "
                + "end and not disposed of by then (asset.disposed.v1): the inventory is due " + days + " days after the half-year ends ("
                + deadlineDays.describe() + "); denominatorPart 1 once the deadline has passed (by the evidence's asOf business date) or the inventory "
                + "was recorded; numeratorPart 1 when an income inventory (observed_asset_income) of that asset and period was recorded on or before the deadline";
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        for (int half = 1; half <= 2; half++) {
            String period = year + "H" + half;
            LocalDate end = half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            LocalDate deadline = end.plusDays(days);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select a.asset_id, i.recorded_on from observed_asset a left join observed_asset_income i "
                            + "on i.asset_id = a.asset_id and i.period = :period where a.asset_class = 'OPERATING' and coalesce(a.registered_on, a.confirmed_on) <= :end "
                            + "and (a.disposed_on is null or a.disposed_on > :end) and "
                            + assetScope(subject, "a.asset_id", "a.county_code") + " order by a.asset_id")
                    .setParameter("period", period).setParameter("end", end).setParameter("subject", subjectParam(subject)).getResultList();
            for (Object[] r : rows) {
                LocalDate recorded = r[1] == null ? null : r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
                if (recorded == null && !today.isAfter(deadline)) {
                    continue; // not due yet
                }
                Map<String, Object> m = record("observed_asset+observed_asset_income");
                m.put("assetId", r[0].toString());
                m.put("period", period);
                m.put("deadline", deadline.toString());
                m.put("recordedOn", recorded == null ? null : recorded.toString());
                int part = recorded != null && !recorded.isAfter(deadline) ? 1 : 0;
                m.put("numeratorPart", BigDecimal.valueOf(part));
                m.put("denominatorPart", BigDecimal.ONE);
                num += part;
                out.add(m);
            }
        }
        return new Measured(out.isEmpty() ? Measurement.noData("no operating asset's income inventory of this year is due yet (or none inventoried)")
                : Measurement.of(BigDecimal.valueOf(num), BigDecimal.valueOf(out.size())), rule, out, List.of("observed_asset", "observed_asset_income"),
                List.of(deadlineDays));
    }

    private Measured fundExecution(Subject subject, int year) {
        String rule = "per unrevoked allocation of the year (observed_allocation): denominatorPart = amount allocated, numeratorPart = Σ expenditures "
                + "recorded against it (observed_expenditure); disbursed (observed_disbursement) shown for information; no data while no disbursement "
                + "or expenditure has been recorded against any of them";
        List<Map<String, Object>> out = new ArrayList<>();
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        boolean flows = false;
        for (Object[] r : query("select a.allocation_id, a.project_id, a.fund_use, a.amount, "
                + "(select sum(e.amount) from observed_expenditure e where e.allocation_id = a.allocation_id), "
                + "(select sum(d.amount) from observed_disbursement d where d.allocation_id = a.allocation_id) from observed_allocation a "
                + "where a.fiscal_year = :year and a.revoked = false and " + scopeClause(subject, "a.project_id", "a.county_code")
                + " order by a.allocation_id", subject, year)) {
            Map<String, Object> m = record("observed_allocation+observed_expenditure+observed_disbursement");
            m.put("allocationId", r[0].toString());
            m.put("projectId", r[1].toString());
            m.put("use", r[2]);
            BigDecimal spent = r[4] == null ? BigDecimal.ZERO.setScale(2) : money(r[4]);
            m.put("disbursed", r[5] == null ? BigDecimal.ZERO.setScale(2) : money(r[5]));
            m.put("numeratorPart", spent);
            m.put("denominatorPart", money(r[3]));
            flows |= r[4] != null || r[5] != null;
            num = num.add(spent);
            den = den.add(money(r[3]));
            out.add(m);
        }
        if (den.signum() == 0 || !flows) {
            return new Measured(Measurement.noData(den.signum() == 0 ? NO_ALLOCATION
                    : "no disbursement or expenditure recorded yet against the year's allocations (funding.disbursement-made.v1, funding.expenditure-recorded.v1)"),
                    rule, out, List.of("observed_allocation", "observed_expenditure"));
        }
        return new Measured(Measurement.of(num, den), rule, out, List.of("observed_allocation", "observed_expenditure"));
    }

    private Measured confirmation(Subject subject, int year) {
        String rule = "per asset of the register (observed_asset) in the subject's area (a project: the assets it formed) registered by the end of the "
                + "year and not disposed of by then (asset.disposed.v1): denominatorPart 1; numeratorPart 1 when its ownership was confirmed (asset.confirmed.v1) by the end of the year; "
                + "while no asset is registered, the assets accepted projects formed (observed_formed_asset) are shown";
        List<Map<String, Object>> out = new ArrayList<>();
        int num = 0;
        LocalDate end = LocalDate.of(year, 12, 31);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.asset_id, a.name, a.asset_class, a.value, a.registered_on, a.confirmed_on from observed_asset a "
                        + "where coalesce(a.registered_on, a.confirmed_on) <= :end and (a.disposed_on is null or a.disposed_on > :end) and "
                        + (subject.type() == SubjectType.PROJECT ? "a.source_project_id = cast(:subject as uuid)" : scopeClause(subject, "unused", "a.county_code"))
                        + " order by a.asset_id")
                .setParameter("end", end).setParameter("subject", subjectParam(subject)).getResultList();
        for (Object[] r : rows) {
            Map<String, Object> m = record("observed_asset");
            m.put("assetId", r[0].toString());
            m.put("name", r[1]);
            m.put("assetClass", r[2]);
            m.put("value", money(r[3]));
            m.put("registeredOn", r[4] == null ? null : r[4].toString());
            m.put("confirmedOn", r[5] == null ? null : r[5].toString());
            int part = r[5] != null && !date(r[5]).isAfter(end) ? 1 : 0;
            m.put("numeratorPart", BigDecimal.valueOf(part));
            m.put("denominatorPart", BigDecimal.ONE);
            num += part;
            out.add(m);
        }
        if (out.isEmpty()) {
            return new Measured(Measurement.noData(NO_ASSETS), rule, formedAssets(subject, year), List.of("observed_asset", "observed_formed_asset"));
        }
        return new Measured(Measurement.of(BigDecimal.valueOf(num), BigDecimal.valueOf(out.size())), rule, out, List.of("observed_asset", "observed_formed_asset"));
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private String scopeClause(Subject subject, String projectColumn, String countyColumn) {
        return switch (subject.type()) {
            case PROJECT -> projectColumn + " = cast(:subject as uuid)";
            case COUNTY -> countyColumn + " = :subject";
            case CITY -> countyColumn + " like :subject";
        };
    }

    private String subjectParam(Subject subject) {
        return subject.type() == SubjectType.CITY ? subject.regionCode().substring(0, 4) + "%" : subject.id();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> allocations(Subject subject, int year) {
        List<Object[]> rows = em.createNativeQuery("select allocation_id, project_id, county_code, fund_use, amount, leading_industry from observed_allocation "
                        + "where fiscal_year = :year and revoked = false and " + scopeClause(subject, "project_id", "county_code") + " order by allocation_id")
                .setParameter("year", year).setParameter("subject", subjectParam(subject)).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", "observed_allocation");
            m.put("allocationId", r[0].toString());
            m.put("projectId", r[1].toString());
            m.put("countyCode", r[2]);
            m.put("use", r[3]);
            m.put("amount", ((BigDecimal) r[4]).setScale(2));
            m.put("leadingIndustry", r[5]);
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> formedAssets(Subject subject, int year) {
        List<Object[]> rows = em.createNativeQuery("select a.project_id, a.asset_ref, a.asset_class, a.value from observed_formed_asset a "
                        + "join observed_project p on p.project_id = a.project_id where p.fiscal_year = :year and "
                        + scopeClause(subject, "p.project_id", "p.county_code") + " order by a.project_id, a.asset_ref")
                .setParameter("year", year).setParameter("subject", subjectParam(subject)).getResultList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", "observed_formed_asset");
            m.put("projectId", r[0].toString());
            m.put("assetRef", r[1]);
            m.put("assetClass", r[2]);
            m.put("value", ((BigDecimal) r[3]).setScale(2));
            out.add(m);
        }
        return out;
    }

    static UUID uuidOrNull(String s) {
        try {
            return UUID.fromString(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
