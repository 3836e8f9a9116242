package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.platform.codes.CodeNames;

/**
 * The three classes of assets an assistance project forms. Their names are defined once, in the code list
 * {@value #LIST} of {@code i18n/codes_{zh,en}.properties}; the label is the Chinese name read from there.
 */
public enum AssetClass {
    OPERATING,
    PUBLIC_WELFARE,
    HOUSEHOLD;

    /** The code list that names the classes. */
    public static final String LIST = "asset-classes";

    /** The Chinese name (经营性, 公益性, 到户类), as the ledger, the XLSX template and the views show it. */
    public final String label;

    AssetClass() {
        this.label = Names.CODES.zh(LIST + "." + name());
    }

    /** Loaded on first use, apart from the constants (an enum's constructor cannot read its own static fields). */
    private static final class Names {
        static final CodeNames CODES = CodeNames.load(AssetClass.class.getClassLoader());
    }
}
