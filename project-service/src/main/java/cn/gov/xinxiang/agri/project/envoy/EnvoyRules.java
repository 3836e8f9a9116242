package cn.gov.xinxiang.agri.project.envoy;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What an envoy's links and service records must satisfy, plain Java so they are tested without a container. */
public final class EnvoyRules {
    private EnvoyRules() {
    }

    /** Service dates before this year are typing errors, not records. */
    static final int EARLIEST_SERVICE_YEAR = 2000;

    /**
     * Every link named at once, each on its field (400): a project exists (among those the caller may see:
     * {@code projectCounty}, id to county) and lies in the envoy's county; a village is a well-formed village of that
     * county and active ({@code inactiveVillages}: why a named village may not be written, by code); nothing twice.
     */
    public static List<Violation> linkViolations(RegionCode county, List<UUID> projects, Map<UUID, String> projectCounty, List<String> villages,
                                                 Map<String, Text> inactiveVillages) {
        List<Violation> errors = new ArrayList<>();
        Set<UUID> seenProjects = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            UUID p = projects.get(i);
            String field = "projectIds[" + i + "]";
            if (!seenProjects.add(p)) {
                errors.add(Violation.field(field, "envoy.twice"));
            } else if (!projectCounty.containsKey(p)) {
                errors.add(Violation.field(field, "envoy.project-unknown", p));
            } else if (!projectCounty.get(p).equals(county.value())) {
                errors.add(Violation.field(field, "envoy.project-county", p, county.value()));
            }
        }
        Set<String> seenVillages = new HashSet<>();
        for (int i = 0; i < villages.size(); i++) {
            String field = "villageCodes[" + i + "]";
            RegionCode v = RegionCode.parse(villages.get(i).strip()).orElse(null);
            if (v == null) {
                errors.add(Violation.field(field, "region.code-format"));
            } else if (!seenVillages.add(v.value())) {
                errors.add(Violation.field(field, "envoy.twice"));
            } else if (v.tier() != Tier.VILLAGE || !v.isWithin(county)) {
                errors.add(Violation.field(field, "envoy.village-county", v.value(), county.value()));
            } else if (inactiveVillages.containsKey(v.value())) {
                Text t = inactiveVillages.get(v.value());
                errors.add(Violation.field(field, t.key(), t.args()));
            }
        }
        return errors;
    }

    /**
     * A service record (400 on each field): served on a past day from {@value #EARLIEST_SERVICE_YEAR} on, in a village
     * and for a project the envoy serves (either may be absent: {@code village} null when none was named).
     */
    public static List<Violation> serviceViolations(LocalDate servedOn, LocalDate today, String village, UUID projectId, Set<String> servedVillages,
                                                    Set<UUID> servedProjects) {
        List<Violation> errors = new ArrayList<>();
        if (servedOn.isAfter(today)) {
            errors.add(Violation.field("servedOn", "problem.not-future"));
        } else if (servedOn.getYear() < EARLIEST_SERVICE_YEAR) {
            errors.add(Violation.field("servedOn", "envoy.served-range", EARLIEST_SERVICE_YEAR));
        }
        if (village != null && !servedVillages.contains(village)) {
            errors.add(Violation.field("villageCode", "envoy.not-served-village", village));
        }
        if (projectId != null && !servedProjects.contains(projectId)) {
            errors.add(Violation.field("projectId", "envoy.not-served-project", projectId));
        }
        return errors;
    }
}
