package cn.gov.xinxiang.agri.funding.imports;

import cn.gov.xinxiang.agri.funding.plan.PlanStatus;
import cn.gov.xinxiang.agri.funding.policy.PolicyService;
import cn.gov.xinxiang.agri.funding.policy.PolicyYear;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportHandler;
import cn.gov.xinxiang.agri.platform.imports.ImportPlan;
import cn.gov.xinxiang.agri.platform.imports.ImportProgress;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.policy.PolicyParameterStore;
import cn.gov.xinxiang.agri.platform.policy.PolicyValue;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.gov.xinxiang.agri.funding.imports.AnnualPlanColumns.YEAR;

/**
 * Import kind {@code annual-plans}: the city's linkage-fund plans of earlier years (历年资金计划), one row per money
 * line as the documents issued it; the rows of a year make that year's plan, which enters published (version 1, kind
 * PUBLICATION, with the documents' 下达文号) and is announced with {@code funding.plan-published.v1} as publication
 * announces it. The year's floors and negative list (policy data) are checked as publication checks them: a plan that
 * breaks one needs its 偏离说明. City users only. Natural key: the fiscal year (one plan a year).
 */
@ApplicationScoped
public class AnnualPlanImport implements ImportHandler {

    public static final String KIND = "annual-plans";

    @Inject
    EntityManager em;

    @Inject
    RegionDirectory regions;

    @Inject
    PolicyParameterStore policy;

    @Inject
    Clock clock;

    @Inject
    AnnualPlanWriter writer;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "历年资金计划";
    }

    @Override
    public List<ImportColumn> columns() {
        return AnnualPlanColumns.ALL;
    }

    @Override
    public Optional<Violation> refusal(ImportCaller caller) {
        return AnnualPlanRowValidator.mayImport(caller).stream().findFirst();
    }

    /** A year's plan as stored: which plan, its state, and the digest of the lines it was imported from (null if drawn up here). */
    record Stored(UUID id, PlanStatus status, int planVersion, String digest, UUID importJobId) {
    }

    @Override
    public ImportPlan plan(UUID jobId, List<ImportRow> rows, ImportCaller caller, ImportProgress progress) {
        LocalDate today = clock.instant().atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
        AnnualPlanRowValidator validator = new AnnualPlanRowValidator(new AnnualPlanRowValidator.Lookups() {
            @Override
            public Optional<Text> unknownRegion(RegionCode code) {
                return regions.known(code) ? Optional.empty() : regions.problemText(code);
            }

            @Override
            public LocalDate today() {
                return today;
            }
        }, caller);

        List<ImportError> errors = new ArrayList<>();
        Map<Integer, List<AnnualPlanLine>> byYear = new LinkedHashMap<>();
        Set<Integer> incomplete = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            AnnualPlanRowValidator.Result r = validator.check(rows.get(i));
            if (r.ok()) {
                byYear.computeIfAbsent(r.line().fiscalYear(), y -> new ArrayList<>()).add(r.line());
            } else {
                errors.addAll(r.errors());
                yearOf(rows.get(i)).ifPresent(incomplete::add);
            }
            progress.processed(i + 1);
        }

        Map<Integer, Stored> stored = stored(byYear.keySet());
        List<AnnualPlanRowValidator.YearPlan> fresh = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<Integer, List<AnnualPlanLine>> e : byYear.entrySet()) {
            int year = e.getKey();
            List<AnnualPlanLine> lines = e.getValue();
            int first = lines.get(0).rowNumber();
            Stored s = stored.get(year);
            if (s != null) {
                if (s.digest() != null && s.digest().equals(AnnualPlanRowValidator.digestOf(year, lines)) && !incomplete.contains(year)) {
                    unchanged += lines.size();   // imported before from the same lines: nothing to do
                } else if (s.digest() != null) {
                    errors.add(ImportError.of(first, "年度", YEAR, new Text("plan-import.imported-before", year, s.id(), s.importJobId())));
                } else {
                    errors.add(ImportError.of(first, "年度", YEAR, s.status() == PlanStatus.PUBLISHED
                            ? new Text("plan-import.plan-exists-published", year, s.id(), s.planVersion())
                            : new Text("plan-import.plan-exists-draft", year, s.id())));
                }
                continue;
            }
            if (incomplete.contains(year)) {
                continue;   // the year's plan is checked as a whole once all its rows read
            }
            AnnualPlanRowValidator.YearResult yr = validator.checkYear(year, lines, yearPolicy(year).orElse(null));
            if (yr.ok()) {
                fresh.add(yr.plan());
            } else {
                errors.addAll(yr.errors());
            }
        }
        return ImportPlan.of(errors, unchanged, () -> writer.write(jobId, fresh, caller));
    }

    private static Optional<Integer> yearOf(ImportRow row) {
        try {
            return Optional.of(Integer.parseInt(row.get(YEAR).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The year's floors in force and its negative list; empty when the policy data does not cover the year. */
    Optional<AnnualPlanRowValidator.YearPolicy> yearPolicy(int year) {
        PolicyYear y = PolicyYear.findById(year);
        Optional<PolicyValue> industry = policy.find(PolicyService.INDUSTRY_SHARE_FLOOR, year);
        Optional<PolicyValue> leading = policy.find(PolicyService.LEADING_SHARE_FLOOR, year);
        if (y == null || industry.isEmpty() || leading.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> negative = new LinkedHashMap<>();
        y.negativeList.forEach(n -> negative.put(n.code, n.label));
        return Optional.of(new AnnualPlanRowValidator.YearPolicy(industry.get().value().stripTrailingZeros(),
                leading.get().value().stripTrailingZeros(), negative));
    }

    /** The plans already stored for the file's years, in one query. */
    private Map<Integer, Stored> stored(Set<Integer> years) {
        Map<Integer, Stored> out = new HashMap<>();
        if (years.isEmpty()) {
            return out;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select fiscal_year, id, status, plan_version, import_digest, import_job_id "
                    + "from funding_plan where fiscal_year = any(?)")) {
                ps.setArray(1, c.createArrayOf("integer", years.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getInt(1), new Stored(rs.getObject(2, UUID.class), PlanStatus.valueOf(rs.getString(3)), rs.getInt(4),
                                rs.getString(5), rs.getObject(6, UUID.class)));
                    }
                }
            }
        });
        return out;
    }
}
