package cn.gov.xinxiang.agri.contracts.project;

import cn.gov.xinxiang.agri.contracts.region.DivisionCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an accepted project (验收) and the assets it formed must satisfy for the asset register to
 * take every one of them over. project-service refuses an acceptance that breaks it, so a project is
 * never ACCEPTED while its assets cannot reach the register; asset-service checks the event against
 * the same rule and parks (dead-letters) an event that breaks it, which then can only come from an
 * old or foreign producer. Plain code on the contract's own types: one definition read by both.
 *
 * <p>Refusals name the field inside {@link ProjectAcceptedV1} ({@code assets[1].locationRegionCode});
 * the acceptance request of project-service uses the same field names.
 */
public final class AcceptanceRules {
    private AcceptanceRules() {
    }

    /** Column widths of the register (asset-service's asset table); longer text could not be stored. */
    public static final int MAX_ASSET_REF = 100;
    public static final int MAX_ASSET_NAME = 200;
    public static final int MAX_PROJECT_CODE = 40;
    public static final int MAX_PROJECT_NAME = 200;
    /** NUMERIC(18,2): 16 digits before the point, 2 after. */
    public static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999999.99");
    public static final Set<String> ASSET_CLASSES = Set.of("OPERATING", "PUBLIC_WELFARE", "HOUSEHOLD");
    public static final String HOUSEHOLD = "HOUSEHOLD";

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Every way an acceptance can be refused; stable codes for logs, tests and clients. */
    public enum Reason {
        PROJECT_ID_MALFORMED,
        PROJECT_CODE_INVALID,
        PROJECT_NAME_INVALID,
        PROJECT_REGION_INVALID,
        ACCEPTED_AT_MISSING,
        ASSETS_MISSING,
        ASSET_MISSING,
        ASSET_REF_INVALID,
        ASSET_REF_DUPLICATE,
        NAME_INVALID,
        CLASS_UNKNOWN,
        VALUE_INVALID,
        LOCATION_MALFORMED,
        /** An asset stands in a village or a township, not at county level or above. */
        LOCATION_TIER,
        LOCATION_OUTSIDE_PROJECT_COUNTY,
        HOUSEHOLD_MISSING,
        HOUSEHOLD_MALFORMED,
        /** A household asset (到户类) stands in its household's village, not at a township. */
        HOUSEHOLD_ASSET_NOT_IN_VILLAGE,
        HOUSEHOLD_NOT_EXPECTED
    }

    /**
     * @param field   path inside the event / request, e.g. {@code assets[1].locationRegionCode}
     * @param reason  stable code
     * @param message for people
     */
    public record Refusal(String field, Reason reason, String message) {
        @Override
        public String toString() {
            return field + ": " + message + " (" + reason + ")";
        }
    }

    /** Everything wrong with the acceptance event, in field order; empty when asset-service takes every asset over. */
    public static List<Refusal> check(ProjectAcceptedV1 a) {
        List<Refusal> out = new ArrayList<>();
        if (a.projectId() == null || !UUID_TEXT.matcher(a.projectId()).matches()) {
            out.add(new Refusal("projectId", Reason.PROJECT_ID_MALFORMED, "must be a UUID"));
        }
        if (isBlank(a.code()) || length(a.code()) > MAX_PROJECT_CODE) {
            out.add(new Refusal("code", Reason.PROJECT_CODE_INVALID, "must be 1 to " + MAX_PROJECT_CODE + " characters"));
        }
        if (isBlank(a.name()) || length(a.name()) > MAX_PROJECT_NAME) {
            out.add(new Refusal("name", Reason.PROJECT_NAME_INVALID, "must be 1 to " + MAX_PROJECT_NAME + " characters"));
        }
        if (!isCountyOrBelow(a.regionCode())) {
            out.add(new Refusal("regionCode", Reason.PROJECT_REGION_INVALID, "must be the division code of a county, township or village"));
        }
        if (a.acceptedAt() == null) {
            out.add(new Refusal("acceptedAt", Reason.ACCEPTED_AT_MISSING, "is required"));
        }
        if (a.assets() == null) {
            out.add(new Refusal("assets", Reason.ASSETS_MISSING, "is required (it may be empty)"));
        } else {
            out.addAll(checkAssets(a.regionCode(), a.assets()));
        }
        return out;
    }

