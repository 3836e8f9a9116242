package cn.gov.xinxiang.agri.funding.allocation;

public enum AllocationStatus {
    ACTIVE("有效"),
    REVOKED("已撤销");

    public final String label;

    AllocationStatus(String label) {
        this.label = label;
    }
}
