package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;

import java.math.BigDecimal;
import java.util.UUID;

/** Consistency of an asset's own data; plain code, unit-tested without a container. */
public final class AssetRules {
    private AssetRules() {
    }

    /**
     * Assets stand in a village or a township; household assets name their household and stand in a
     * village. The rule is the contracts module's {@link AcceptanceRules#location}, the one project-service
     * checks at acceptance, so a legacy registration and a takeover refuse exactly the same.
     */
    public static void checkLocation(AssetClass assetClass, RegionCode location, UUID householdId) {
        AcceptanceRules.location(assetClass.name(), location.value(), householdId != null).stream().findFirst().ifPresent(r -> {
            throw ProblemException.invalidField(r.field().equals("locationRegionCode") ? "regionCode" : r.field(), r.key(), r.arguments());
        });
    }

    /** The funding parts, when given, add up to the value exactly. */
    public static void checkFunding(BigDecimal value, AssetDtos.Funding f) {
        if (f == null) {
            return;
        }
        BigDecimal sum = f.linkage().add(f.otherFiscal()).add(f.selfRaised()).add(f.credit());
        if (sum.compareTo(value) != 0) {
            throw ProblemException.invalidField("funding", "asset.funding-sum", sum.toPlainString(), value.toPlainString());
        }
    }

    /** Leased, equity and entrusted assets have a contract with a term; self-run ones do not. */
    public static void checkOperation(OperatingMode mode, AssetDtos.Contract c) {
        if (mode == null) {
            if (c != null) {
                throw ProblemException.invalidField("operatingMode", "asset.contract-needs-mode");
            }
            return;
        }
        if (mode.needsContract() && c == null) {
            throw ProblemException.invalidField("contract", "asset.mode-needs-contract", mode.name(), mode.label);
        }
        if (!mode.needsContract() && c != null) {
            throw ProblemException.invalidField("contract", "asset.self-run-no-contract");
        }
        if (c != null && !c.end().isAfter(c.start())) {
            throw ProblemException.invalidField("contract.end", "asset.contract-end");
        }
    }
}
