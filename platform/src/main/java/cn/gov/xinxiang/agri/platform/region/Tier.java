package cn.gov.xinxiang.agri.platform.region;

import cn.gov.xinxiang.agri.contracts.region.DivisionCode;

/** The four administrative tiers the suite works at, plus the province above them. */
public enum Tier {
    PROVINCE(DivisionCode.Level.PROVINCE, "省"),
    CITY(DivisionCode.Level.CITY, "市"),
    COUNTY(DivisionCode.Level.COUNTY, "县"),
    TOWNSHIP(DivisionCode.Level.TOWNSHIP, "乡镇"),
    VILLAGE(DivisionCode.Level.VILLAGE, "村");

    /** How many leading digits of the 12-digit code identify a region of this tier. */
    public final int significantDigits;
    public final String label;
    /** The same tier in the contracts module's digit rules, which this enum delegates to. */
    public final DivisionCode.Level level;

    Tier(DivisionCode.Level level, String label) {
        this.level = level;
        this.significantDigits = level.significantDigits;
        this.label = label;
    }

    public static Tier of(DivisionCode.Level level) {
        for (Tier t : values()) {
            if (t.level == level) {
                return t;
            }
        }
        throw new IllegalArgumentException("no tier for " + level);
    }
}
