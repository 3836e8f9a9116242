package cn.gov.xinxiang.agri.funding.plan;

/** What linkage funds are used for, as the annual plan breaks them down. */
public enum FundUse {
    INDUSTRY_DEVELOPMENT("产业发展"),
    INFRASTRUCTURE("基础设施"),
    EMPLOYMENT("就业"),
    OTHER("其他");

    public final String label;

    FundUse(String label) {
        this.label = label;
    }
}
