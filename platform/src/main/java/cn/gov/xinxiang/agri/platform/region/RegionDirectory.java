package cn.gov.xinxiang.agri.platform.region;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regions the suite knows: Xinxiang's real city and 12 county-level units, and sample townships
 * and villages (flagged {@code sample}) until the bureau loads its official list.
 */
@ApplicationScoped
public class RegionDirectory {

    public record Region(RegionCode code, String name, boolean sample) {
    }

    private final Map<RegionCode, Region> regions;

    public RegionDirectory() {
        this(RegionDirectory.class.getResourceAsStream("/regions/xinxiang.csv"));
    }

    RegionDirectory(InputStream csv) {
        Map<RegionCode, Region> map = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                RegionCode code = RegionCode.of(cols[0]);
                map.put(code, new Region(code, cols[1], Boolean.parseBoolean(cols[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.regions = Collections.unmodifiableMap(map);
    }

    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(regions.get(code));
    }

    public boolean exists(RegionCode code) {
        return regions.containsKey(code);
    }

    public String nameOf(RegionCode code) {
        return find(code).map(Region::name).orElse(code.value());
    }

    public List<Region> all() {
        return List.copyOf(regions.values());
    }

    /** Direct and indirect descendants of a region, in code order. */
    public List<Region> within(RegionCode root) {
        return regions.values().stream().filter(r -> r.code().isWithin(root)).sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }
}
