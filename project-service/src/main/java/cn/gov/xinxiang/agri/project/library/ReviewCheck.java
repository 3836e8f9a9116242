package cn.gov.xinxiang.agri.project.library;

/** The four things the county review checks, each with evidence. */
public enum ReviewCheck {
    BENEFITS("效益"),
    INTEREST_LINKAGE("利益联结"),
    ORGANISATIONAL_GUARANTEE("组织保障"),
    FOLLOW_UP_OPERATION("后续运营");

    public final String label;

    ReviewCheck(String label) {
        this.label = label;
    }
}
