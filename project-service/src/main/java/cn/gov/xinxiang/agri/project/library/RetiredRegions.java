package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A write whose only faults are regions retired from the directory is refused as the directory refuses it
 * (RegionDirectory.retired): 422 {@code region-retired}, the one field's message as detail, else the count, each field
 * listed. Plain code, for the deciders that collect field violations and find that all of them are retired regions.
 */
public final class RetiredRegions {
    private RetiredRegions() {
    }

    /** The region directory's problem type for a write naming a retired region (RegionDirectory.RETIRED_SLUG). */
    public static final String SLUG = "region-retired";

    /** The refusal for {@code retired}, field violations (at least one) whose texts say which region retired when. */
    public static List<Violation> only(List<Violation> retired) {
        List<Violation> out = new ArrayList<>();
        Violation first = retired.get(0);
        out.add(retired.size() == 1
                ? Violation.rule(SLUG, "problem.field-message", first.field(), first.text())
                : Violation.rule(SLUG, "region.fields-retired", retired.size()));
        retired.forEach(v -> out.add(Violation.ruleOn(SLUG, v.field(), v.text().key(), v.text().args())));
        return out;
    }
}
