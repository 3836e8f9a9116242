package cn.gov.xinxiang.agri.evaluation.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two evaluation versions: the total, the grade and each indicator's inputs and score. */
public final class Differences {

    private Differences() {
    }

    public record Change(String item, Object before, Object after) {
    }

    /** An indicator's counted records as the evidence names them: how many, and their sha-256 (null when unknown). */
    public record Records(int count, String fingerprint) {
    }

    public static List<Change> between(Evidence before, Evidence after) {
        List<Change> changes = new ArrayList<>();
        add(changes, "score", before.score(), after.score());
        add(changes, "grade", before.gradeLabel(), after.gradeLabel());
        add(changes, "coverage", before.coverage() == null ? null : before.coverage().percent(), after.coverage() == null ? null : after.coverage().percent());
        Map<String, Evidence.IndicatorEvidence> old = new LinkedHashMap<>();
        before.indicators().forEach(i -> old.put(i.code(), i));
        for (Evidence.IndicatorEvidence now : after.indicators()) {
            Evidence.IndicatorEvidence was = old.remove(now.code());
            if (was == null) {
                changes.add(new Change("indicator " + now.code(), null, "added"));
                continue;
            }
            String p = now.code() + ".";
            add(changes, p + "target", was.target(), now.target());
            add(changes, p + "weight", was.weight(), now.weight());
            add(changes, p + "direction", was.direction(), now.direction());
            add(changes, p + "required", was.required(), now.required());
            add(changes, p + "hasData", was.hasData(), now.hasData());
            add(changes, p + "numerator", was.numerator(), now.numerator());
            add(changes, p + "denominator", was.denominator(), now.denominator());
            add(changes, p + "actual", was.actual(), now.actual());
            add(changes, p + "score", was.score(), now.score());
            // the records are not in the evidence: their count and fingerprint say whether (and by how many) they changed
            boolean fingerprintsDiffer = was.recordsFingerprint() != null && now.recordsFingerprint() != null
                    && !was.recordsFingerprint().equals(now.recordsFingerprint());
            if (was.recordCount() != now.recordCount() || fingerprintsDiffer) {
                changes.add(new Change(p + "records", new Records(was.recordCount(), was.recordsFingerprint()),
                        new Records(now.recordCount(), now.recordsFingerprint())));
            }
        }
        old.keySet().forEach(code -> changes.add(new Change("indicator " + code, "present", null)));
        return changes;
    }

    private static void add(List<Change> changes, String item, Object before, Object after) {
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) == 0 : Objects.equals(before, after);
        if (!same) {
            changes.add(new Change(item, before, after));
        }
    }
}
