package cn.gov.xinxiang.agri.project.craftsman;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plain rules of craftsman recognitions, tested without a container. */
public final class CraftsmanRules {
    private CraftsmanRules() {
    }

    /** A recognition cannot be dated after the current year (business date). */
    public static Optional<Text> yearProblem(int yearRecognised, int currentYear) {
        return yearRecognised > currentYear ? Optional.of(new Text("craftsman.year-future", currentYear)) : Optional.empty();
    }

    /**
     * A recognition: dated no later than the current year (400 on {@code yearRecognised}, {@link #yearProblem}), then
     * not recorded already for the same name, region and level (409 {@code duplicate}, also on {@code name}).
     */
    public static Decision<String> recognition(String name, String regionCode, CraftsmanLevel level, int yearRecognised, int currentYear,
                                               boolean recordedAlready) {
        Optional<Text> year = yearProblem(yearRecognised, currentYear);
        if (year.isPresent()) {
            return Decision.refuse(Violation.field("yearRecognised", year.get().key(), year.get().args()));
        }
        if (recordedAlready) {
            return Decision.refuse(Violation.state("duplicate", "craftsman.duplicate", name, regionCode, level.label),
                    Violation.field("name", "craftsman.duplicate-field"));
        }
        return Decision.allow(name);
    }

    /** One row of the totals before it is labelled: level, recognitions, households employed. */
    public record Count(CraftsmanLevel level, long craftsmen, long householdsEmployed) {
    }

    /** Every level once, in the order of the enum (city → provincial → national), zero where nothing was recognised. */
    public static List<Count> everyLevel(Collection<Count> found) {
        Map<CraftsmanLevel, Count> by = new EnumMap<>(CraftsmanLevel.class);
        found.forEach(c -> by.merge(c.level(), c, (a, b) -> new Count(a.level(), a.craftsmen() + b.craftsmen(),
                a.householdsEmployed() + b.householdsEmployed())));
        List<Count> out = new ArrayList<>();
        for (CraftsmanLevel l : CraftsmanLevel.values()) {
            out.add(by.getOrDefault(l, new Count(l, 0, 0)));
        }
        return out;
    }
}
