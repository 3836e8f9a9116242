package cn.gov.xinxiang.agri.project.imports;

import cn.gov.xinxiang.agri.platform.imports.CheckedRow;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.imports.RowCheck;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;
import cn.gov.xinxiang.agri.project.library.EntityType;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.ParticipantRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.gov.xinxiang.agri.project.imports.LibraryProjectColumns.*;

/**
 * Checks one row of a library-project file: a known, active village or township within the caller's
 * region; the year's leading industry when one is named; investment parts in yuan with a positive
 * total; an admission date not in the future nor before the year before the fiscal year; at least the
 * year's number of distinct farmer-linking mechanisms (policy {@code project.min-distinct-mechanisms}),
 * each linking at least one household. Plain code; the directory and policy come in through {@link Lookups}.
 */
public final class LibraryProjectRowValidator {

    public interface Lookups {
        Optional<Text> regionProblem(RegionCode code);

        boolean leadingIndustry(String countyCode, int year, String code);

        /** The year's minimum number of distinct mechanisms (policy data). */
        int minDistinctMechanisms(int year);

        LocalDate today();
    }

    public record Result(LibraryProjectRow row, List<ImportError> errors) implements CheckedRow<LibraryProjectRow> {
    }

    static final Map<String, IndustryCategory> CATEGORIES = RowCheck.labels(IndustryCategory.class, c -> c.label);
    static final Map<String, EntityType> ENTITY_TYPES = RowCheck.labels(EntityType.class, c -> c.label);
    static final Map<String, ParticipantRole> ROLES = RowCheck.labels(ParticipantRole.class, c -> c.label);
    static final Map<String, MechanismType> MECHANISM_TYPES = RowCheck.labels(MechanismType.class, c -> c.label);
    static final BigDecimal MAX_INCOME = new BigDecimal("1000000");

    private final Lookups lookups;
    private final ImportCaller caller;

    public LibraryProjectRowValidator(Lookups lookups, ImportCaller caller) {
        this.lookups = lookups;
        this.caller = caller;
    }

    public Result check(ImportRow input) {
        RowCheck c = new RowCheck(input, ALL);
        LocalDate today = lookups.today();
        String code = c.text(CODE_KEY, 40);
        String name = c.text(NAME, 200);
        Integer year = c.integer(YEAR, 2000, today.getYear());
        String regionCode = c.digits(REGION, 12);
        IndustryCategory category = c.choice(CATEGORY, CATEGORIES);
        String leading = c.text(LEADING, 40);
        BigDecimal linkage = c.decimal(LINKAGE, 16, 2, BigDecimal.ZERO);
        BigDecimal otherFiscal = orZero(c.decimal(OTHER_FISCAL, 16, 2, BigDecimal.ZERO));
        BigDecimal selfRaised = orZero(c.decimal(SELF_RAISED, 16, 2, BigDecimal.ZERO));
        BigDecimal credit = orZero(c.decimal(CREDIT, 16, 2, BigDecimal.ZERO));
        LocalDate admittedOn = c.date(ADMITTED_ON);
        String entityName = c.text(ENTITY_NAME, 200);
        EntityType entityType = c.choice(ENTITY_TYPE, ENTITY_TYPES);
        ParticipantRole role = c.choice(ENTITY_ROLE, ROLES);
        String creditCode = c.text(CREDIT_CODE, 18);

        RegionCode region = null;
        if (regionCode != null) {
            RegionCode r = RegionCode.of(regionCode);
            Optional<Text> problem = lookups.regionProblem(r);
            if (problem.isPresent()) {
                c.error(REGION, problem.get());
            } else if (!caller.scope().covers(r)) {
                c.error(REGION, new Text("library-import.outside-region", caller.region().value()));
            } else if (r.tier() != Tier.VILLAGE && r.tier() != Tier.TOWNSHIP) {
                c.error(REGION, new Text("library-import.region-tier", new Text("tier." + r.tier().name()), r.value()));
            } else {
                region = r;
            }
        }
        if (leading != null && region != null && year != null && !lookups.leadingIndustry(region.at(Tier.COUNTY).value(), year, leading)) {
            c.error(LEADING, new Text("library-import.not-leading", region.at(Tier.COUNTY).value(), year));
        }
        if (linkage != null && linkage.add(otherFiscal).add(selfRaised).add(credit).signum() <= 0) {
            c.error(LINKAGE, new Text("library-import.investment-positive"));
        }
        if (admittedOn != null) {
            if (admittedOn.isAfter(today)) {
                c.error(ADMITTED_ON, new Text("problem.not-future"));
            } else if (year != null && (admittedOn.getYear() < year - 1 || admittedOn.getYear() > year)) {
                c.error(ADMITTED_ON, new Text("library-import.admitted-year", year, year - 1));
            }
        }
        if (creditCode != null) {
            CreditCode.problem(creditCode).ifPresent(p -> c.error(CREDIT_CODE, p));
        }

        List<LibraryProjectRow.Mechanism> mechanisms = new ArrayList<>();
        Set<MechanismType> distinct = EnumSet.noneOf(MechanismType.class);
        for (int i = 1; i <= MECHANISMS; i++) {
            if (i > 2 && !c.has(mechanism(i)) && !c.has(poverty(i)) && !c.has(monitored(i)) && !c.has(others(i)) && !c.has(income(i))) {
                continue;
            }
            MechanismType type = c.choice(mechanism(i), MECHANISM_TYPES);
            if (i > 2 && type == null && !c.failed(mechanism(i))) {
                c.error(mechanism(i), new Text("library-import.mechanism-required"));
            }
            Integer poverty = c.integer(poverty(i), 0, 1_000_000);
            if (i > 2 && poverty == null && !c.failed(poverty(i))) {
                c.error(poverty(i), new Text("import.required"));
            }
            int mon = orZero(c.integer(monitored(i), 0, 1_000_000));
            int oth = orZero(c.integer(others(i), 0, 1_000_000));
            BigDecimal income = c.decimal(income(i), 10, 2, BigDecimal.ZERO);
            if (i > 2 && income == null && !c.failed(income(i))) {
                c.error(income(i), new Text("import.required"));
            }
            if (income != null && income.compareTo(MAX_INCOME) > 0) {
                c.error(income(i), new Text("library-import.income-max", MAX_INCOME.toPlainString()));
            }
            if (poverty != null && poverty + mon + oth == 0) {
                c.error(poverty(i), new Text("library-import.link-one"));
            }
            if (type != null && poverty != null && income != null) {
                mechanisms.add(new LibraryProjectRow.Mechanism(type, poverty, mon, oth, income));
                if (!distinct.add(type)) {
                    c.error(mechanism(i), new Text("library-import.mechanism-twice", type.label));
                }
            }
        }
        if (year != null && c.ok()) {
            int min = lookups.minDistinctMechanisms(year);
            if (distinct.size() < min) {
                c.error(mechanism(1), new Text("library-import.mechanisms-min", min, year, distinct.size()));
            }
        }
        if (!c.ok()) {
            return new Result(null, c.errors());
        }
        return new Result(new LibraryProjectRow(input.number(), code, name, year, region.value(), region.at(Tier.COUNTY).value(), category, leading,
                linkage, otherFiscal, selfRaised, credit, admittedOn, entityName, entityType, role, creditCode, List.copyOf(mechanisms)), List.of());
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? new BigDecimal("0.00") : d;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
