package cn.gov.xinxiang.agri.platform.imports;

import java.util.List;

/**
 * One column of an import template: the key rows and errors use ({@code field}), the Chinese header the
 * file carries, whether a row must fill it, the hint shown as the header's comment, an example, and the
 * allowed values for a drop-down (empty for free input).
 */
public record ImportColumn(String key, String header, boolean required, Type type, String hint, String example, List<String> choices) {

    /** How the template formats the column and how the reader hands its cells over. */
    public enum Type {
        /** free text, kept as typed (the cells are formatted as text, so codes keep leading zeros) */
        TEXT,
        /** digits such as division codes, formatted as text so Excel does not turn them into numbers */
        CODE,
        /** an amount in yuan with at most two decimals */
        DECIMAL,
        /** a whole number (a year) */
        INTEGER,
        /** a date (yyyy-mm-dd) */
        DATE
    }

    public ImportColumn {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static ImportColumn required(String key, String header, Type type, String hint, String example) {
        return new ImportColumn(key, header, true, type, hint, example, List.of());
    }

    public static ImportColumn optional(String key, String header, Type type, String hint, String example) {
        return new ImportColumn(key, header, false, type, hint, example, List.of());
    }

    public ImportColumn withChoices(List<String> values) {
        return new ImportColumn(key, header, required, type, hint, example, values);
    }

    /** The header as the template writes it: required columns are marked with a leading asterisk. */
    public String templateHeader() {
        return required ? "*" + header : header;
    }
}
