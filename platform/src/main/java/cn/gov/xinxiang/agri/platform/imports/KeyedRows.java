package cn.gov.xinxiang.agri.platform.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The right rows of an import by their natural key, sorted into what to write and what to report: a key repeated in
 * the file with the same content counts once (the repeat as unchanged), with other content the repeat is a row
 * error; a key already stored with the same content is unchanged, with other content a row error; the rest is fresh.
 * The plan of an import kind whose rows have a natural key and a digest of their content.
 */
public final class KeyedRows<R> {

    private final Function<R, String> key;
    private final Function<R, String> digest;
    private final Map<String, R> byKey = new LinkedHashMap<>();
    private final List<ImportError> errors = new ArrayList<>();
    private int unchanged;

    private KeyedRows(Function<R, String> key, Function<R, String> digest) {
        this.key = key;
        this.digest = digest;
    }

    /**
     * Checks every row, reporting progress, and keeps the right ones by key.
     *
     * @param check    the row validator
     * @param repeated the error for a row whose key an earlier row (the first argument) had with other content
     */
    public static <R> KeyedRows<R> check(List<ImportRow> rows, Function<ImportRow, ? extends CheckedRow<R>> check, Function<R, String> key,
                                         Function<R, String> digest, BiFunction<R, R, ImportError> repeated, ImportProgress progress) {
        KeyedRows<R> out = new KeyedRows<>(key, digest);
        for (int i = 0; i < rows.size(); i++) {
            CheckedRow<R> r = check.apply(rows.get(i));
            out.errors.addAll(r.errors());
            if (r.ok()) {
                R earlier = out.byKey.putIfAbsent(key.apply(r.row()), r.row());
                if (earlier != null) {
                    if (digest.apply(earlier).equals(digest.apply(r.row()))) {
                        out.unchanged++;
                    } else {
                        out.errors.add(repeated.apply(earlier, r.row()));
                    }
                }
            }
            progress.processed(i + 1);
        }
        return out;
    }

    /** The keys of the right rows, in file order. */
    public Set<String> keys() {
        return byKey.keySet();
    }

    /** The right rows, one a key, in file order. */
    public Collection<R> rows() {
        return byKey.values();
    }

    /**
     * The rows to write: those whose key is not in {@code stored} (key → the stored row's digest, null when it has
     * none, e.g. a record entered by hand). A key stored with the same digest counts as unchanged; otherwise
     * {@code conflict} gives the row's error.
     */
    public List<R> fresh(Map<String, String> stored, Function<R, ImportError> conflict) {
        List<R> fresh = new ArrayList<>();
        for (R row : byKey.values()) {
            String k = key.apply(row);
            if (!stored.containsKey(k)) {
                fresh.add(row);
            } else if (digest.apply(row).equals(stored.get(k))) {
                unchanged++;
            } else {
                errors.add(conflict.apply(row));
            }
        }
        return fresh;
    }

    public List<ImportError> errors() {
        return List.copyOf(errors);
    }

    public int unchanged() {
        return unchanged;
    }
}
