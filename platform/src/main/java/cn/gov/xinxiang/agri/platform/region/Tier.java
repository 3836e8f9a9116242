package cn.gov.xinxiang.agri.platform.region;

/** The four administrative tiers the suite works at, plus the province above them. */
public enum Tier {
    PROVINCE(2, "省"),
    CITY(4, "市"),
    COUNTY(6, "县"),
    TOWNSHIP(9, "乡镇"),
    VILLAGE(12, "村");

    /** How many leading digits of the 12-digit code identify a region of this tier. */
    public final int significantDigits;
    public final String label;

    Tier(int significantDigits, String label) {
        this.significantDigits = significantDigits;
        this.label = label;
    }
}
