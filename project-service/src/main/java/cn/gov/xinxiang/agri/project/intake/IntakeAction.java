package cn.gov.xinxiang.agri.project.intake;

/** What can happen to a project, in the bottom-up intake and after it. */
public enum IntakeAction {
    SUBMIT("村申报"),
    TOWNSHIP_APPROVE("乡审核通过"),
    COUNTY_APPROVE("县审定通过"),
    START_NOTICE("开始公示"),
    ADMIT("入库"),
    RETURN("退回"),
    START("开工实施"),
    COMPLETE("竣工"),
    ACCEPT("验收");

    public final String label;

    IntakeAction(String label) {
        this.label = label;
    }
}
