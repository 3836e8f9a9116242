package cn.gov.xinxiang.agri.contracts.region;

import java.util.Optional;

/**
 * The digit rules of the 12-digit statistical division code (统计用区划代码): 2 digits province,
 * 2 city, 2 county, 3 township, 3 village. Plain static functions on strings, so that rules shared
 * between services (in this module) and the platform's {@code RegionCode} read one definition.
 */
public final class DivisionCode {
    private DivisionCode() {
    }

    /** The tiers, top down, with how many leading digits identify a region of each. */
    public enum Level {
        PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

        public final int significantDigits;

        Level(int significantDigits) {
            this.significantDigits = significantDigits;
        }
    }

    /** Why {@code code} is not a division code, or empty when it is one. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 12 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("a region code has exactly 12 digits");
        }
        if (code.startsWith("00")) {
            return Optional.of("a region code starts with a province code");
        }
        // A zero block followed by a non-zero block (e.g. county 00 with township 101) names nothing.
        boolean zeroSeen = false;
        int from = 0;
        for (Level l : Level.values()) {
            boolean zero = allZero(code, from, l.significantDigits);
            if (zeroSeen && !zero) {
                return Optional.of("a region code cannot skip a tier");
            }
            zeroSeen |= zero;
            from = l.significantDigits;
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The tier of a valid code: the lowest level whose block is not all zeros. */
    public static Level level(String code) {
        requireValid(code);
        Level found = Level.PROVINCE;
        int from = 0;
        for (Level l : Level.values()) {
            if (!allZero(code, from, l.significantDigits)) {
                found = l;
            }
            from = l.significantDigits;
        }
        return found;
    }

    /** The digits that identify the region; every descendant's code starts with them. */
    public static String prefix(String code) {
        return code.substring(0, level(code).significantDigits);
    }

    /** True when {@code code} is {@code ancestor} or lies below it (both valid codes). */
    public static boolean isWithin(String code, String ancestor) {
        requireValid(code);
        return code.startsWith(prefix(ancestor));
    }

    /** The region's ancestor at {@code level} (itself when it is of that level). */
    public static String at(String code, Level level) {
        if (level.ordinal() > level(code).ordinal()) {
            throw new IllegalArgumentException(code + " is above tier " + level);
        }
        return code.substring(0, level.significantDigits) + "0".repeat(12 - level.significantDigits);
    }

    private static void requireValid(String code) {
        problem(code).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    private static boolean allZero(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
