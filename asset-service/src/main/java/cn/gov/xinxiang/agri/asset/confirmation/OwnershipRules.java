package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.asset.register.AssetClass;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.UUID;

/**
 * Who may own what (确权): confirmed to a county department or a township, ownership may become
 * state-owned; confirmed to a village it must be collective; household assets belong to the household.
 * The owner must also belong to the place the asset stands in.
 */
public final class OwnershipRules {
    private OwnershipRules() {
    }

    public record Claim(OwnerType ownerType, OwnershipNature nature, RegionCode ownerRegion, UUID ownerHouseholdId) {
    }

    public static void check(AssetClass assetClass, RegionCode location, UUID assetHouseholdId, Claim c) {
        if ((assetClass == AssetClass.HOUSEHOLD) != (c.ownerType() == OwnerType.HOUSEHOLD)) {
            throw ProblemException.unprocessable("ownership-rule", assetClass == AssetClass.HOUSEHOLD
                    ? "a household asset (到户类) belongs to its household"
                    : "only household assets (到户类) are confirmed to a household");
        }
        switch (c.ownerType()) {
            case VILLAGE_COLLECTIVE -> {
                if (c.nature() != OwnershipNature.COLLECTIVE) {
                    throw ProblemException.unprocessable("ownership-rule",
                            "an asset confirmed to a village must be collective (纳入农村集体资产统一管理), not " + c.nature());
                }
                if (c.ownerRegion().tier() != Tier.VILLAGE || !c.ownerRegion().isWithin(location.at(Tier.TOWNSHIP))) {
                    throw ProblemException.invalid("ownerRegionCode", "the owning village must lie in the township where the asset stands");
                }
            }
            case COUNTY_DEPARTMENT, TOWNSHIP -> {
                if (c.nature() == OwnershipNature.HOUSEHOLD) {
                    throw ProblemException.unprocessable("ownership-rule", "an asset confirmed to a county department or township is state-owned or collective");
                }
                if (!c.ownerRegion().equals(location.at(c.ownerType().tier))) {
                    throw ProblemException.invalid("ownerRegionCode", "the owner must be the " + c.ownerType().tier.label
                            + " where the asset stands (" + location.at(c.ownerType().tier) + ")");
                }
            }
            case HOUSEHOLD -> {
                if (c.nature() != OwnershipNature.HOUSEHOLD) {
                    throw ProblemException.unprocessable("ownership-rule", "a household asset is owned by the household");
                }
                if (c.ownerHouseholdId() == null || !c.ownerHouseholdId().equals(assetHouseholdId)) {
                    throw ProblemException.unprocessable("ownership-rule", "a household asset is confirmed to the household it was formed for");
                }
                if (!c.ownerRegion().equals(location)) {
                    throw ProblemException.invalid("ownerRegionCode", "the household's village is where the asset stands");
                }
            }
        }
    }
}
