package cn.gov.xinxiang.agri.asset.register;

public enum AssetStatus {
    UNCONFIRMED("待确权"),
    CONFIRMED("已确权"),
    DISPOSED("已处置");

    public final String label;

    AssetStatus(String label) {
        this.label = label;
    }
}
