package cn.gov.xinxiang.agri.funding.policy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Share arithmetic for the policy floors. Floors are compared without dividing
 * ({@code part >= floor * whole}), so the decision is exact for any amounts; division happens only
 * to show a share, rounded once, at the end.
 */
public final class Shares {
    private Shares() {
    }

    /** Enough digits that a shown share never differs from the exact one in a visible place. */
    private static final MathContext SHARE_CONTEXT = new MathContext(20, RoundingMode.HALF_EVEN);

    /**
     * True when part/whole is at least the floor. An empty whole meets every floor: there is no
     * money whose use could miss it.
     */
    public static boolean meetsFloor(BigDecimal part, BigDecimal whole, BigDecimal floor) {
        requireNonNegative(part, "part");
        requireNonNegative(whole, "whole");
        if (whole.signum() == 0) {
            return true;
        }
        return part.compareTo(floor.multiply(whole)) >= 0;
    }

    /** part/whole to 20 significant digits, or null when whole is zero (no share exists). */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        requireNonNegative(part, "part");
        requireNonNegative(whole, "whole");
        if (whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, SHARE_CONTEXT).stripTrailingZeros();
    }

    /**
     * part/whole as a percentage rounded half-up to {@code decimals} places, computed in one
     * division from the exact amounts (never from an already rounded ratio).
     */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole, int decimals) {
        requireNonNegative(part, "part");
        requireNonNegative(whole, "whole");
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, decimals, RoundingMode.HALF_UP);
    }

    /** "67.4%", or "—" where there is nothing to divide by. */
    public static String display(BigDecimal part, BigDecimal whole) {
        BigDecimal p = percent(part, whole, 1);
        return p == null ? "—" : p.toPlainString() + "%";
    }

    /** A floor (a fraction such as 0.65) shown as a percentage: "65%", "62.5%". */
    public static String displayFloor(BigDecimal floor) {
        return floor.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }

    private static void requireNonNegative(BigDecimal v, String what) {
        if (v == null || v.signum() < 0) {
            throw new IllegalArgumentException(what + " must be a non-negative amount");
        }
    }
}
