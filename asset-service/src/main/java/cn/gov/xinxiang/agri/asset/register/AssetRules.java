package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.math.BigDecimal;
import java.util.UUID;

/** Consistency of an asset's own data; plain code, unit-tested without a container. */
public final class AssetRules {
    private AssetRules() {
    }

    /** Assets stand in a village or a township; household assets in the household's village. */
    public static void checkLocation(AssetClass assetClass, RegionCode location, UUID householdId) {
        if (location.tier() != Tier.VILLAGE && location.tier() != Tier.TOWNSHIP) {
            throw ProblemException.invalid("regionCode", "an asset stands in a village or a township, not at " + location.tier().label + " level");
        }
        if (assetClass == AssetClass.HOUSEHOLD) {
            if (householdId == null) {
                throw ProblemException.invalid("householdId", "a household asset names its household");
            }
            if (location.tier() != Tier.VILLAGE) {
                throw ProblemException.invalid("regionCode", "a household asset stands in the household's village");
            }
        } else if (householdId != null) {
            throw ProblemException.invalid("householdId", "only household assets name a household");
        }
    }

    /** The funding parts, when given, add up to the value exactly. */
    public static void checkFunding(BigDecimal value, AssetDtos.Funding f) {
        if (f == null) {
            return;
        }
        BigDecimal sum = f.linkage().add(f.otherFiscal()).add(f.selfRaised()).add(f.credit());
        if (sum.compareTo(value) != 0) {
            throw ProblemException.invalid("funding", "the parts add up to " + sum.toPlainString() + " but the value is " + value.toPlainString());
        }
    }

    /** Leased, equity and entrusted assets have a contract with a term; self-run ones do not. */
    public static void checkOperation(OperatingMode mode, AssetDtos.Contract c) {
        if (mode == null) {
            if (c != null) {
                throw ProblemException.invalid("operatingMode", "a contract needs an operating mode");
            }
            return;
        }
        if (mode.needsContract() && c == null) {
            throw ProblemException.invalid("contract", "an asset run as " + mode.name() + " (" + mode.label + ") needs its contract");
        }
        if (!mode.needsContract() && c != null) {
            throw ProblemException.invalid("contract", "a self-run asset has no operating contract");
        }
        if (c != null && !c.end().isAfter(c.start())) {
            throw ProblemException.invalid("contract.end", "must be after contract.start");
        }
    }
}
