package cn.gov.xinxiang.agri.project.entity;

/** The role a registered entity plays on a project. */
public enum ProjectEntityRole {
    IMPLEMENTER("实施主体"),
    OPERATOR("运营主体"),
    DRIVER("带动主体"),
    PURCHASER("收购方"),
    LESSEE("承租方"),
    OTHER("其他");

    public final String label;

    ProjectEntityRole(String label) {
        this.label = label;
    }
}
