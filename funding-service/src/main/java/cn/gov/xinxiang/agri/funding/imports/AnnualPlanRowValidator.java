package cn.gov.xinxiang.agri.funding.imports;

import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.funding.plan.PlanFigures;
import cn.gov.xinxiang.agri.funding.plan.PlanRules;
import cn.gov.xinxiang.agri.funding.policy.PolicyRules;
import cn.gov.xinxiang.agri.funding.policy.Shares;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.imports.RowCheck;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.Role;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static cn.gov.xinxiang.agri.funding.imports.AnnualPlanColumns.*;

/**
 * Checks a past-annual-plan file. Row by row ({@link #check}): an earlier fiscal year, a county-level unit of the
 * caller's city that the division directory knows (one retired since is fine: the plan is history), a source and a
 * use, an amount above zero, a leading-industry part only on industry-development lines and not above the amount, a
 * purpose code, the issuing document and a date not in the future nor before the year before the fiscal year. Year by
 * year ({@link #checkYear}): no line twice, the lines add up to a consistent plan (the rules a draft obeys, fully split
 * by construction), and the floors and negative list of the year's policy data: a plan below the industry-development
 * or leading-industry floor, or with a line for a purpose on the year's negative list, needs a 偏离说明 exactly as
 * publication does. Plain code; the directory comes in through {@link Lookups}, the policy as {@link YearPolicy}.
 */
public final class AnnualPlanRowValidator {

    public interface Lookups {
        /** Empty when the division directory has the code (active or retired); the problem otherwise. */
        Optional<Text> unknownRegion(RegionCode code);

        LocalDate today();
    }

    /** The year's policy as the policy data has it: the floors in force and the negative list's codes (with labels). */
    public record YearPolicy(BigDecimal industryFloor, BigDecimal leadingFloor, Map<String, String> negativeList) {
    }

