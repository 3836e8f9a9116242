package cn.gov.xinxiang.agri.platform.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region clause is written in one place, {@link RegionScope}. This guard reads the main sources of every
 * module of the repository (found from this module's directory, as {@code BilingualProblemsTest} does; it runs in
 * every service's {@code -am} build) and fails on a query that writes its own: a {@code like :scope} clause, a
 * subtree pattern built from a prefix ({@code prefix() + "%"}) or the scope's pattern bound by hand
 * ({@code likePattern()}). Use {@code RegionScope.clause} with {@code parameters()} / {@code bind}; for a region a
 * request names, {@code RegionScope.of(code)}.
 */
class RegionScopeGuardTest {

    /** The helper itself. */
    private static final String HELPER = "platform/src/main/java/cn/gov/xinxiang/agri/platform/security/RegionScope.java";

    static final Map<String, Pattern> HAND_WRITTEN = Map.of(
            "a hand-written scope clause (use RegionScope.clause)", Pattern.compile("(?i)\\blike\\s+[:?]\\s*scope\\b"),
            "a subtree pattern built by hand (use RegionScope.of(code) and bind)", Pattern.compile("\\.prefix\\(\\)\\s*\\+\\s*\"%\""),
            "the scope's pattern bound by hand (use RegionScope.parameters() or bind)", Pattern.compile("\\.likePattern\\(\\)"));

    @Test
    void noMainSourceWritesItsOwnRegionClause() throws IOException {
        Path root = root();
        List<Path> modules = modules(root);
        assertThat(modules).extracting(m -> m.getFileName().toString())
                .as("the guard must see the services it guards")
                .contains("platform", "project-service", "funding-service", "asset-service", "evaluation-service");
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path module : modules) {
            for (Path file : sources(module)) {
                if (root.relativize(file).toString().replace('\\', '/').equals(HELPER)) {
                    continue;
                }
                files++;
                found.addAll(hits(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(files).as("main sources read").isGreaterThan(100);
        assertThat(found).as("region clauses written outside RegionScope").isEmpty();
    }

    @Test
    void theGuardRecognisesEachHandWrittenForm() {
        assertThat(hits("A.java", "find(\"id = :id and regionCode like :scope\", p)")).hasSize(1);
        assertThat(hits("A.java", "\" and a.region_code LIKE  :scope\"")).hasSize(1);
        assertThat(hits("A.java", "p.and(\"sub\", r.prefix() + \"%\");")).hasSize(1);
        assertThat(hits("A.java", "Parameters.with(\"scope\", user.scope().likePattern())")).hasSize(1);
        assertThat(hits("A.java", "find(\"id = :id and \" + RegionScope.clause(\"regionCode\"), user.scope().parameters().and(\"id\", id))")).isEmpty();
        assertThat(hits("A.java", "\"r.code like :prefix\"")).as("other LIKE filters are not scope clauses").isEmpty();
        // the helper does write the clause, so the file skipped is the one that holds it
        assertThat(Files.exists(root().resolve(HELPER))).isTrue();
    }

    static List<String> hits(String file, String text) {
        List<String> out = new ArrayList<>();
        HAND_WRITTEN.forEach((what, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                out.add(file + ":" + line + ": " + what);
            }
        });
        return out;
    }

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("platform/src/main/java")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found above " + here);
    }

    /** Modules with main sources, one level down (services, platform, contracts) and in deploy/. */
    static List<Path> modules(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path parent : List.of(root, root.resolve("deploy"))) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (Stream<Path> s = Files.list(parent)) {
                s.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static List<Path> sources(Path module) throws IOException {
        try (Stream<Path> s = Files.walk(module.resolve("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
