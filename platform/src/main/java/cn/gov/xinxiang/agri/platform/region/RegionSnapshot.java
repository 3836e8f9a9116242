package cn.gov.xinxiang.agri.platform.region;

import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An immutable copy of the directory as one service sees it: every row it holds (retired ones too,
 * so old records keep their names), minus the sample rows when sample data is off.
 */
final class RegionSnapshot {

    final long version;
    private final NavigableMap<String, RegionDirectory.Region> byCode;
    private final List<RegionDirectory.Region> active;

    private RegionSnapshot(long version, NavigableMap<String, RegionDirectory.Region> byCode) {
        this.version = version;
        this.byCode = byCode;
        this.active = byCode.values().stream().filter(RegionDirectory.Region::active).toList();
    }

    static RegionSnapshot of(long version, Collection<RegionDirectory.Region> rows, boolean sampleEnabled) {
        TreeMap<String, RegionDirectory.Region> map = new TreeMap<>();
        for (RegionDirectory.Region r : rows) {
            if (sampleEnabled || !r.sample()) {
                map.put(r.code().value(), r);
            }
        }
        return new RegionSnapshot(version, map);
    }

    RegionDirectory.Region get(RegionCode code) {
        return byCode.get(code.value());
    }

    List<RegionDirectory.Region> active() {
        return active;
    }

    /** Active regions whose code starts with the root's significant digits, in code order. */
    List<RegionDirectory.Region> activeWithin(RegionCode root) {
        String prefix = root.prefix();
        // Codes are fixed-width digits: every code with this prefix sorts between prefix+"0…" and prefix+"9…".
        return byCode.subMap(prefix, true, prefix + "\uffff", false).values().stream()
                .filter(RegionDirectory.Region::active).toList();
    }

    int size() {
        return byCode.size();
    }
}
