package cn.gov.xinxiang.agri.project.household;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.project.library.RetiredRegions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The deciders of the household roster, plain code: every row of an upsert is checked before anything is written, so
 * a refusal names every bad row at once (the first {@link #SHOWN}); the service loads the facts (the region directory,
 * the caller's scope, the rows already stored), writes and announces, or maps the refusal.
 */
public final class HouseholdRules {
    private HouseholdRules() {
    }

    static final int MAX_ROWS = 10000;
    /** A refusal lists at most this many row errors. */
    static final int SHOWN = 500;
    /** The problem type of a refused import file. */
    static final String IMPORT_REJECTED = "import-rejected";

    /** A validated row, ready to write; the ID number only masked. */
    public record Row(String no, String village, String headName, HouseholdCategory category, boolean labour, String masked, boolean onRoster) {
    }

    /**
     * What the service knows of village codes.
     *
     * @param known   the directory knows the code (retired ones too)
     * @param retired why a known village may not be named in a write any more (its retirement), empty when it is active
     * @param inScope the village is within the caller's region
     */
    public record Villages(Predicate<RegionCode> known, Function<RegionCode, Optional<Text>> retired, Predicate<RegionCode> inScope) {
    }

    /** How an upsert is refused when rows are bad: a 400 of field errors (the JSON body) or a 422 of the import file. */
    public enum Rejection { FIELDS, IMPORT }

    /**
     * The decision and the detail of its refusal ({@code Refusals.orThrow(decision, summary)}): the summary leads a refusal of
     * field violations only (the JSON body's 400); an import's refusal leads with its own rule violation, so there
     * {@code Refusals} ignores it.
     */
    public record Verdict(Decision<List<Row>> decision, Text summary) {
    }

    /** An upsert takes at most {@link #MAX_ROWS} rows (400 on {@code households}). */
    public static Decision<Integer> size(int rows) {
        return rows <= MAX_ROWS ? Decision.allow(rows) : Decision.refuse(Violation.field("households", "household.max-rows", MAX_ROWS));
    }

    /**
     * Upserting rows: each one checked ({@link #check}); refused with the first {@link #SHOWN} errors, as 422
     * {@code region-retired} when every error is a retired village, else as {@code as} says, the detail counting the
     * errors and the rows.
     */
    public static Verdict upsert(List<HouseholdDtos.HouseholdInput> input, IntFunction<String> rowName, Villages villages, Rejection as) {
        List<Row> rows = new ArrayList<>(input.size());
        List<Violation> retired = new ArrayList<>();
        List<Violation> errors = check(input, rowName, villages, rows, retired);
        if (errors.isEmpty()) {
            return new Verdict(Decision.allow(rows), null);
        }
        List<Violation> shown = errors.size() > SHOWN ? errors.subList(0, SHOWN) : errors;
        if (errors.size() == retired.size()) {
            return new Verdict(Decision.of(RetiredRegions.only(shown), rows), null);
        }
        Text summary = errors.size() > shown.size()
                ? new Text("household.rejected-first", errors.size(), input.size(), shown.size())
                : new Text("household.rejected", errors.size(), input.size());
        if (as == Rejection.FIELDS) {
            return new Verdict(Decision.of(shown, rows), summary);
        }
        List<Violation> out = new ArrayList<>();
        out.add(Violation.rule(IMPORT_REJECTED, summary.key(), summary.args()));
        shown.forEach(v -> out.add(Violation.ruleOn(IMPORT_REJECTED, v.field(), v.text().key(), v.text().args())));
        return new Verdict(Decision.of(out, rows), summary);
    }

    /**
     * Each row on its own, its faults named {@code rowName(i) + "." + field}: a well-formed household number once per upsert,
     * a known, active village within the caller's region, a head's name of at most 100 characters, a category, the labour
     * capacity, a valid (or already masked) ID number, never echoed. The valid rows go to {@code out}; the errors that are
     * retired villages also to {@code retired}.
     */
    static List<Violation> check(List<HouseholdDtos.HouseholdInput> input, IntFunction<String> rowName, Villages villages, List<Row> out,
                                 List<Violation> retired) {
        List<Violation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            HouseholdDtos.HouseholdInput h = input.get(i);
            String r = rowName.apply(i);
            int before = errors.size();
            String no = h.nationalHouseholdNo() == null ? "" : h.nationalHouseholdNo().strip();
            if (!no.matches("[A-Za-z0-9-]{1,40}")) {
                errors.add(Violation.field(r + ".nationalHouseholdNo", "household.no-format"));
            } else if (!seen.add(no)) {
                errors.add(Violation.field(r + ".nationalHouseholdNo", "household.twice", no));
            }
            RegionCode village = RegionCode.parse(h.villageCode() == null ? null : h.villageCode().strip()).orElse(null);
            Optional<Text> retirement = Optional.empty();
            if (village == null || village.tier() != Tier.VILLAGE || !villages.known().test(village)) {
                errors.add(Violation.field(r + ".villageCode", "household.village-code"));
            } else if ((retirement = villages.retired().apply(village)).isPresent()) {
                Violation e = Violation.field(r + ".villageCode", retirement.get().key(), retirement.get().args());
                errors.add(e);
                retired.add(e);
            } else if (!villages.inScope().test(village)) {
                errors.add(Violation.field(r + ".villageCode", "household.village-outside", village.toString()));
            }
            String name = h.headName() == null ? "" : h.headName().strip();
            if (name.isEmpty() || name.length() > 100) {
                errors.add(Violation.field(r + ".headName", "household.head-name", 100));
            }
            HouseholdCategory category = HouseholdCategory.parse(h.category());
            if (category == null) {
                errors.add(Violation.field(r + ".category", "household.category"));
            }
            if (h.labourCapacity() == null) {
                errors.add(Violation.field(r + ".labourCapacity", "household.labour"));
            }
            String id = h.idNumber() == null ? "" : h.idNumber().strip();
            String masked = null;
            if (IdNumber.isMasked(id)) {
                masked = id.toUpperCase();
            } else if (IdNumber.isValid(id)) {
                masked = IdNumber.mask(id);
            } else {
                // Say what is wrong without repeating the value: it is personal information.
                errors.add(Violation.field(r + ".idNumber", "household.id-number"));
            }
            if (errors.size() == before) {
                out.add(new Row(no, village.value(), name, category, h.labourCapacity(), masked, h.onRoster() == null || h.onRoster()));
            }
        }
        return errors;
    }

    /** A stored household whose row changes may be overwritten only within the caller's region (403). */
    public static Decision<String> overwrite(String no, boolean storedInScope) {
        return storedInScope ? Decision.allow(no) : Decision.refuse(Violation.forbidden("household.foreign-village", no));
    }

    /**
     * An import table has a header naming every required column and at least one row under it: 400 {@code empty-import}
     * (no header, no rows) or {@code bad-header} (naming the missing columns and the expected ones).
     *
     * @param header   the first row's cells, stripped; null when the table is empty
     * @param required the columns a file must have
     * @param expected every column a file may have, named in the refusal
     * @param rows     the number of rows under the header
     */
    public static Decision<List<String>> table(List<String> header, List<String> required, List<String> expected, int rows) {
        if (header == null) {
            return Decision.refuse(Violation.malformed("empty-import", "import.no-header"));
        }
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            return Decision.refuse(Violation.malformed("bad-header", "import.header-lacks", missing.toString(), expected.toString()));
        }
        return rows == 0 ? Decision.refuse(Violation.malformed("empty-import", "import.no-rows")) : Decision.allow(header);
    }

    /**
     * An import file's rows each have as many cells as the header; else 422 {@code import-rejected} naming each short or
     * long row ({@code "row " + n}, numbered as in a spreadsheet, the header being row 1).
     *
     * @param cells the number of cells of each data row, in order
     */
    public static Decision<Integer> rowShapes(List<Integer> cells, int headerCells) {
        List<Violation> malformed = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != headerCells) {
                malformed.add(Violation.ruleOn(IMPORT_REJECTED, "row " + (i + 2), "import.row-cells", cells.get(i), headerCells));
            }
        }
        if (malformed.isEmpty()) {
            return Decision.allow(cells.size());
        }
        List<Violation> out = new ArrayList<>();
        out.add(Violation.rule(IMPORT_REJECTED, "import.rows-malformed", malformed.size()));
        out.addAll(malformed);
        return Decision.of(out, cells.size());
    }
}
