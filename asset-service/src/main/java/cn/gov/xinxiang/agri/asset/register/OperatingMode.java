package cn.gov.xinxiang.agri.asset.register;

public enum OperatingMode {
    SELF_RUN("自主经营"),
    LEASED("租赁经营"),
    EQUITY("入股经营"),
    ENTRUSTED("委托经营");

    public final String label;

    OperatingMode(String label) {
        this.label = label;
    }

    /** Every mode but self-run hands the asset to a counterparty, so it needs a contract. */
    public boolean needsContract() {
        return this != SELF_RUN;
    }
}
