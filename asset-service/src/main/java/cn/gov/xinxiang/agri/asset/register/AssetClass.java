package cn.gov.xinxiang.agri.asset.register;

/** The three classes of assets an assistance project forms. */
public enum AssetClass {
    OPERATING("经营性"),
    PUBLIC_WELFARE("公益性"),
    HOUSEHOLD("到户类");

    public final String label;

    AssetClass(String label) {
        this.label = label;
    }
}