    /** The formed assets of a project implemented in {@code projectRegionCode}. */
    public static List<Refusal> checkAssets(String projectRegionCode, List<ProjectAcceptedV1.FormedAsset> assets) {
        List<Refusal> out = new ArrayList<>();
        String county = isCountyOrBelow(projectRegionCode) ? DivisionCode.at(projectRegionCode, DivisionCode.Level.COUNTY) : null;
        Map<String, Integer> refs = new HashMap<>();
        for (int i = 0; i < assets.size(); i++) {
            String p = "assets[" + i + "]";
            ProjectAcceptedV1.FormedAsset f = assets.get(i);
            if (f == null) {
                out.add(new Refusal(p, Reason.ASSET_MISSING, "is null"));
                continue;
            }
            if (isBlank(f.assetRef()) || length(f.assetRef()) > MAX_ASSET_REF) {
                out.add(new Refusal(p + ".assetRef", Reason.ASSET_REF_INVALID, "must be 1 to " + MAX_ASSET_REF + " characters"));
            } else {
                Integer first = refs.putIfAbsent(f.assetRef(), i);
                if (first != null) {
                    // the register keys assets by project + ref: the second one would silently be lost
                    out.add(new Refusal(p + ".assetRef", Reason.ASSET_REF_DUPLICATE, "duplicate " + f.assetRef() + " (also assets[" + first + "])"));
                }
            }
            if (isBlank(f.name()) || length(f.name()) > MAX_ASSET_NAME) {
                out.add(new Refusal(p + ".name", Reason.NAME_INVALID, "must be 1 to " + MAX_ASSET_NAME + " characters"));
            }
            boolean knownClass = f.assetClass() != null && ASSET_CLASSES.contains(f.assetClass());
            if (!knownClass) {
                out.add(new Refusal(p + ".assetClass", Reason.CLASS_UNKNOWN, "must be one of OPERATING, PUBLIC_WELFARE, HOUSEHOLD"));
            }
            valueProblem(f.value()).ifPresent(m -> out.add(new Refusal(p + ".value", Reason.VALUE_INVALID, m)));
            if (f.householdId() != null && !UUID_TEXT.matcher(f.householdId()).matches()) {
                out.add(new Refusal(p + ".householdId", Reason.HOUSEHOLD_MALFORMED, "must be a UUID"));
            }
            if (!DivisionCode.isValid(f.locationRegionCode())) {
                out.add(new Refusal(p + ".locationRegionCode", Reason.LOCATION_MALFORMED,
                        "must be a 12-digit division code (" + DivisionCode.problem(f.locationRegionCode()).orElseThrow() + ")"));
                if (knownClass) {
                    householdPresence(f.assetClass(), f.householdId() != null).forEach(r -> out.add(prefixed(p, r)));
                }
                continue;
            }
            if (county != null && !DivisionCode.isWithin(f.locationRegionCode(), county)) {
                out.add(new Refusal(p + ".locationRegionCode", Reason.LOCATION_OUTSIDE_PROJECT_COUNTY,
                        "must lie in the project's county " + county));
            }
            if (knownClass) {
                location(f.assetClass(), f.locationRegionCode(), f.householdId() != null).forEach(r -> out.add(prefixed(p, r)));
            }
        }
        return out;
    }

    /**
     * Where an asset of a class may stand, and whether it names a household: assets stand in a
     * village or a township; a household asset names its household and stands in the household's
     * village; only household assets name a household. Fields are relative
     * ({@code locationRegionCode}, {@code householdId}); the register's own registration uses it too.
     *
     * @param assetClass one of {@link #ASSET_CLASSES}
     * @param location   a valid division code
     */
    public static List<Refusal> location(String assetClass, String location, boolean namesHousehold) {
        List<Refusal> out = new ArrayList<>();
        DivisionCode.Level level = DivisionCode.level(location);
        if (level != DivisionCode.Level.VILLAGE && level != DivisionCode.Level.TOWNSHIP) {
            out.add(new Refusal("locationRegionCode", Reason.LOCATION_TIER,
                    "an asset stands in a village or a township, not at " + level.name().toLowerCase() + " level (" + location + ")"));
        }
        out.addAll(householdPresence(assetClass, namesHousehold));
        if (HOUSEHOLD.equals(assetClass) && level == DivisionCode.Level.TOWNSHIP) {
            out.add(new Refusal("locationRegionCode", Reason.HOUSEHOLD_ASSET_NOT_IN_VILLAGE,
                    "a household asset (到户类) stands in the household's village, not at a township (" + location + ")"));
        }
        return out;
    }

    private static List<Refusal> householdPresence(String assetClass, boolean namesHousehold) {
        if (HOUSEHOLD.equals(assetClass) && !namesHousehold) {
            return List.of(new Refusal("householdId", Reason.HOUSEHOLD_MISSING, "a household asset names its household"));
        }
        if (!HOUSEHOLD.equals(assetClass) && namesHousehold) {
            return List.of(new Refusal("householdId", Reason.HOUSEHOLD_NOT_EXPECTED, "only household assets name a household"));
        }
        return List.of();
    }

    private static java.util.Optional<String> valueProblem(BigDecimal v) {
        if (v == null) {
            return java.util.Optional.of("is required");
        }
        if (v.signum() < 0) {
            return java.util.Optional.of("cannot be negative");
        }
        if (v.stripTrailingZeros().scale() > 2) {
            return java.util.Optional.of("has at most 2 decimal places (yuan and fen)");
        }
        if (v.compareTo(MAX_VALUE) > 0) {
            return java.util.Optional.of("must be at most " + MAX_VALUE.toPlainString());
        }
        return java.util.Optional.empty();
    }

    private static boolean isCountyOrBelow(String code) {
        return DivisionCode.isValid(code) && DivisionCode.level(code).ordinal() >= DivisionCode.Level.COUNTY.ordinal();
    }

    private static Refusal prefixed(String p, Refusal r) {
        return new Refusal(p + "." + r.field(), r.reason(), r.message());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Characters as PostgreSQL's varchar counts them (code points, not UTF-16 units). */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
