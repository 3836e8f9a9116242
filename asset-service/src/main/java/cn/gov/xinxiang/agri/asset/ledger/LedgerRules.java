package cn.gov.xinxiang.agri.asset.ledger;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

/** What the ledger agrees to hand out; plain code, unit-tested without a container. */
public final class LedgerRules {
    private LedgerRules() {
    }

    /**
     * An export of {@code rows} rows, at most {@code maxRows}: a larger one is refused (422 {@code export-too-large}) rather
     * than built in memory; the caller narrows the region instead.
     */
    public static Decision<Long> export(long rows, int maxRows) {
        return rows > maxRows ? Decision.refuse(Violation.rule("export-too-large", "ledger.too-large", rows, maxRows)) : Decision.allow(rows);
    }
}
