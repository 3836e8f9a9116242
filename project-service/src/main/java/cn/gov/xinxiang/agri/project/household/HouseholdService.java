package cn.gov.xinxiang.agri.project.household;

import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The household roster. Upserts are keyed by the national household number, validated as a whole
 * before anything is written (nothing half-imported), and idempotent: an unchanged row is not written
 * and emits no event. ID numbers are checked, masked, and never logged or echoed.
 */
@ApplicationScoped
public class HouseholdService {

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

    @Transactional(Transactional.TxType.MANDATORY)
    public HouseholdDtos.UpsertResult upsert(List<HouseholdDtos.HouseholdInput> input, IntFunction<String> rowName, HouseholdRules.Rejection as) {
        user.require(Role.SERVICE, Role.CITY, Role.COUNTY);
        Refusals.orThrow(HouseholdRules.size(input.size()));
        HouseholdRules.Verdict verdict = HouseholdRules.upsert(input, rowName,
                new HouseholdRules.Villages(regions::known, regions::problemText, v -> user.scope().covers(v)), as);
        List<HouseholdRules.Row> rows = Refusals.orThrow(verdict.decision(), verdict.summary());
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        List<Household> changed = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<HouseholdRules.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Household> existing = new HashMap<>();
            Household.<Household>list("nationalHouseholdNo in ?1", chunk.stream().map(HouseholdRules.Row::no).toList())
                    .forEach(h -> existing.put(h.nationalHouseholdNo, h));
            for (HouseholdRules.Row r : chunk) {
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
                    Refusals.orThrow(HouseholdRules.overwrite(r.no(), user.scope().covers(h.villageCode)));
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

    private static boolean differs(Household h, HouseholdRules.Row r) {
        return !h.villageCode.equals(r.village()) || !h.headName.equals(r.headName()) || h.category != r.category()
                || h.labourCapacity != r.labour() || !h.idNumberMasked.equals(r.masked()) || h.onRoster != r.onRoster();
    }

    private static void apply(Household h, HouseholdRules.Row r, Instant now) {
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
        return importTable(Refusals.orThrow(Xlsx.firstSheet(workbook)));
    }

    private HouseholdDtos.UpsertResult importTable(List<List<String>> table) {
        user.require(Role.SERVICE, Role.CITY, Role.COUNTY);
        List<String> header = Refusals.orThrow(HouseholdRules.table(table.isEmpty() ? null : table.get(0).stream().map(String::strip).toList(),
                CSV_COLUMNS.stream().filter(c -> !c.equals("onRoster")).toList(), CSV_COLUMNS, Math.max(0, table.size() - 1)));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i), i);
        }
        List<HouseholdDtos.HouseholdInput> input = new ArrayList<>();
        List<Integer> cells = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> row = table.get(i);
            input.add(new HouseholdDtos.HouseholdInput(cell(row, col, "nationalHouseholdNo"), cell(row, col, "villageCode"),
                    cell(row, col, "headName"), cell(row, col, "category"), bool(cell(row, col, "labourCapacity")),
                    cell(row, col, "idNumber"), col.containsKey("onRoster") && cell(row, col, "onRoster") != null
                            && !cell(row, col, "onRoster").isBlank() ? bool(cell(row, col, "onRoster")) : Boolean.TRUE));
            cells.add(row.size());
        }
        Refusals.orThrow(HouseholdRules.rowShapes(cells, header.size()));
        return upsert(input, i -> "row " + (i + 2), HouseholdRules.Rejection.IMPORT);
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
            RegionCode r = QueryParameters.regionCode("villageCode", villageCode);
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
