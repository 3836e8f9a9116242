package cn.gov.xinxiang.agri.contracts.project;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.contracts.region.DivisionCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an accepted project (验收) and the assets it formed must satisfy for the asset register to
 * take every one of them over. project-service refuses an acceptance that breaks it, so a project is
 * never ACCEPTED while its assets cannot reach the register; asset-service checks the event against
 * the same rule and parks (dead-letters) an event that breaks it, which then can only come from an
 * old or foreign producer. Plain code on the contract's own types: one definition read by both.
 *
 * <p>Refusals name the field inside {@link ProjectAcceptedV1} ({@code assets[1].locationRegionCode});
 * the acceptance request of project-service uses the same field names. Their texts are bundle keys
 * ({@code acceptance.*} in this module's {@code i18n/messages_{zh,en}.properties}) with arguments, which
 * the services render in the caller's language (the module has no Quarkus and writes no prose itself).
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
    /** The codes of {@link AssetClass}, as the acceptance event carries them. */
    public static final Set<String> ASSET_CLASSES = Arrays.stream(AssetClass.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    public static final String HOUSEHOLD = AssetClass.HOUSEHOLD.name();

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
     * @param field  path inside the event / request, e.g. {@code assets[1].locationRegionCode}
     * @param reason stable code
     * @param key    the text for people: a key of the bundles {@code i18n/messages_{zh,en}.properties}
     * @param args   its arguments ({0}, {1}, …)
     */
    public record Refusal(String field, Reason reason, String key, List<Object> args) {
        public Refusal {
            args = List.copyOf(args);
        }

        static Refusal of(String field, Reason reason, String key, Object... args) {
            return new Refusal(field, reason, key, List.of(args));
        }

        /** The arguments as an array, as message formatters take them. */
        public Object[] arguments() {
            return args.toArray();
        }

        @Override
        public String toString() {
            return field + ": " + key + args + " (" + reason + ")";
        }
    }

    /** Everything wrong with the acceptance event, in field order; empty when asset-service takes every asset over. */
    public static List<Refusal> check(ProjectAcceptedV1 a) {
        List<Refusal> out = new ArrayList<>();
        if (a.projectId() == null || !UUID_TEXT.matcher(a.projectId()).matches()) {
            out.add(Refusal.of("projectId", Reason.PROJECT_ID_MALFORMED, "acceptance.uuid"));
        }
        if (isBlank(a.code()) || length(a.code()) > MAX_PROJECT_CODE) {
            out.add(Refusal.of("code", Reason.PROJECT_CODE_INVALID, "acceptance.length", MAX_PROJECT_CODE));
        }
        if (isBlank(a.name()) || length(a.name()) > MAX_PROJECT_NAME) {
            out.add(Refusal.of("name", Reason.PROJECT_NAME_INVALID, "acceptance.length", MAX_PROJECT_NAME));
        }
        if (!isCountyOrBelow(a.regionCode())) {
            out.add(Refusal.of("regionCode", Reason.PROJECT_REGION_INVALID, "acceptance.project-region"));
        }
        if (a.acceptedAt() == null) {
            out.add(Refusal.of("acceptedAt", Reason.ACCEPTED_AT_MISSING, "acceptance.required"));
        }
        if (a.assets() == null) {
            out.add(Refusal.of("assets", Reason.ASSETS_MISSING, "acceptance.assets-required"));
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
                out.add(Refusal.of(p, Reason.ASSET_MISSING, "acceptance.asset-null"));
                continue;
            }
            if (isBlank(f.assetRef()) || length(f.assetRef()) > MAX_ASSET_REF) {
                out.add(Refusal.of(p + ".assetRef", Reason.ASSET_REF_INVALID, "acceptance.length", MAX_ASSET_REF));
            } else {
                Integer first = refs.putIfAbsent(f.assetRef(), i);
                if (first != null) {
                    // the register keys assets by project + ref: the second one would silently be lost
                    out.add(Refusal.of(p + ".assetRef", Reason.ASSET_REF_DUPLICATE, "acceptance.ref-duplicate", f.assetRef(), "assets[" + first + "]"));
                }
            }
            if (isBlank(f.name()) || length(f.name()) > MAX_ASSET_NAME) {
                out.add(Refusal.of(p + ".name", Reason.NAME_INVALID, "acceptance.length", MAX_ASSET_NAME));
            }
            boolean knownClass = f.assetClass() != null && ASSET_CLASSES.contains(f.assetClass());
            if (!knownClass) {
                out.add(Refusal.of(p + ".assetClass", Reason.CLASS_UNKNOWN, "acceptance.class"));
            }
            valueProblem(f.value()).ifPresent(k -> out.add(Refusal.of(p + ".value", Reason.VALUE_INVALID, k,
                    k.equals("acceptance.value-max") ? new Object[] {MAX_VALUE.toPlainString()} : new Object[0])));
            if (f.householdId() != null && !UUID_TEXT.matcher(f.householdId()).matches()) {
                out.add(Refusal.of(p + ".householdId", Reason.HOUSEHOLD_MALFORMED, "acceptance.uuid"));
            }
            if (!DivisionCode.isValid(f.locationRegionCode())) {
                out.add(Refusal.of(p + ".locationRegionCode", Reason.LOCATION_MALFORMED, "acceptance.location-malformed",
                        String.valueOf(f.locationRegionCode())));
                if (knownClass) {
                    householdPresence(f.assetClass(), f.householdId() != null).forEach(r -> out.add(prefixed(p, r)));
                }
                continue;
            }
            if (county != null && !DivisionCode.isWithin(f.locationRegionCode(), county)) {
                out.add(Refusal.of(p + ".locationRegionCode", Reason.LOCATION_OUTSIDE_PROJECT_COUNTY,
                        "acceptance.outside-county", county));
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
            out.add(Refusal.of("locationRegionCode", Reason.LOCATION_TIER,
                    "acceptance.location-tier." + level.name(), location));
        }
        out.addAll(householdPresence(assetClass, namesHousehold));
        if (HOUSEHOLD.equals(assetClass) && level == DivisionCode.Level.TOWNSHIP) {
            out.add(Refusal.of("locationRegionCode", Reason.HOUSEHOLD_ASSET_NOT_IN_VILLAGE,
                    "acceptance.household-in-village", location));
        }
        return out;
    }

    private static List<Refusal> householdPresence(String assetClass, boolean namesHousehold) {
        if (HOUSEHOLD.equals(assetClass) && !namesHousehold) {
            return List.of(Refusal.of("householdId", Reason.HOUSEHOLD_MISSING, "acceptance.household-missing"));
        }
        if (!HOUSEHOLD.equals(assetClass) && namesHousehold) {
            return List.of(Refusal.of("householdId", Reason.HOUSEHOLD_NOT_EXPECTED, "acceptance.household-not-expected"));
        }
        return List.of();
    }

    /** The key of what is wrong with a value (acceptance.value-max takes the largest value), or empty. */
    private static java.util.Optional<String> valueProblem(BigDecimal v) {
        if (v == null) {
            return java.util.Optional.of("acceptance.required");
        }
        if (v.signum() < 0) {
            return java.util.Optional.of("acceptance.value-negative");
        }
        if (v.stripTrailingZeros().scale() > 2) {
            return java.util.Optional.of("acceptance.value-fen");
        }
        if (v.compareTo(MAX_VALUE) > 0) {
            return java.util.Optional.of("acceptance.value-max");
        }
        return java.util.Optional.empty();
    }

    private static boolean isCountyOrBelow(String code) {
        return DivisionCode.isValid(code) && DivisionCode.level(code).ordinal() >= DivisionCode.Level.COUNTY.ordinal();
    }

    private static Refusal prefixed(String p, Refusal r) {
        return new Refusal(p + "." + r.field(), r.reason(), r.key(), r.args());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Characters as PostgreSQL's varchar counts them (code points, not UTF-16 units). */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
