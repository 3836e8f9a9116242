package cn.gov.xinxiang.agri.project.household;

/** Who a household is to the assistance policy. */
public enum HouseholdCategory {
    POVERTY_ALLEVIATED("脱贫户"),
    MONITORED("监测对象"),
    OTHER("其他农户");

    public final String label;

    HouseholdCategory(String label) {
        this.label = label;
    }

    /** The English code or the Chinese label (spreadsheets from the national system use labels). */
    public static HouseholdCategory parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        for (HouseholdCategory c : values()) {
            if (c.name().equalsIgnoreCase(t) || c.label.equals(t)) {
                return c;
            }
        }
        return "其他".equals(t) ? OTHER : null;
    }
}
