package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.asset.register.AssetClass;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.Optional;
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

    /**
     * A broken rule: of the owner's region ({@code field} = {@code ownerRegionCode}, a 400) or of the claim as a
     * whole ({@code field} null, a 422 {@code ownership-rule}); the text is a bundle key with arguments.
     */
    public record Violation(String field, Text text) {
    }

    /** @throws ProblemException 400 on {@code ownerRegionCode} or 422 {@code ownership-rule} */
    public static void check(AssetClass assetClass, RegionCode location, UUID assetHouseholdId, Claim c) {
        violation(assetClass, location, assetHouseholdId, c).ifPresent(v -> {
            throw v.field() == null
                    ? ProblemException.keyed(422, "ownership-rule", v.text().key(), v.text().args())
                    : ProblemException.invalidField(v.field(), v.text().key(), v.text().args());
        });
    }

    /** The first rule the claim breaks, or empty. */
    public static Optional<Violation> violation(AssetClass assetClass, RegionCode location, UUID assetHouseholdId, Claim c) {
        if ((assetClass == AssetClass.HOUSEHOLD) != (c.ownerType() == OwnerType.HOUSEHOLD)) {
            return whole(assetClass == AssetClass.HOUSEHOLD ? "ownership.household-asset-to-household" : "ownership.only-household-assets");
        }
        switch (c.ownerType()) {
            case VILLAGE_COLLECTIVE -> {
                if (c.nature() != OwnershipNature.COLLECTIVE) {
                    return whole("ownership.village-collective", c.nature().name(), c.nature().label);
                }
                if (c.ownerRegion().tier() != Tier.VILLAGE || !c.ownerRegion().isWithin(location.at(Tier.TOWNSHIP))) {
                    return region("ownership.village-in-township");
                }
            }
            case COUNTY_DEPARTMENT, TOWNSHIP -> {
                if (c.nature() == OwnershipNature.HOUSEHOLD) {
                    return whole("ownership.state-or-collective");
                }
                if (!c.ownerRegion().equals(location.at(c.ownerType().tier))) {
                    return region("ownership.owner-where-asset-stands", new Text("tier." + c.ownerType().tier.name()),
                            location.at(c.ownerType().tier).value());
                }
            }
            case HOUSEHOLD -> {
                if (c.nature() != OwnershipNature.HOUSEHOLD) {
                    return whole("ownership.household-owned");
                }
                if (c.ownerHouseholdId() == null || !c.ownerHouseholdId().equals(assetHouseholdId)) {
                    return whole("ownership.household-formed-for");
                }
                if (!c.ownerRegion().equals(location)) {
                    return region("ownership.household-village");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> whole(String key, Object... args) {
        return Optional.of(new Violation(null, new Text(key, args)));
    }

    private static Optional<Violation> region(String key, Object... args) {
        return Optional.of(new Violation("ownerRegionCode", new Text(key, args)));
    }
}
