package cn.gov.xinxiang.agri.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build-time guard of "Chinese first": every problem text people read comes from the bundles, in both
 * languages. It reads the sources of every module of the repository ({@code *}{@code /src/main/java}, found
 * from this module's directory) and fails on
 * <ul>
 *   <li>a problem or field message written as free text: {@code new ProblemException(…)}, the deprecated
 *       free-text factories ({@code badRequest}, {@code invalid(field, message)}, {@code conflict},
 *       {@code unprocessable}, {@code forbidden}, {@code preconditionFailed}, {@code preconditionRequired}),
 *       {@code new Problem(…)} outside the problem package, a {@code new FieldError(…)} whose message holds a
 *       string literal, or an import error not built from a bundle text ({@code new ImportError(…)});
 *       only {@code ProblemException} and {@code ProblemMappers} (the factories themselves) are allowed;</li>
 *   <li>a bundle key written literally in code ({@code keyed(status, slug, "key")}, {@code .field(f, "key")},
 *       {@code invalidField}, {@code fieldError}, {@code new Text("key")}, {@code Localized.text},
 *       {@code Refusal.of}) that the module's bundles (its own, platform's and contracts') lack;</li>
 *   <li>a bundle of any module with a key in one language only, or a text that is no valid
 *       {@link MessageFormat} pattern.</li>
 * </ul>
 */
class BilingualProblemsTest {

    /** Files whose hits are the factories and the bundle texts of the mappers. */
    private static final Set<String> FACTORIES = Set.of("ProblemException.java", "ProblemMappers.java");

    private static final Pattern FREE_TEXT_CALL = Pattern.compile(
            "new\\s+ProblemException\\s*\\(|ProblemException\\s*\\.\\s*(badRequest|conflict|unprocessable|forbidden|preconditionFailed|preconditionRequired|invalid)\\s*\\("
                    + "|new\\s+(Problem\\s*\\.\\s*)?FieldError\\s*\\(|new\\s+Problem\\s*\\(|new\\s+ImportError\\s*\\("
                    + "|\\.\\s*error\\s*\\(|\\browError\\s*\\(");

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:keyed\\(\\s*\\d+\\s*,\\s*\"[^\"]*\"\\s*,|invalidField\\([^,()\"]*(?:\"[^\"]*\"[^,()\"]*)*,|\\.field\\([^,()\"]*(?:\"[^\"]*\"[^,()\"]*)*,"
                    + "|fieldError\\([^,()\"]*(?:\"[^\"]*\"[^,()\"]*)*,|new\\s+Text\\(|Localized\\.text\\(|ProblemException\\.text\\("
                    + "|Refusal\\.of\\([^,()]*,[^,()]*,)\\s*\"([A-Za-z0-9_.\\-]+)\"\\s*[,)]");

    private static final Pattern NOT_FOUND_NOUN = Pattern.compile("notFound\\(\\s*\"([^\"]+)\"\\s*,");

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("platform/src/main/java")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found above " + here);
    }

    static List<Path> modules() throws IOException {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList();
        }
    }

    static List<Path> sources(Path module) throws IOException {
        try (Stream<Path> s = Files.walk(module.resolve("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noProblemTextIsWrittenInCode() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (Path module : modules()) {
            for (Path file : sources(module)) {
                scanned++;
                String name = file.getFileName().toString();
                if (FACTORIES.contains(name)) {
                    continue;
                }
                String code = withoutComments(Files.readString(file));
                Matcher m = FREE_TEXT_CALL.matcher(code);
                while (m.find()) {
                    String call = m.group();
                    String args = arguments(code, m.end() - 1);
                    boolean bad;
                    if (call.contains("error") || call.contains("rowError")) {
                        // RowCheck.error(column, text) / rowError(text): a string literal is free text (a Text is a bundle key)
                        List<String> a = topLevel(args);
                        bad = !name.equals("RowCheck.java") && a.stream().skip(call.contains("rowError") ? 0 : 1).anyMatch(x -> x.startsWith("\""));
                    } else if (call.contains("FieldError")) {
                        bad = topLevel(args).stream().skip(1).anyMatch(a -> a.contains("\""));
                    } else if (call.contains("invalid")) {
                        bad = topLevel(args).size() != 1;        // invalid(List<FieldError>) is keyed
                    } else if (call.contains("new Problem") && !call.contains("ProblemException")) {
                        bad = !file.toString().contains("/platform/problem/");
                    } else if (call.contains("ImportError")) {
                        bad = !name.equals("ImportError.java") && !name.equals("RowCheck.java");
                    } else {
                        bad = true;
                    }
                    if (bad) {
                        found.add(root().relativize(file) + ":" + line(code, m.start()) + ": " + call + args.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(scanned).as("source files scanned").isGreaterThan(300);
        assertThat(found).as("problem texts written in code instead of i18n/messages_{zh,en}.properties "
                + "(use ProblemException.keyed/field/invalidField/fieldError, a Text, ImportError.of)").isEmpty();
    }

    @Test
    void everyBundleHasEveryKeyInBothLanguagesAsValidPatterns() throws IOException {
        int bundles = 0;
        for (Path module : modules()) {
            Map<String, Properties> own = bundles(module);
            if (own.isEmpty()) {
                continue;
            }
            bundles++;
            assertThat(own.keySet()).as("%s has both bundles", module.getFileName()).containsExactlyInAnyOrder("zh", "en");
            Set<String> all = new TreeSet<>();
            own.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            List<String> missing = new ArrayList<>();
            for (String key : all) {
                for (Map.Entry<String, Properties> e : own.entrySet()) {
                    String text = e.getValue().getProperty(key);
                    if (text == null || text.isBlank()) {
                        missing.add(e.getKey() + " lacks " + key);
                        continue;
                    }
                    try {
                        new MessageFormat(text);
                    } catch (IllegalArgumentException ex) {
                        missing.add(e.getKey() + " " + key + " is no MessageFormat pattern: " + ex.getMessage());
                    }
                }
            }
            assertThat(missing).as("bundles of %s", module.getFileName()).isEmpty();
        }
        assertThat(bundles).as("modules with bundles: platform, contracts and the four services").isGreaterThanOrEqualTo(6);
    }

    /** A service merges platform's, contracts' and its own bundles; a key defined twice must say the same (else it does not start). */
    @Test
    void aKeyDefinedInTwoModulesHasOneText() throws IOException {
        Map<String, String> first = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Path module : modules()) {
            for (Map.Entry<String, Properties> e : bundles(module).entrySet()) {
                for (String key : e.getValue().stringPropertyNames()) {
                    String id = e.getKey() + ":" + key;
                    String text = e.getValue().getProperty(key);
                    String seen = first.putIfAbsent(id, module.getFileName() + "=" + text);
                    if (seen != null && !seen.endsWith("=" + text)) {
                        conflicts.add(id + " in " + seen + " and " + module.getFileName() + "=" + text);
                    }
                }
            }
        }
        assertThat(conflicts).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExistsInItsModulesBundles() throws IOException {
        Map<String, Properties> shared = new LinkedHashMap<>();
        for (String m : List.of("platform", "contracts")) {
            bundles(root().resolve(m)).forEach((l, p) -> shared.merge(l, p, BilingualProblemsTest::merged));
        }
        Map<String, List<String>> unknown = new TreeMap<>();
        int checked = 0;
        for (Path module : modules()) {
            Map<String, Properties> available = new LinkedHashMap<>();
            shared.forEach((l, p) -> available.put(l, merged(new Properties(), p)));
            bundles(module).forEach((l, p) -> available.merge(l, p, BilingualProblemsTest::merged));
            for (Path file : sources(module)) {
                Matcher m = LITERAL_KEY.matcher(withoutComments(Files.readString(file)));
                List<String> keys = new ArrayList<>();
                while (m.find()) {
                    keys.add(m.group(1));
                }
                // ProblemException.notFound("what", id) reads the noun from noun.<what, dashed>
                Matcher noun = NOT_FOUND_NOUN.matcher(withoutComments(Files.readString(file)));
                while (noun.find()) {
                    keys.add("noun." + noun.group(1).strip().replace(' ', '-'));
                }
                for (String key : keys) {
                    if (!key.contains(".")) {
                        continue;   // not a key (e.g. a field name passed on)
                    }
                    checked++;
                    for (String l : List.of("zh", "en")) {
                        if (available.getOrDefault(l, new Properties()).getProperty(key) == null) {
                            unknown.computeIfAbsent(root().relativize(file).toString(), f -> new ArrayList<>()).add(l + ":" + key);
                        }
                    }
                }
            }
        }
        assertThat(checked).as("literal keys found").isGreaterThan(200);
        assertThat(unknown).as("keys named in code but missing from the bundles").isEmpty();
    }

    @Test
    void theScanSeesAFreeTextProblem() {
        String code = withoutComments("""
                class X { void f() { // ProblemException.conflict("in a comment")
                    throw ProblemException.conflict("slug", "English only " + id);
                    throw ProblemException.invalid(errors);
                    errors.add(new Problem.FieldError("a", text));
                    errors.add(new FieldError(f + ".x", "free"));
                    c.error(YEAR, "must be " + y);
                } }""");
        List<String> hits = new ArrayList<>();
        Matcher m = FREE_TEXT_CALL.matcher(code);
        while (m.find()) {
            hits.add(m.group().replaceAll("\\s", "") + topLevel(arguments(code, m.end() - 1)).size());
        }
        assertThat(hits).containsExactly("ProblemException.conflict(2", "ProblemException.invalid(1", "newProblem.FieldError(2", "newFieldError(2", ".error(2");
        assertThat(topLevel("\"a, b\", f(x, y), 'c'")).containsExactly("\"a, b\"", "f(x, y)", "'c'");
        Matcher k = LITERAL_KEY.matcher("ProblemException.keyed(409, \"wrong-status\", \"plan.published\", p.id); x.field(\"countyShares[\" + i + \"]\", \"plan.twice\")");
        List<String> keys = new ArrayList<>();
        while (k.find()) {
            keys.add(k.group(1));
        }
        assertThat(keys).containsExactly("plan.published", "plan.twice");
    }

    // ---- reading Java text ---------------------------------------------------------------------

    /** The source without comments; string and character literals kept. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                out.append(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, s.length());
                out.append(s, i, j);
                i = j;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (s.charAt(k) == '\n') {
                        out.append('\n');   // keep line numbers
                    }
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The text between the parenthesis at {@code open} and its match. */
    static String arguments(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return s.substring(open + 1, i);
            }
        }
        return s.substring(open + 1);
    }

    /** Arguments split at top-level commas. */
    static List<String> topLevel(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < args.length() && args.charAt(j) != c) {
                    j += args.charAt(j) == '\\' ? 2 : 1;
                }
                i = j;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(args.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (!args.isBlank()) {
            out.add(args.substring(start).strip());
        }
        return out;
    }

    private static int line(String s, int index) {
        int n = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Properties> bundles(Path module) {
        Map<String, Properties> out = new LinkedHashMap<>();
        for (String l : List.of("zh", "en")) {
            Path f = module.resolve("src/main/resources/i18n/messages_" + l + ".properties");
            if (Files.isRegularFile(f)) {
                Properties p = new Properties();
                try (var in = new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8)) {
                    p.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.put(l, p);
            }
        }
        return out;
    }

    private static Properties merged(Properties into, Properties more) {
        into.putAll(more);
        return into;
    }
}
