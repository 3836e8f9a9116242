package cn.gov.xinxiang.agri.asset.register;

public enum OwnershipNature {
    STATE_OWNED("国有"),
    COLLECTIVE("集体所有"),
    HOUSEHOLD("农户所有");

    public final String label;

    OwnershipNature(String label) {
        this.label = label;
    }
}
