package cn.gov.xinxiang.agri.platform.imports;

import java.util.Map;

/**
 * One data row of an uploaded sheet: its row number as Excel shows it (the header is row 1) and the
 * trimmed text of each known column by key (absent or blank cells are empty strings).
 */
public record ImportRow(int number, Map<String, String> cells) {

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    public String get(String key) {
        String v = cells.get(key);
        return v == null ? "" : v;
    }
}
