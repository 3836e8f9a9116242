package cn.gov.xinxiang.agri.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Xinxiang's real divisions, read from the platform's official list (the same file the services load). */
final class Regions {

    record Region(String code, String name, String parent, String tier, boolean functionalZone) {
        String county() {
            return code.substring(0, 6) + "000000";
        }

        String township() {
            return code.substring(0, 9) + "000";
        }
    }

    final Map<String, Region> byCode = new LinkedHashMap<>();
    final List<Region> counties = new ArrayList<>();
    final List<Region> villages = new ArrayList<>();

    static Regions load(Path repoRoot) throws IOException {
        Regions r = new Regions();
        for (String line : Files.readAllLines(repoRoot.resolve("platform/src/main/resources/regions/xinxiang-official.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            Region g = new Region(f[0], f[1], f[2], f[3], Boolean.parseBoolean(f[4]));
            r.byCode.put(g.code(), g);
            switch (g.tier()) {
                case "COUNTY" -> r.counties.add(g);
                case "VILLAGE" -> r.villages.add(g);
                default -> {
                }
            }
        }
        return r;
    }

    String name(String code) {
        Region g = byCode.get(code);
        return g == null ? code : g.name();
    }

    List<Region> villagesOf(String countyCode) {
        String p = countyCode.substring(0, 6);
        return villages.stream().filter(v -> v.code().startsWith(p)).toList();
    }
}
