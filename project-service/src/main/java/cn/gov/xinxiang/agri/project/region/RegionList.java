package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uploaded official list (a CSV or the first XLSX sheet, as rows of cells): a header row
 * with at least {@code code} and {@code name} ({@code 区划代码}/{@code 统计用区划代码} and {@code 名称} are
 * understood too; {@code parent_code} is checked when present, other columns are ignored), lines
 * starting with {@code #} skipped, so the packaged {@code xinxiang-official.csv} can be uploaded as is.
 * Every problem is reported with its row (spreadsheet numbering) before anything is compared: plain code that decides
 * the file, its service maps the violations ({@code Refusals}).
 */
public final class RegionList {

    public static final int MAX_ROWS = 20_000;
    private static final String REJECTED = "upload-rejected";

    private static final Set<String> CODE_HEADERS = Set.of("code", "区划代码", "统计用区划代码", "代码");
    private static final Set<String> NAME_HEADERS = Set.of("name", "名称", "区划名称");
    private static final Set<String> PARENT_HEADERS = Set.of("parent_code", "parentcode", "parent", "上级代码");

    private RegionList() {
    }

    /**
     * @param city        the city all codes must lie in (the uploading user's region)
     * @param sampleCodes codes of sample regions, which an official list may not use
     * @return the entries; or refused: 400 {@code empty-upload} / {@code bad-header} / {@code upload-too-large} for the file
     *         as a whole, else 422 {@code upload-rejected} naming each wrong row's field (the first 200)
     */
    public static Decision<List<RegionDiff.Entry>> read(List<List<String>> table, RegionCode city, Set<String> sampleCodes) {
        int headerAt = -1;
        for (int i = 0; i < table.size(); i++) {
            if (!isComment(table.get(i))) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            return Decision.refuse(Violation.malformed("empty-upload", "import.no-header"));
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> header = table.get(headerAt);
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
        }
        Integer codeCol = find(col, CODE_HEADERS);
        Integer nameCol = find(col, NAME_HEADERS);
        Integer parentCol = find(col, PARENT_HEADERS);
        if (codeCol == null || nameCol == null) {
            return Decision.refuse(Violation.malformed("bad-header", "region-list.header", header.toString()));
        }
        if (table.size() - headerAt - 1 > MAX_ROWS) {
            return Decision.refuse(Violation.malformed("upload-too-large", "import.too-large", MAX_ROWS, Localized.noun("regions")));
        }
        List<Violation> errors = new ArrayList<>();
        Map<RegionCode, RegionDiff.Entry> out = new LinkedHashMap<>();
        Map<RegionCode, String> rowOf = new HashMap<>();
        for (int i = headerAt + 1; i < table.size(); i++) {
            List<String> row = table.get(i);
            if (isComment(row) || row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String r = "row " + (i + 1);
            String rawCode = cell(row, codeCol);
            String name = cell(row, nameCol);
            RegionCode code = RegionCode.parse(rawCode).orElse(null);
            if (code == null) {
                errors.add(Violation.ruleOn(REJECTED, r + ".code", "region-list.not-a-code", rawCode));
            } else if (!code.isWithin(city) || code.tier().ordinal() < Tier.CITY.ordinal()) {
                errors.add(Violation.ruleOn(REJECTED, r + ".code", "region-list.not-in-city", code.toString(), city.toString()));
                code = null;
            } else if (sampleCodes.contains(code.value())) {
                errors.add(Violation.ruleOn(REJECTED, r + ".code", "region-list.sample-code", code.toString()));
                code = null;
            } else if (out.containsKey(code)) {
                errors.add(Violation.ruleOn(REJECTED, r + ".code", "region-list.twice", code.toString(), rowOf.get(code)));
                code = null;
            }
            if (name.isEmpty() || name.length() > 200) {
                errors.add(Violation.ruleOn(REJECTED, r + ".name", "region-list.name", 200));
            } else if (name.contains("样例")) {
                errors.add(Violation.ruleOn(REJECTED, r + ".name", "region-list.sample-name"));
            }
            if (code != null && parentCol != null) {
                String parent = cell(row, parentCol);
                String expected = code.parent().filter(p -> p.tier() != Tier.PROVINCE).map(RegionCode::value).orElse("");
                if (!parent.equals(expected)) {
                    errors.add(expected.isEmpty()
                            ? Violation.ruleOn(REJECTED, r + ".parent_code", "region-list.parent-none", code.toString(), parent)
                            : Violation.ruleOn(REJECTED, r + ".parent_code", "region-list.parent", code.toString(), expected, parent));
                }
            }
            if (code != null) {
                out.put(code, new RegionDiff.Entry(code, name));
                rowOf.put(code, r);
            }
        }
        // The list is whole: every region's parent is in it (the city may be left out).
        Set<RegionCode> codes = new HashSet<>(out.keySet());
        for (RegionDiff.Entry e : out.values()) {
            RegionCode parent = e.code().parent().orElse(null);
            if (e.code().tier().ordinal() > Tier.COUNTY.ordinal() && parent != null && !codes.contains(parent)) {
                errors.add(Violation.ruleOn(REJECTED, rowOf.get(e.code()) + ".code", "region-list.parent-missing", parent.toString()));
            }
        }
        if (out.isEmpty() && errors.isEmpty()) {
            return Decision.refuse(Violation.malformed("empty-upload", "import.no-rows"));
        }
        if (!errors.isEmpty()) {
            List<Violation> shown = errors.size() > 200 ? errors.subList(0, 200) : errors;
            List<Violation> refusal = new ArrayList<>();
            refusal.add(Violation.rule(REJECTED, errors.size() > 200 ? "region-list.rejected-first" : "region-list.rejected", errors.size(), shown.size()));
            refusal.addAll(shown);
            return Decision.of(refusal, List.of());
        }
        return Decision.allow(List.copyOf(out.values()));
    }

    private static boolean isComment(List<String> row) {
        return !row.isEmpty() && row.get(0).strip().startsWith("#");
    }

    private static Integer find(Map<String, Integer> col, Set<String> names) {
        for (String n : names) {
            if (col.containsKey(n)) {
                return col.get(n);
            }
        }
        return null;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
    }
}
