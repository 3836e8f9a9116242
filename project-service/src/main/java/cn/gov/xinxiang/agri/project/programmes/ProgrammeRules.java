package cn.gov.xinxiang.agri.project.programmes;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The region rules the programmes share, plain code: a record's region is of a tier the programme allows (400) and
 * inside the caller's region (403, as for projects); a county is named by a county-tier code (400). The service
 * loads the facts (is the region active, does the caller's scope cover it) and maps the refusals.
 */
public final class ProgrammeRules {
    private ProgrammeRules() {
    }

    /**
     * A write's region named in {@code field}: of one of {@code tiers} (400 {@code programme.region-tier}), then
     * covered by the caller's region (403 {@code programme.outside-region}).
     */
    public static Decision<RegionCode> writeRegion(String field, RegionCode code, boolean covered, String callerRegion, Tier... tiers) {
        if (!Set.of(tiers).contains(code.tier())) {
            return Decision.refuse(Violation.field(field, "programme.region-tier", tierNames(tiers)));
        }
        return inCallerRegion(code.value(), covered, callerRegion).map(c -> code);
    }

    /** A record of {@code regionCode} is changed only from a region that covers it: 403 {@code programme.outside-region} otherwise. */
    public static Decision<String> inCallerRegion(String regionCode, boolean covered, String callerRegion) {
        return covered ? Decision.allow(regionCode) : Decision.refuse(Violation.forbidden("programme.outside-region", regionCode, callerRegion));
    }

    /** 村/乡镇 or village/township, in the reader's language. */
    static Localized tierNames(Tier... tiers) {
        return l -> Arrays.stream(tiers).map(t -> new Text("tier." + t.name()).in(l)).collect(Collectors.joining("/"));
    }

    /** A county named in {@code field}: a 12-digit code of the county tier, else 400 {@code region.county-code}. */
    public static Decision<RegionCode> county(String field, String value) {
        return county(field, value, c -> true);
    }

    /** As {@link #county(String, String)}, and one the directory knows ({@code known}). */
    public static Decision<RegionCode> county(String field, String value, Predicate<RegionCode> known) {
        return (value == null ? Optional.<RegionCode>empty() : RegionCode.parse(value.strip()))
                .filter(r -> r.tier() == Tier.COUNTY && known.test(r))
                .map(Decision::allow)
                .orElseGet(() -> Decision.refuse(Violation.field(field, "region.county-code")));
    }
}
