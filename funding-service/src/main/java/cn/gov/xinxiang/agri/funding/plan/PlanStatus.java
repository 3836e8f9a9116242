package cn.gov.xinxiang.agri.funding.plan;

public enum PlanStatus {
    DRAFT("草稿"),
    PUBLISHED("已下达");

    public final String label;

    PlanStatus(String label) {
        this.label = label;
    }
}
