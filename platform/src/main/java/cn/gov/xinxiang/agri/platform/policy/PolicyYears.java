package cn.gov.xinxiang.agri.platform.policy;

/** The fiscal years the suite stores policy numbers, plans and frameworks for: one range for every service. */
public final class PolicyYears {
    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private PolicyYears() {
    }
}
