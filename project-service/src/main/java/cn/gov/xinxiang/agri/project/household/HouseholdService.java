package cn.gov.xinxiang.agri.project.household;

import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The household roster. Upserts are keyed by the national household number, validated as a whole
 * before anything is written (nothing half-imported), and idempotent: an unchanged row is not written
 * and emits no event. ID numbers are checked, masked, and never logged or echoed.
 */
@ApplicationScoped
public class HouseholdService {

    static final int MAX_ROWS = 10000;
    private static final int CHUNK = 1000;

    @Inject
    CurrentUser user;
    @Inject
    RegionDirectory regions;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /** A validated row, ready to write. */
    record Row(String no, String village, String headName, HouseholdCategory category, boolean labour, String masked, boolean onRoster) {
    }

    public List<FieldError> validate(List<HouseholdDtos.HouseholdInput> input, IntFunction<String> rowName, List<Row> out) {
        return validate(input, rowName, out, new ArrayList<>());
    }

    /** As above; errors for villages retired from the directory also go to {@code retiredErrors}. */
    List<FieldError> validate(List<HouseholdDtos.HouseholdInput> input, IntFunction<String> rowName, List<Row> out, List<FieldError> retiredErrors) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            HouseholdDtos.HouseholdInput h = input.get(i);
            String r = rowName.apply(i);
            int before = errors.size();
            String no = h.nationalHouseholdNo() == null ? "" : h.nationalHouseholdNo().strip();
            if (!no.matches("[A-Za-z0-9-]{1,40}")) {
                errors.add(ProblemException.fieldError(r + ".nationalHouseholdNo", "household.no-format"));
            } else if (!seen.add(no)) {
                errors.add(ProblemException.fieldError(r + ".nationalHouseholdNo", "household.twice", no));
            }
            RegionCode village = RegionCode.parse(h.villageCode() == null ? null : h.villageCode().strip()).orElse(null);
            if (village == null || village.tier() != Tier.VILLAGE || !regions.known(village)) {
                errors.add(ProblemException.fieldError(r + ".villageCode", "household.village-code"));
            } else if (!regions.exists(village)) {
                FieldError e = regions.problem(r + ".villageCode", village).orElseThrow();
                errors.add(e);
                retiredErrors.add(e);
            } else if (!user.scope().covers(village)) {
                errors.add(ProblemException.fieldError(r + ".villageCode", "household.village-outside", village.toString()));
            }
            String name = h.headName() == null ? "" : h.headName().strip();
            if (name.isEmpty() || name.length() > 100) {
                errors.add(ProblemException.fieldError(r + ".headName", "household.head-name", 100));
            }
            HouseholdCategory category = HouseholdCategory.parse(h.category());
            if (category == null) {
                errors.add(ProblemException.fieldError(r + ".category", "household.category"));
            }
            if (h.labourCapacity() == null) {
                errors.add(ProblemException.fieldError(r + ".labourCapacity", "household.labour"));
            }
            String id = h.idNumber() == null ? "" : h.idNumber().strip();
            String masked = null;
            if (IdNumber.isMasked(id)) {
                masked = id.toUpperCase();
            } else if (IdNumber.isValid(id)) {
                masked = IdNumber.mask(id);
            } else {
                // Say what is wrong without repeating the value: it is personal information.
                errors.add(ProblemException.fieldError(r + ".idNumber", "household.id-number"));
            }
            if (errors.size() == before) {
                out.add(new Row(no, village.value(), name, category, h.labourCapacity(), masked, h.onRoster() == null || h.onRoster()));
            }
        }
        return errors;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public HouseholdDtos.UpsertResult upsert(List<HouseholdDtos.HouseholdInput> input, IntFunction<String> rowName, int status, String slug) {
        user.require(Role.SERVICE, Role.CITY, Role.COUNTY);
        if (input.size() > MAX_ROWS) {
            throw ProblemException.invalidField("households", "household.max-rows", MAX_ROWS);
        }
        List<Row> rows = new ArrayList<>(input.size());
        List<FieldError> retiredErrors = new ArrayList<>();
        List<FieldError> errors = validate(input, rowName, rows, retiredErrors);
        if (!errors.isEmpty() && errors.size() == retiredErrors.size()) {
            throw RegionDirectory.retired(errors.size() > 500 ? errors.subList(0, 500) : errors);
        }
        if (!errors.isEmpty()) {
            List<FieldError> shown = errors.size() > 500 ? errors.subList(0, 500) : errors;
            throw (errors.size() > shown.size()
                    ? ProblemException.keyed(status, slug, "household.rejected-first", errors.size(), input.size(), shown.size())
                    : ProblemException.keyed(status, slug, "household.rejected", errors.size(), input.size())).errors(shown);
        }
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        List<Household> changed = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Household> existing = new HashMap<>();
            Household.<Household>list("nationalHouseholdNo in ?1", chunk.stream().map(Row::no).toList())
                    .forEach(h -> existing.put(h.nationalHouseholdNo, h));
            for (Row r : chunk) {
                Household h = existing.get(r.no());
                if (h == null) {
                    h = new Household();
                    h.id = UUID.randomUUID();
                    h.nationalHouseholdNo = r.no();
                    apply(h, r, now);
                    h.persist();
                    created++;
                    changed.add(h);
                } else if (differs(h, r)) {
                    if (!user.scope().covers(h.villageCode)) {
                        throw ProblemException.keyed(403, "forbidden", "household.foreign-village", r.no());
                    }
                    apply(h, r, now);
                    updated++;
                    changed.add(h);
                }
            }
        }
        // Entities first, in JDBC batches. Then detach them: each outbox insert is a native query, which
        // makes Hibernate dirty-check every managed entity first - quadratic for thousands of rows.
        em.flush();
        em.clear();
        for (Household h : changed) {
            outbox.append(HouseholdEvents.AGGREGATE, h.id.toString(), HouseholdEvents.CHANGED_V1,
                    new HouseholdChangedV1(h.id.toString(), h.nationalHouseholdNo, h.villageCode, h.headName, h.category.name(),
                            h.labourCapacity, h.onRoster, now));
        }
        return new HouseholdDtos.UpsertResult(input.size(), created, updated, input.size() - created - updated);
    }

    private static boolean differs(Household h, Row r) {
        return !h.villageCode.equals(r.village()) || !h.headName.equals(r.headName()) || h.category != r.category()
                || h.labourCapacity != r.labour() || !h.idNumberMasked.equals(r.masked()) || h.onRoster != r.onRoster();
    }

    private static void apply(Household h, Row r, Instant now) {
        h.villageCode = r.village();
        h.headName = r.headName();
        h.category = r.category();
        h.labourCapacity = r.labour();
        h.idNumberMasked = r.masked();
        h.onRoster = r.onRoster();
        h.updatedAt = now;
    }

    static final List<String> CSV_COLUMNS = List.of("nationalHouseholdNo", "villageCode", "headName", "category", "labourCapacity", "idNumber", "onRoster");

    /** CSV with a header row naming the columns (any order; onRoster optional). Rows are numbered as in a spreadsheet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public HouseholdDtos.UpsertResult importCsv(String text) {
        return importTable(Csv.parse(text));
    }

    /** The first sheet of an XLSX workbook, laid out like the CSV: a header row, then one household a row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public HouseholdDtos.UpsertResult importXlsx(byte[] workbook) {
        return importTable(Xlsx.firstSheet(workbook));
    }

    private HouseholdDtos.UpsertResult importTable(List<List<String>> table) {
        user.require(Role.SERVICE, Role.CITY, Role.COUNTY);
        if (table.isEmpty()) {
            throw ProblemException.keyed(400, "empty-import", "import.no-header");
        }
        List<String> header = table.get(0).stream().map(String::strip).toList();
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i), i);
        }
        List<String> missing = CSV_COLUMNS.stream().filter(c -> !c.equals("onRoster") && !col.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.keyed(400, "bad-header", "import.header-lacks", missing.toString(), CSV_COLUMNS.toString());
        }
        if (table.size() == 1) {
            throw ProblemException.keyed(400, "empty-import", "import.no-rows");
        }
        List<HouseholdDtos.HouseholdInput> input = new ArrayList<>();
        List<FieldError> shapeErrors = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> row = table.get(i);
            input.add(new HouseholdDtos.HouseholdInput(cell(row, col, "nationalHouseholdNo"), cell(row, col, "villageCode"),
                    cell(row, col, "headName"), cell(row, col, "category"), bool(cell(row, col, "labourCapacity")),
                    cell(row, col, "idNumber"), col.containsKey("onRoster") && cell(row, col, "onRoster") != null
                            && !cell(row, col, "onRoster").isBlank() ? bool(cell(row, col, "onRoster")) : Boolean.TRUE));
            if (row.size() != header.size()) {
                shapeErrors.add(ProblemException.fieldError("row " + (i + 1), "import.row-cells", row.size(), header.size()));
            }
        }
        if (!shapeErrors.isEmpty()) {
            throw ProblemException.keyed(422, "import-rejected", "import.rows-malformed", shapeErrors.size()).errors(shapeErrors);
        }
        return upsert(input, i -> "row " + (i + 2), 422, "import-rejected");
    }

    private static String cell(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? null : row.get(i).strip();
    }

    private static Boolean bool(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toLowerCase()) {
            case "true", "1", "是", "有", "y", "yes" -> true;
            case "false", "0", "否", "无", "n", "no" -> false;
            default -> null;
        };
    }

    public Household get(UUID id) {
        return Household.<Household>find("id = :id and " + RegionScope.clause("villageCode"), user.scope().parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("household", id));
    }

    public Page<Household> list(String villageCode, HouseholdCategory category, Boolean onRoster, PageRequest page) {
        StringBuilder q = new StringBuilder(RegionScope.clause("villageCode"));
        Parameters p = user.scope().parameters();
        if (villageCode != null) {
            RegionCode r = RegionCode.parse(villageCode).orElseThrow(() -> ProblemException.invalidField("villageCode", "region.code-format"));
            q.append(" and ").append(RegionScope.clause("villageCode", "sub"));
            RegionScope.of(r).bind(p, "sub");
        }
        if (category != null) {
            q.append(" and category = :category");
            p.and("category", category);
        }
        if (onRoster != null) {
            q.append(" and onRoster = :onRoster");
            p.and("onRoster", onRoster);
        }
        var query = Household.<Household>find(q.toString(), Sort.ascending("villageCode", "nationalHouseholdNo"), p);
        return Page.of(query, page);
    }
}
