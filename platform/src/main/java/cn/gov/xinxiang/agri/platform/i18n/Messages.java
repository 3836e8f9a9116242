package cn.gov.xinxiang.agri.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The texts people read in problems, from bundles {@code i18n/messages_zh.properties} and
 * {@code i18n/messages_en.properties} (UTF-8). Every jar on the class path may bring its own pair
 * (platform its generic texts, a service its rules'); all are merged. A key present in only one
 * language is a defect {@link #missing()} reports, and the service refuses to start with one.
 * Texts use {@link MessageFormat} placeholders ({0}, {1}); arguments are formatted plainly
 * (no grouping separators: codes and ids stay readable).
 */
public final class Messages {

    public static final String PATH = "i18n/messages_";

    private static volatile Messages loaded;

    private final Map<Language, Map<String, String>> texts;

    Messages(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** The merged bundles on the class path of this class loader. */
    public static Messages get() {
        Messages m = loaded;
        if (m == null) {
            m = load(Thread.currentThread().getContextClassLoader() != null ? Thread.currentThread().getContextClassLoader()
                    : Messages.class.getClassLoader());
            loaded = m;
        }
        return m;
    }

    public static Messages load(ClassLoader loader) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Map<String, String> merged = new HashMap<>();
            try {
                Enumeration<URL> files = loader.getResources(PATH + l.suffix + ".properties");
                for (URL url : Collections.list(files)) {
                    Properties p = new Properties();
                    try (InputStream in = url.openStream()) {
                        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    for (String key : p.stringPropertyNames()) {
                        String previous = merged.put(key, p.getProperty(key));
                        if (previous != null && !previous.equals(p.getProperty(key))) {
                            throw new IllegalStateException("message key '" + key + "' is defined twice with different " + l.suffix + " texts (" + url + ")");
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts.put(l, merged);
        }
        return new Messages(texts);
    }

    public boolean has(String key) {
        return texts.get(Language.ZH).containsKey(key) && texts.get(Language.EN).containsKey(key);
    }

    /** The text in a language; an unknown key is a defect, shown as the key itself rather than failing the request. */
    public String text(Language language, String key, Object... args) {
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            pattern = texts.get(language == Language.ZH ? Language.EN : Language.ZH).get(key);
        }
        if (pattern == null) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number || args[i] == null ? String.valueOf(args[i]) : args[i];
            if (args[i] instanceof java.math.BigDecimal b) {
                plain[i] = b.toPlainString();
            }
        }
        return new MessageFormat(pattern, language.locale).format(plain);
    }

    /** Keys that exist in one language and not the other, e.g. "en lacks project.not-draft". */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        Set<String> all = new TreeSet<>();
        texts.values().forEach(m -> all.addAll(m.keySet()));
        for (String key : all) {
            for (Language l : Language.values()) {
                String t = texts.get(l).get(key);
                if (t == null || t.isBlank()) {
                    out.add(l.suffix + " lacks " + key);
                }
            }
        }
        return out;
    }

    public Set<String> keys() {
        Set<String> all = new TreeSet<>();
        texts.values().forEach(m -> all.addAll(m.keySet()));
        return all;
    }
}
