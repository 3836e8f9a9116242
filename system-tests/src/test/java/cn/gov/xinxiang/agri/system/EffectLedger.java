package cn.gov.xinxiang.agri.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the fault tests wrote through the services' APIs, and therefore what every read model must
 * show once the faults are over: the read models of a run without faults, computed from the writes
 * alone. {@link #compare} holds a snapshot of the read models (what the services show) against it and
 * counts, per kind of effect, what is missing (lost), what was applied more than once (duplicated),
 * what differs in value (wrong), and rows no write explains (unexpected).
 *
 * <p>Every expected effect is tagged with the scenario whose writes caused it, so one scenario can be
 * judged on its own effects while the final check judges all of them.
 */
final class EffectLedger {

    /** The effects counted, each at one consumer's read model. */
    enum Kind {
        /** evaluation-service's observed project: status and events applied (drafted = 1, admitted = 2). */
        EVALUATION_PROJECT,
        /** funding-service's library list (from project.admitted). */
        FUNDING_LIBRARY,
        /** project-service: the first allocation put the project IN_PROGRESS, with exactly one START transition. */
        PROJECT_STARTED,
        /** evaluation-service's fund flows: allocations, disbursements, expenditures with their amounts. */
        EVALUATION_ALLOCATION, EVALUATION_DISBURSEMENT, EVALUATION_EXPENDITURE,
        /** asset-service's household roster copy, one row per national household number. */
        ASSET_HOUSEHOLD,
        /** evaluation-service's household copy, one row per national household number. */
        EVALUATION_HOUSEHOLD,
        /** evaluation-service's observed assets (legacy registrations in asset-service). */
        EVALUATION_ASSET
    }

    /**
     * One effect as a read model shows it: {@code times} is how often it is there (rows for the key, or
     * the events counted into it), {@code value} what it says (a status, an amount, a name).
     */
    record Seen(int times, String value) {
    }

    /** One expected effect: how often it must be there and what it must say. */
    record Want(String scenario, int times, String value) {
    }

    /** The verdict for one kind. */
    record Count(Kind kind, int expected, int lost, int duplicated, int wrong, int unexpected, List<String> examples) {
        boolean clean() {
            return lost == 0 && duplicated == 0 && wrong == 0 && unexpected == 0;
        }

        @Override
        public String toString() {
            return String.format("%-24s expected %4d  lost %d  duplicated %d  wrong %d  unexpected %d%s", kind, expected, lost, duplicated, wrong,
                    unexpected, examples.isEmpty() ? "" : "  e.g. " + examples);
        }
    }

    /** The verdict for all kinds. */
    record Verdict(List<Count> counts) {
        boolean clean() {
            return counts.stream().allMatch(Count::clean);
        }

        int lost() {
            return counts.stream().mapToInt(Count::lost).sum();
        }

        int duplicated() {
            return counts.stream().mapToInt(Count::duplicated).sum();
        }

        @Override
        public String toString() {
            return counts.stream().map(Count::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        }
    }

    private final Map<Kind, Map<String, Want>> wanted = new LinkedHashMap<>();

    EffectLedger() {
        for (Kind k : Kind.values()) {
            wanted.put(k, new LinkedHashMap<>());
        }
    }

    /** Expects (or re-expects, as a later write changes it) an effect. */
    synchronized void expect(String scenario, Kind kind, String key, int times, String value) {
        wanted.get(kind).put(key, new Want(scenario, times, value));
    }

    /**
     * Compares a snapshot of the read models with what is expected.
     *
     * @param scenario judge only the effects this scenario's writes caused, or null for all of them;
     *                 rows no write explains are counted only when judging all
     */
    synchronized Verdict compare(Map<Kind, Map<String, Seen>> snapshot, String scenario) {
        List<Count> counts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Map<String, Want> want = wanted.get(kind);
            Map<String, Seen> seen = snapshot.getOrDefault(kind, Map.of());
            int expected = 0;
            int lost = 0;
            int duplicated = 0;
            int wrong = 0;
            List<String> examples = new ArrayList<>();
            for (Map.Entry<String, Want> e : want.entrySet()) {
                Want w = e.getValue();
                if (scenario != null && !w.scenario().equals(scenario)) {
                    continue;
                }
                expected++;
                Seen s = seen.get(e.getKey());
                int times = s == null ? 0 : s.times();
                if (times < w.times()) {
                    lost++;
                    example(examples, "lost " + e.getKey() + " (" + times + " of " + w.times() + ")");
                } else if (times > w.times()) {
                    duplicated++;
                    example(examples, "duplicated " + e.getKey() + " (" + times + " for " + w.times() + ")");
                } else if (!Objects.equals(w.value(), s.value())) {
                    wrong++;
                    example(examples, e.getKey() + " is " + s.value() + ", expected " + w.value());
                }
            }
            int unexpected = 0;
            if (scenario == null) {
                for (String key : seen.keySet()) {
                    if (!want.containsKey(key)) {
                        unexpected++;
                        example(examples, "unexpected " + key);
                    }
                }
            }
            counts.add(new Count(kind, expected, lost, duplicated, wrong, unexpected, examples));
        }
        return new Verdict(counts);
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < 3) {
            examples.add(text);
        }
    }

    /** Amounts compare by value, whatever their scale: 100000 and 100000.00 are the same money. */
    static String money(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    /** Counts how often each key occurs: the rows a read model holds per key. */
    static Map<String, Seen> rows(Collection<String> keys, Map<String, String> valueByKey) {
        Map<String, Integer> times = new TreeMap<>();
        keys.forEach(k -> times.merge(k, 1, Integer::sum));
        Map<String, Seen> out = new LinkedHashMap<>();
        times.forEach((k, n) -> out.put(k, new Seen(n, valueByKey.get(k))));
        return out;
    }
}
