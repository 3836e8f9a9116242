package cn.gov.xinxiang.agri.asset.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

public final class LedgerDtos {
    private LedgerDtos() {
    }

    @Schema(name = "LedgerTotal")
    public record Total(@Schema(examples = "OPERATING") String key, @Schema(examples = "经营性") String label, long count,
                        @Schema(examples = "2997000000.00") BigDecimal value) {
    }

    @Schema(name = "Ledger", description = "台账 totals for a region subtree (assets not disposed)")
    public record LedgerView(String regionCode, String regionName, long assetCount, BigDecimal totalValue, List<Total> byClass,
                             List<Total> byOwnerType, List<Total> byOwnershipNature,
                             @Schema(description = "by the tier of the owner: COUNTY, TOWNSHIP, VILLAGE, or UNCONFIRMED") List<Total> byTier,
                             @Schema(description = "by the next-lower regions of the requested one") List<Total> byRegion) {
    }

    /** One ledger row, as exported. */
    public record Row(String id, String name, String assetClass, BigDecimal value, String regionCode, String sourceProject, String status,
                      String ownerType, String ownerName, String nature, String operatingMode, String batch) {
    }
}