    public record Result(AnnualPlanLine line, List<ImportError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** A year's plan as the file makes it: figures, county shares (each broken down by use), what it breaks, where it comes from. */
    public record YearPlan(int fiscalYear, int firstRow, List<AnnualPlanLine> lines, PlanFigures figures, List<PlanRules.ShareLine> shares,
                           PlanRules.FloorCheck floors, Set<PlanRules.Breach> breaches, String justification, String documents,
                           LocalDate issuedOn, String digest) {
    }

    public record YearResult(YearPlan plan, List<ImportError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    static final Map<String, FundSource> SOURCES = RowCheck.labels(FundSource.class, s -> s.label);
    static final Map<String, FundUse> USES = RowCheck.labels(FundUse.class, u -> u.label);
    private static final Pattern PURPOSE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    static final int MAX_DOCUMENTS = 2000;

    private final Lookups lookups;
    private final ImportCaller caller;

    /** Only city users of a city import past plans: a 403 naming the caller's role otherwise. */
    public static List<Violation> mayImport(ImportCaller caller) {
        return caller.is(Role.CITY) && caller.region().tier() == Tier.CITY ? List.of() : List.of(Violation.forbidden("plan-import.who", caller.role().claim));
    }

    public AnnualPlanRowValidator(Lookups lookups, ImportCaller caller) {
        this.lookups = lookups;
        this.caller = caller;
    }

    public Result check(ImportRow input) {
        RowCheck c = new RowCheck(input, ALL);
        LocalDate today = lookups.today();
        Integer year = c.integer(YEAR, PolicyRules.FIRST_YEAR, PolicyRules.LAST_YEAR);
        if (year != null && year >= today.getYear()) {
            c.error(YEAR, new Text("plan-import.past-years", today.getYear()));
            year = null;
        }
        String county = c.digits(COUNTY, 12);
        FundSource source = c.choice(SOURCE, SOURCES);
        FundUse use = c.choice(USE, USES);
        BigDecimal amount = c.decimal(AMOUNT, 16, 2, new BigDecimal("0.01"));
        BigDecimal leading = c.decimal(LEADING, 16, 2, BigDecimal.ZERO);
        String purpose = c.text(PURPOSE, 64);
        String docNo = c.text(DOC_NO, 100);
        LocalDate issuedOn = c.date(ISSUED_ON);
        String justification = c.text(JUSTIFICATION, 2000);

        if (county != null) {
            RegionCode code = RegionCode.of(county);
            Optional<Text> unknown = lookups.unknownRegion(code);
            if (unknown.isPresent()) {
                c.error(COUNTY, unknown.get());
            } else if (code.tier() != Tier.COUNTY) {
                c.error(COUNTY, new Text("plan-import.county-tier", new Text("tier." + code.tier().name()), code.value()));
            } else if (!code.isWithin(caller.region())) {
                c.error(COUNTY, new Text("plan.not-county", county, caller.region().value()));
            }
        }
        if (leading != null && leading.signum() > 0 && use != null && use != FundUse.INDUSTRY_DEVELOPMENT) {
            c.error(LEADING, new Text("plan-import.leading-only-industry", use.label));
        } else if (leading != null && amount != null && leading.compareTo(amount) > 0) {
            c.error(LEADING, new Text("plan-import.leading-over-amount", leading.toPlainString(), amount.toPlainString()));
        }
        if (purpose != null) {
            purpose = purpose.toUpperCase(Locale.ROOT);
            if (!PURPOSE_CODE.matcher(purpose).matches()) {
                c.error(PURPOSE, new Text("plan-import.purpose-code"));
                purpose = null;
            }
        }
        if (issuedOn != null) {
            if (issuedOn.isAfter(today)) {
                c.error(ISSUED_ON, new Text("plan-import.issued-future", issuedOn.toString()));
            } else if (year != null && issuedOn.getYear() < year - 1) {
                c.error(ISSUED_ON, new Text("plan-import.issued-early", year - 1, year));
            }
        }
        if (!c.ok()) {
            return new Result(null, c.errors());
        }
        return new Result(new AnnualPlanLine(input.number(), year, county, source, use, amount, leading == null ? BigDecimal.ZERO.setScale(2) : leading,
                purpose, docNo, issuedOn, justification), List.of());
    }

    /**
     * Checks the lines of one year (each passed {@link #check}) together and makes the year's plan of them.
     *
     * @param policy the year's policy data, or null when the year has none (then nothing can be checked: an error)
     */
    public YearResult checkYear(int year, List<AnnualPlanLine> lines, YearPolicy policy) {
        List<ImportError> errors = new ArrayList<>();
        int first = lines.get(0).rowNumber();
        Map<String, AnnualPlanLine> byKey = new LinkedHashMap<>();
        for (AnnualPlanLine l : lines) {
            AnnualPlanLine earlier = byKey.putIfAbsent(l.key(), l);
            if (earlier != null) {
                errors.add(ImportError.of(l.rowNumber(), header(DOC_NO), DOC_NO, new Text("plan-import.same-line", earlier.rowNumber(),
                        year + ", " + l.countyCode() + ", " + l.source().label + ", " + l.use().label
                        + (l.purposeCode() == null ? "" : ", " + l.purposeCode()) + ", " + l.documentNo())));
            }
        }
        if (policy == null) {
            errors.add(ImportError.of(first, header(YEAR), YEAR, new Text("plan-import.no-policy", year)));
        }
        String justification = null;
        for (AnnualPlanLine l : lines) {
            if (l.justification() == null) {
                continue;
            }
            if (justification == null) {
                justification = l.justification();
            } else if (!justification.equals(l.justification())) {
                errors.add(ImportError.of(l.rowNumber(), header(JUSTIFICATION), JUSTIFICATION, new Text("plan-import.justification-differs", year)));
            }
        }
        Set<String> documents = new LinkedHashSet<>();
        lines.forEach(l -> documents.add(l.documentNo()));
        String docs = String.join("；", documents);
        if (docs.length() > MAX_DOCUMENTS) {
            errors.add(ImportError.of(first, header(DOC_NO), DOC_NO, new Text("plan-import.documents-too-long", documents.size(), year, MAX_DOCUMENTS)));
        }

        // the plan the lines make: sources by source, uses by use, county shares by county and use
        Map<FundSource, BigDecimal> bySource = new EnumMap<>(FundSource.class);
        Map<FundUse, BigDecimal> byUse = new EnumMap<>(FundUse.class);
        for (FundSource s : FundSource.values()) {
            bySource.put(s, zero());
        }
        for (FundUse u : FundUse.values()) {
            byUse.put(u, zero());
        }
        BigDecimal leading = zero();
        Map<String, Map<FundUse, BigDecimal>> byCounty = new TreeMap<>();
        for (AnnualPlanLine l : lines) {
            bySource.merge(l.source(), l.amount(), BigDecimal::add);
            byUse.merge(l.use(), l.amount(), BigDecimal::add);
            leading = leading.add(l.leadingIndustry());
            Map<FundUse, BigDecimal> uses = byCounty.computeIfAbsent(l.countyCode(), k -> {
                Map<FundUse, BigDecimal> m = new EnumMap<>(FundUse.class);
                for (FundUse u : FundUse.values()) {
                    m.put(u, zero());
                }
                return m;
            });
            uses.merge(l.use(), l.amount(), BigDecimal::add);
        }
        PlanFigures f = new PlanFigures(bySource.get(FundSource.CENTRAL), bySource.get(FundSource.PROVINCIAL), bySource.get(FundSource.CITY),
                bySource.get(FundSource.COUNTY), byUse.get(FundUse.INDUSTRY_DEVELOPMENT), leading, byUse.get(FundUse.INFRASTRUCTURE),
                byUse.get(FundUse.EMPLOYMENT), byUse.get(FundUse.OTHER));
        List<PlanRules.ShareLine> shares = new ArrayList<>();
        for (Map.Entry<String, Map<FundUse, BigDecimal>> e : byCounty.entrySet()) {
            Map<FundUse, BigDecimal> u = e.getValue();
            PlanRules.UseSplit split = new PlanRules.UseSplit(u.get(FundUse.INDUSTRY_DEVELOPMENT), u.get(FundUse.INFRASTRUCTURE),
                    u.get(FundUse.EMPLOYMENT), u.get(FundUse.OTHER));
            shares.add(new PlanRules.ShareLine(e.getKey(), split.total(), split));
        }
        // the rules a draft obeys; lines that pass check() always satisfy them, but the plan is stored only if they hold
        for (Violation e : PlanRules.checkLines(f, shares)) {
            errors.add(ImportError.of(first, null, null, new Text("plan-import.inconsistent", year, e.field(), e.text())));
        }
        if (PlanRules.unsplit(f, shares.stream().map(PlanRules.ShareLine::amount).toList()).signum() != 0) {
            errors.add(ImportError.of(first, null, null, new Text("plan-import.not-split", year)));
        }

        PlanRules.FloorCheck floors = null;
        Set<PlanRules.Breach> breaches = EnumSet.noneOf(PlanRules.Breach.class);
        if (policy != null) {
            floors = PlanRules.floors(f, policy.industryFloor(), policy.leadingFloor());
            List<AnnualPlanLine> forbidden = lines.stream().filter(l -> l.purposeCode() != null && policy.negativeList().containsKey(l.purposeCode())).toList();
            breaches = PlanRules.breaches(floors, !forbidden.isEmpty());
            if (!breaches.isEmpty() && justification == null) {
                List<Text> why = new ArrayList<>();
                if (breaches.contains(PlanRules.Breach.INDUSTRY_SHARE_FLOOR)) {
                    why.add(new Text("plan-import.breach-industry", floors.industryShare(), Shares.displayFloor(policy.industryFloor())));
                }
                if (breaches.contains(PlanRules.Breach.LEADING_SHARE_FLOOR)) {
                    why.add(new Text("plan-import.breach-leading", floors.leadingShare(), Shares.displayFloor(policy.leadingFloor())));
                }
                if (breaches.contains(PlanRules.Breach.NEGATIVE_LIST)) {
                    why.add(new Text("plan-import.breach-negative-list",
                            forbidden.stream().map(l -> String.valueOf(l.rowNumber())).collect(Collectors.joining(", ")), year,
                            forbidden.stream().map(l -> l.purposeCode() + " " + policy.negativeList().get(l.purposeCode())).distinct()
                                    .collect(Collectors.joining(", "))));
                }
                errors.add(ImportError.of(first, header(JUSTIFICATION), JUSTIFICATION, new Text("plan-import.breaks", year,
                        PlanRules.slugs(breaches), PlanRules.joined(why))));
            }
        }
        if (!errors.isEmpty()) {
            return new YearResult(null, errors);
        }
        LocalDate issuedOn = lines.stream().map(AnnualPlanLine::issuedOn).max(LocalDate::compareTo).orElseThrow();
        return new YearResult(new YearPlan(year, first, List.copyOf(lines), f, List.copyOf(shares), floors, breaches, justification, docs, issuedOn,
                digest(year, lines, justification)), List.of());
    }

    /** The digest a year's lines (each passed {@link #check}) make, as {@link #checkYear} computes it. */
    public static String digestOf(int year, List<AnnualPlanLine> lines) {
        return digest(year, lines, lines.stream().map(AnnualPlanLine::justification).filter(j -> j != null).findFirst().orElse(null));
    }

    /** SHA-256 over the year's lines in a fixed order (row order and row numbers do not matter) and its justification. */
    static String digest(int year, List<AnnualPlanLine> lines, String justification) {
        StringBuilder sb = new StringBuilder("annual-plan/1|").append(year);
        lines.stream().map(AnnualPlanLine::content).sorted().forEach(s -> sb.append('\n').append(s));
        sb.append("\njustification:").append(justification == null ? "" : justification);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(String key) {
        return ALL.stream().filter(c -> c.key().equals(key)).map(ImportColumn::header).findFirst().orElseThrow();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
