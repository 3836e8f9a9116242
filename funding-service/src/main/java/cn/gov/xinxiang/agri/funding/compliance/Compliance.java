package cn.gov.xinxiang.agri.funding.compliance;

import cn.gov.xinxiang.agri.funding.policy.Shares;
import java.math.BigDecimal;

/**
 * The live compliance of a plan: its planned shares against the year's floors, and the same shares
 * over what has actually been allocated so far. Plain code, no container needed to test it.
 */
public final class Compliance {
    private Compliance() {
    }

    /** One share: the exact fraction (20 significant digits), its display, and whether it meets its floor. */
    public record Share(BigDecimal part, BigDecimal whole, BigDecimal ratio, String display, BigDecimal floor,
                        String floorDisplay, boolean meetsFloor) {
        public static Share of(BigDecimal part, BigDecimal whole, BigDecimal floor) {
            return new Share(part, whole, Shares.ratio(part, whole), Shares.display(part, whole), floor.stripTrailingZeros(),
                    Shares.displayFloor(floor), Shares.meetsFloor(part, whole, floor));
        }
    }

    /** Industry share of a total and leading-industry share of the industry funds. */
    public record FloorShares(Share industryShare, Share leadingShare) {
        public boolean belowFloor() {
            return !industryShare.meetsFloor() || !leadingShare.meetsFloor();
        }
    }

    public static FloorShares of(BigDecimal total, BigDecimal industry, BigDecimal leading, BigDecimal industryFloor, BigDecimal leadingFloor) {
        return new FloorShares(Share.of(industry, total, industryFloor), Share.of(leading, industry, leadingFloor));
    }
}
