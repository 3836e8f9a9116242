package cn.gov.xinxiang.agri.platform.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The Chinese and English names of a service's codes, from the bundles {@code i18n/codes_zh.properties}
 * and {@code i18n/codes_en.properties} (UTF-8): key {@code <list>} names the list, {@code <list>.<CODE>}
 * a code. A name missing in either language fails loudly (at start, through {@link CodeListCatalog}),
 * so a code added to an enum cannot reach users without both names.
 */
public final class CodeNames {

    public static final String BUNDLE = "i18n.codes";

    private final ResourceBundle zh;
    private final ResourceBundle en;

    private CodeNames(ResourceBundle zh, ResourceBundle en) {
        this.zh = zh;
        this.en = en;
    }

    /** The bundles on the calling service's class path. */
    public static CodeNames load(ClassLoader loader) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new CodeNames(ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, loader, exact),
                ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, loader, exact));
    }

    public String zh(String key) {
        return name(zh, key, "zh");
    }

    public String en(String key) {
        return name(en, key, "en");
    }

    private static String name(ResourceBundle bundle, String key, String language) {
        try {
            String v = bundle.getString(key);
            if (v.isBlank()) {
                throw new MissingResourceException("", BUNDLE, key);
            }
            return v;
        } catch (MissingResourceException e) {
            throw new IllegalStateException("code name '" + key + "' has no " + language + " text: add it to "
                    + BUNDLE.replace('.', '/') + "_" + language + ".properties", e);
        }
    }

    /** A list of every constant of an enum, in declaration order. */
    public <E extends Enum<E>> CodeList of(String list, Class<E> codes) {
        return of(list, codes, e -> null);
    }

    /** As {@link #of(String, Class)}, with the statuses each code may move to for the caller. */
    public <E extends Enum<E>> CodeList of(String list, Class<E> codes, Function<E, List<String>> next) {
        String listZh = zh(list);
        String listEn = en(list);
        List<CodeList.Entry> entries = new ArrayList<>();
        int order = 1;
        for (E e : codes.getEnumConstants()) {
            String key = list + "." + e.name();
            entries.add(new CodeList.Entry(e.name(), zh(key), en(key), order++, next.apply(e)));
        }
        return new CodeList(list, listZh, listEn, entries);
    }
}
