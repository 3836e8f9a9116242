package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the cells of one row as typed values and collects every problem instead of stopping at the
 * first, so a person fixing the file sees all of a row's mistakes at once. Plain code: handlers build
 * their row validators on it and unit-test them without a container.
 *
 * <p>Each reader returns null when the cell is empty (and records "required" for required columns) or
 * unreadable (and records why); callers check {@link #ok()} before using the values together.
 */
public final class RowCheck {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("yyyyMMdd"));

    private final ImportRow row;
    private final Map<String, ImportColumn> columns;
    private final List<ImportError> errors = new ArrayList<>();

    public RowCheck(ImportRow row, List<ImportColumn> columns) {
        this.row = row;
        Map<String, ImportColumn> byKey = new LinkedHashMap<>();
        columns.forEach(c -> byKey.put(c.key(), c));
        this.columns = byKey;
    }

    public ImportRow row() {
        return row;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<ImportError> errors() {
        return List.copyOf(errors);
    }

    public boolean has(String key) {
        return !row.get(key).isBlank();
    }

    /** Records a problem of one cell: a bundle text (key and arguments), written in both languages. */
    public void error(String key, Text message) {
        ImportColumn c = columns.get(key);
        errors.add(ImportError.of(row.number(), c == null ? null : c.header(), key, message));
    }

    /** Records a problem of the row as a whole. */
    public void rowError(Text message) {
        errors.add(ImportError.of(row.number(), null, null, message));
    }

    /** Free text in one language: kept so older handlers compile; BilingualProblemsTest fails the build on a call with text. */
    @Deprecated
    public void error(String key, String message) {
        ImportColumn c = columns.get(key);
        errors.add(new ImportError(row.number(), c == null ? null : c.header(), key, message, null, null));
    }

    /** Free text in one language: kept so older handlers compile; BilingualProblemsTest fails the build on a call with text. */
    @Deprecated
    public void rowError(String message) {
        errors.add(new ImportError(row.number(), null, null, message, null, null));
    }

    /** Whether the field already has an error (a later check of the same cell would only repeat it). */
    public boolean failed(String key) {
        return errors.stream().anyMatch(e -> key.equals(e.field()));
    }

    private String raw(String key) {
        ImportColumn c = columns.get(key);
        if (c == null) {
            throw new IllegalArgumentException("no column " + key);
        }
        String v = row.get(key).strip();
        if (v.isEmpty() && c.required()) {
            error(key, new Text("import.required"));
        }
        return v.isEmpty() ? null : v;
    }

    /** Text of at most {@code max} characters, inner whitespace kept. */
    public String text(String key, int max) {
        String v = raw(key);
        if (v != null && v.codePointCount(0, v.length()) > max) {
            error(key, new Text("import.max-chars", max));
            return null;
        }
        return v;
    }

    /** Exactly {@code digits} digits (a division code). */
    public String digits(String key, int digits) {
        String v = raw(key);
        if (v != null && (v.length() != digits || !DIGITS.matcher(v).matches())) {
            error(key, new Text("import.digits", digits));
            return null;
        }
        return v;
    }

    /** An amount with at most {@code integer} digits before and {@code fraction} after the point, not below {@code min}. */
    public BigDecimal decimal(String key, int integer, int fraction, BigDecimal min) {
        String v = raw(key);
        if (v == null) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(v.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            error(key, new Text("import.number"));
            return null;
        }
        if (d.scale() > fraction && d.stripTrailingZeros().scale() > fraction) {
            error(key, new Text("import.max-decimals", fraction));
            return null;
        }
        d = d.setScale(fraction, java.math.RoundingMode.UNNECESSARY);
        if (d.precision() - d.scale() > integer) {
            error(key, new Text("import.max-integer-digits", integer));
            return null;
        }
        if (min != null && d.compareTo(min) < 0) {
            error(key, new Text("import.at-least", min.toPlainString()));
            return null;
        }
        return d;
    }

    /** A whole number within [min, max]. */
    public Integer integer(String key, int min, int max) {
        String v = raw(key);
        if (v == null) {
            return null;
        }
        int n;
        try {
            n = new BigDecimal(v).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            error(key, new Text("import.whole-number"));
            return null;
        }
        if (n < min || n > max) {
            error(key, new Text("import.between", min, max));
            return null;
        }
        return n;
    }

    /** A date as ISO (2021-06-30), 2021/6/30, 2021.6.30, 2021年6月30日 or 20210630. */
    public LocalDate date(String key) {
        String v = raw(key);
        if (v == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        error(key, new Text("import.date"));
        return null;
    }

    /**
     * One of a closed list, given by its Chinese label or its code (case-insensitive).
     *
     * @param byLabel label (and code) to value, in the order the message lists them
     */
    public <T> T choice(String key, Map<String, T> byLabel) {
        String v = raw(key);
        if (v == null) {
            return null;
        }
        T t = byLabel.get(v);
        if (t == null) {
            t = byLabel.get(v.toUpperCase(Locale.ROOT));
        }
        if (t == null) {
            error(key, new Text("import.one-of", String.join("、", byLabel.keySet().stream().filter(k -> !k.matches("[A-Z_]+")).toList())));
        }
        return t;
    }

    /** A label-or-code map for an enum whose constants carry a Chinese label. */
    public static <E extends Enum<E>> Map<String, E> labels(Class<E> type, java.util.function.Function<E, String> label) {
        Map<String, E> m = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(label.apply(e), e);
        }
        for (E e : type.getEnumConstants()) {
            m.put(e.name(), e);
        }
        return m;
    }
}
