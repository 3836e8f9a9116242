package cn.gov.xinxiang.agri.contracts.asset;

/**
 * The three classes of asset an assistance project forms: 经营性 (operating), 公益性 (public welfare), 到户类 (household).
 * Defined once, here, because project-service checks them at acceptance, the acceptance event carries them and
 * asset-service registers by them. asset-service serves them as the code list {@value #LIST} (Chinese and English),
 * whose Chinese names its test holds equal to {@link #label}.
 */
public enum AssetClass {
    OPERATING("经营性"),
    PUBLIC_WELFARE("公益性"),
    HOUSEHOLD("到户类");

    /** The code list that names the classes (asset-service, {@code GET /api/v1/code-lists/asset-classes}). */
    public static final String LIST = "asset-classes";

    /** The Chinese name, as the ledger, the XLSX template and the views show it. */
    public final String label;

    AssetClass(String label) {
        this.label = label;
    }
}
