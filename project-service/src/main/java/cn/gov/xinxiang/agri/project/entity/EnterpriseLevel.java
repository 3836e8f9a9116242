package cn.gov.xinxiang.agri.project.entity;

/** The level at which a leading enterprise (农业产业化龙头企业) is recognised. */
public enum EnterpriseLevel {
    NATIONAL("国家级"),
    PROVINCIAL("省级"),
    CITY("市级");

    public final String label;

    EnterpriseLevel(String label) {
        this.label = label;
    }
}
