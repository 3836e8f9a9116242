package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
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
     * Confirmation (确权登记) is once: an asset still unconfirmed is confirmed, a confirmed one is corrected (409
     * {@code already-confirmed} otherwise).
     */
    public static Decision<AssetStatus> confirmable(UUID assetId, AssetStatus status) {
        return status == AssetStatus.UNCONFIRMED ? Decision.allow(status)
                : Decision.refuse(Violation.state("already-confirmed", "confirmation.already", assetId, new Text("asset-status." + status.name())));
    }

    /** Only a recorded confirmation is corrected (409 {@code not-confirmed} otherwise). */
    public static Decision<AssetStatus> correctable(UUID assetId, AssetStatus status, OwnerType recordedOwner) {
        return status == AssetStatus.UNCONFIRMED || recordedOwner == null
                ? Decision.refuse(Violation.state("not-confirmed", "confirmation.not-yet", assetId)) : Decision.allow(status);
    }

    /**
     * The claim, or the rule it breaks: of the owner's region (a 400 on {@code ownerRegionCode}) or of the claim as a
     * whole (a 422 {@code ownership-rule}).
     */
    public static Decision<Claim> decide(AssetClass assetClass, RegionCode location, UUID assetHouseholdId, Claim c) {
        return violation(assetClass, location, assetHouseholdId, c).map(v -> Decision.<Claim>refuse(v)).orElse(Decision.allow(c));
    }

    /** The first rule the claim breaks ({@code field} null: of the claim as a whole), or empty. */
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
        return Optional.of(Violation.rule("ownership-rule", key, args));
    }

    private static Optional<Violation> region(String key, Object... args) {
        return Optional.of(Violation.field("ownerRegionCode", key, args));
    }
}
