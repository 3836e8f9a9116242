package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.region.RegionCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Consistency of an asset's own data; plain code, unit-tested without a container. Each check reports the first
 * rule broken (a 400 on the request field) or allows the value checked.
 */
public final class AssetRules {
    private AssetRules() {
    }

    /** Funding, operating mode and contract as they pass the rules. */
    public record Operation(AssetDtos.Funding funding, OperatingMode mode, AssetDtos.Contract contract) {
    }

    /** A division code given in a request field: 12 digits of the statistical scheme, else a 400 on {@code field}. */
    public static Decision<RegionCode> divisionCode(String field, String given) {
        return RegionCode.parse(given).map(Decision::allow).orElseGet(() -> Decision.refuse(Violation.field(field, "region.code-format")));
    }

    /** A user registers assets only in their own region's subtree (403 otherwise). */
    public static Decision<RegionCode> inOwnRegion(RegionCode location, boolean callersScopeCovers) {
        return callersScopeCovers ? Decision.allow(location) : Decision.refuse(Violation.forbidden("asset.own-region-only"));
    }

    /**
     * Assets stand in a village or a township; household assets name their household and stand in a
     * village. The rule is the contracts module's {@link AcceptanceRules#location}, the one project-service
     * checks at acceptance, so a legacy registration and a takeover refuse exactly the same.
     */
    public static Decision<RegionCode> location(AssetClass assetClass, RegionCode location, UUID householdId) {
        return AcceptanceRules.location(assetClass.name(), location.value(), householdId != null).stream().findFirst()
                .map(r -> Decision.<RegionCode>refuse(Violation.field(r.field().equals("locationRegionCode") ? "regionCode" : r.field(),
                        r.key(), r.arguments())))
                .orElse(Decision.allow(location));
    }

    /**
     * The funding parts, when given, add up to the value exactly; leased, equity and entrusted assets have a contract
     * with a term, self-run ones do not.
     */
    public static Decision<Operation> operation(BigDecimal value, AssetDtos.Funding f, OperatingMode mode, AssetDtos.Contract c) {
        if (f != null) {
            BigDecimal sum = f.linkage().add(f.otherFiscal()).add(f.selfRaised()).add(f.credit());
            if (sum.compareTo(value) != 0) {
                return Decision.refuse(Violation.field("funding", "asset.funding-sum", sum.toPlainString(), value.toPlainString()));
            }
        }
        if (mode == null) {
            return c != null ? Decision.refuse(Violation.field("operatingMode", "asset.contract-needs-mode")) : Decision.allow(new Operation(f, null, null));
        }
        if (mode.needsContract() && c == null) {
            return Decision.refuse(Violation.field("contract", "asset.mode-needs-contract", mode.name(), mode.label));
        }
        if (!mode.needsContract() && c != null) {
            return Decision.refuse(Violation.field("contract", "asset.self-run-no-contract"));
        }
        if (c != null && !c.end().isAfter(c.start())) {
            return Decision.refuse(Violation.field("contract.end", "asset.contract-end"));
        }
        return Decision.allow(new Operation(f, mode, c));
    }

    /** An asset registered as in service from a day that has come (400 on {@code inServiceOn} otherwise). */
    public static Decision<LocalDate> inService(LocalDate inServiceOn, LocalDate today) {
        return inServiceOn.isAfter(today) ? Decision.refuse(Violation.field("inServiceOn", "asset.not-in-future")) : Decision.allow(inServiceOn);
    }

    /** A disposed asset is operated no more: its funding, mode and contract stay as they were (409). */
    public static Decision<AssetStatus> operated(AssetStatus status) {
        return status == AssetStatus.DISPOSED ? Decision.refuse(Violation.state("asset-disposed", "asset.disposed-not-operated"))
                : Decision.allow(status);
    }

    /**
     * The acceptance event satisfies {@link AcceptanceRules}, the rule project-service checked before accepting: an
     * event that breaks it (an old or foreign producer) is refused whole, naming every refused field (422
     * {@code acceptance-rule}).
     */
    public static Decision<ProjectAcceptedV1> takeOver(ProjectAcceptedV1 accepted) {
        List<Violation> refused = AcceptanceRules.check(accepted).stream()
                .map(r -> Violation.ruleOn("acceptance-rule", r.field(), r.key(), r.arguments())).toList();
        return Decision.of(refused, accepted);
    }
}
