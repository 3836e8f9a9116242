package cn.gov.xinxiang.agri.contracts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product stands on its own: every relative link of its Markdown documents (README.md, the modules' READMEs,
 * docs/, notes next to the code) reaches a file of the repository (and, with an anchor into a page, one of its
 * headings), and no file of the product names one outside it (the team's working notes one directory up). Lives
 * in contracts because this module's tests already read the repository (see {@link EventCatalogueTest}) and run
 * first in {@code ./mvnw verify}.
 */
class RepositoryDocumentsTest {

    static final Path ROOT = EventCatalogueTest.ROOT;

    /** Built from pieces so that this file does not name them itself. */
    static final List<String> OUTSIDE = List.of(".." + "/shared/", "DOMAIN" + ".md", "ARCHITECTURE" + ".md");

    /** Directories that are not the product: git's, the build's, editors', local runs'. */
    static final Set<String> NOT_PRODUCT = Set.of(".git", "target", ".local", ".idea", ".vscode", "node_modules");

    /**
     * Released Flyway migrations are history: a changed byte changes their checksum, and every database they
     * already ran on would refuse to start. They named the outside notes in comments and in seed texts that a
     * later migration of the same service rewrote before anyone could read them (evaluation-service V5), and
     * EvaluationFlowTest proves that no served source names a file. Each entry must still be needed.
     */
    static final Map<String, String> RELEASED_MIGRATIONS = Map.of(
            "evaluation-service/src/main/resources/db/migration/V2__read_models_indicators_evaluations.sql",
            "seed texts rewritten by V5",
            "evaluation-service/src/main/resources/db/migration/V5__policy_copy_required_indicators.sql",
            "matches the old seed texts in order to rewrite them",
            "funding-service/src/main/resources/db/migration/V1__funding.sql",
            "a comment");

    static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*<?([^>\\s]+)>?");
    static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void everyRelativeLinkOfTheDocumentsReachesAFileOfTheRepository() throws IOException {
        List<Path> documents = documents();
        assertThat(documents).as("documents found").contains(ROOT.resolve("README.md"), ROOT.resolve("docs/domain.md"),
                ROOT.resolve("docs/services/project-service.md"), ROOT.resolve("asset-service/README.md"));
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents) {
            for (String target : relativeLinks(Files.readString(doc, StandardCharsets.UTF_8))) {
                checked++;
                String file = target.replaceFirst("[#?].*$", "");
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                Path resolved = file.isEmpty() ? doc
                        : doc.getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved) || isNotProduct(ROOT.relativize(resolved))) {
                    broken.add(ROOT.relativize(doc) + " -> " + target);
                } else if (!anchor.isEmpty() && resolved.toString().endsWith(".md")
                        && !headingAnchors(Files.readString(resolved, StandardCharsets.UTF_8)).contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8))) {
                    broken.add(ROOT.relativize(doc) + " -> " + target + " (no such heading)");
                }
            }
        }
        assertThat(checked).as("relative links checked").isGreaterThan(300);
        assertThat(broken).as("links that reach no file of the repository").isEmpty();
    }

    @Test
    void noFileOfTheProductNamesOneOutsideIt() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !isNotProduct(ROOT.relativize(p))).toList()) {
                String rel = ROOT.relativize(p).toString().replace('\\', '/');
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1); // names are ASCII
                for (String name : OUTSIDE) {
                    if (text.contains(name) && !RELEASED_MIGRATIONS.containsKey(rel)) {
                        offending.add(rel + " names " + name);
                    }
                }
            }
        }
        assertThat(offending).as("files of the product that name a file outside it").isEmpty();
        for (String migration : RELEASED_MIGRATIONS.keySet()) {
            String text = Files.readString(ROOT.resolve(migration), StandardCharsets.UTF_8);
            assertThat(OUTSIDE.stream().anyMatch(text::contains)).as(migration + " is exempt, so it must still need to be").isTrue();
        }
    }

    /** Every Markdown page of the product: README.md, the modules' READMEs, docs/, and the notes next to code. */
    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> !isNotProduct(ROOT.relativize(p))).sorted().toList();
        }
    }

    /** Link targets (inline and reference definitions) outside fenced code blocks and inline code, without schemes (http:, mailto:). */
    static List<String> relativeLinks(String markdown) {
        List<String> targets = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            List<String> found = new ArrayList<>();
            Matcher d = DEFINITION.matcher(line);
            if (d.find()) {
                found.add(d.group(1)); // a reference-style link's definition: [name]: target
            }
            Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
            while (m.find()) {
                found.add(m.group(1));
            }
            found.stream().filter(t -> !SCHEME.matcher(t).find()).forEach(targets::add);
        }
        return targets;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static Set<String> headingAnchors(String markdown) {
        Set<String> anchors = new java.util.HashSet<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher h = HEADING.matcher(line);
            if (fenced || !h.matches()) {
                continue;
            }
            String slug = h.group(1).strip().replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }

    static boolean isNotProduct(Path relative) {
        for (Path part : relative) {
            if (NOT_PRODUCT.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
