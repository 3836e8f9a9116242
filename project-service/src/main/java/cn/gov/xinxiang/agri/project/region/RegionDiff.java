package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between the official directory and an uploaded list (pure rules, no database).
 * The upload is the whole official list: a code it lacks disappears (is retired), the city itself
 * excepted. Sample regions are never part of either side.
 *
 * <ul>
 *   <li>ADDED: a code the directory never had;</li>
 *   <li>RENAMED: an active code with another name;</li>
 *   <li>RESTORED: a retired code that is back (possibly under another name);</li>
 *   <li>RETIRED: an active code the list lacks;</li>
 *   <li>MOVED: a region re-coded under another parent (a township moving to another county, a
 *       village to another township): one retired and one added code of the same tier and name,
 *       where that name is unique among both the retired and the added ones of that tier.</li>
 * </ul>
 */
public final class RegionDiff {

    public enum Kind { ADDED, RENAMED, MOVED, RETIRED, RESTORED }

    /** What the directory holds for a code (official rows only). */
    public record Held(RegionCode code, String name, boolean active) {
    }

    /** One row of the uploaded list. */
    public record Entry(RegionCode code, String name) {
    }

    /**
     * One change. For MOVED, {@code code} is the new code and {@code fromCode} the old one; for
     * RENAMED and RESTORED {@code previousName} is the name the directory had.
     */
    public record Change(Kind kind, RegionCode code, String name, String previousName, RegionCode fromCode) {

        public Tier tier() {
            return code.tier();
        }

        public String parentCode() {
            return code.parent().filter(p -> p.tier() != Tier.PROVINCE).map(RegionCode::value).orElse(null);
        }
    }

    public record Result(List<Change> changes, int unchanged) {

        public long count(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }
    }

    private RegionDiff() {
    }

    public static Result of(Collection<Held> directory, Collection<Entry> upload) {
        Map<RegionCode, Held> held = new HashMap<>();
        directory.forEach(h -> held.put(h.code(), h));
        Map<RegionCode, Entry> uploaded = new LinkedHashMap<>();
        upload.forEach(e -> uploaded.put(e.code(), e));

        List<Change> out = new ArrayList<>();
        List<Entry> added = new ArrayList<>();
        List<Held> gone = new ArrayList<>();
        int unchanged = 0;
        for (Entry e : uploaded.values()) {
            Held h = held.get(e.code());
            if (h == null) {
                added.add(e);
            } else if (!h.active()) {
                out.add(new Change(Kind.RESTORED, e.code(), e.name(), h.name(), null));
            } else if (!h.name().equals(e.name())) {
                out.add(new Change(Kind.RENAMED, e.code(), e.name(), h.name(), null));
            } else {
                unchanged++;
            }
        }
        for (Held h : held.values()) {
            if (h.active() && !uploaded.containsKey(h.code()) && h.code().tier() != Tier.CITY) {
                gone.add(h);
            }
        }
        // Pair a disappeared and an added code of one tier that carry the same, otherwise unique, name.
        Map<String, List<Entry>> addedByKey = new HashMap<>();
        added.forEach(e -> addedByKey.computeIfAbsent(e.code().tier() + "|" + e.name(), k -> new ArrayList<>()).add(e));
        Map<String, List<Held>> goneByKey = new HashMap<>();
        gone.forEach(h -> goneByKey.computeIfAbsent(h.code().tier() + "|" + h.name(), k -> new ArrayList<>()).add(h));
        List<Entry> movedTo = new ArrayList<>();
        List<Held> movedFrom = new ArrayList<>();
        goneByKey.forEach((key, from) -> {
            List<Entry> to = addedByKey.get(key);
            if (from.size() == 1 && to != null && to.size() == 1 && !Objects.equals(from.get(0).code().parent(), to.get(0).code().parent())) {
                out.add(new Change(Kind.MOVED, to.get(0).code(), to.get(0).name(), from.get(0).name(), from.get(0).code()));
                movedTo.add(to.get(0));
                movedFrom.add(from.get(0));
            }
        });
        added.stream().filter(e -> !movedTo.contains(e)).forEach(e -> out.add(new Change(Kind.ADDED, e.code(), e.name(), null, null)));
        gone.stream().filter(h -> !movedFrom.contains(h)).forEach(h -> out.add(new Change(Kind.RETIRED, h.code(), h.name(), null, null)));
        out.sort(Comparator.comparing((Change c) -> c.kind().ordinal()).thenComparing(c -> c.code().value()));
        return new Result(List.copyOf(out), unchanged);
    }
}
