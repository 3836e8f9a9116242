package cn.gov.xinxiang.agri.project.demovillage;

/** Kinds of demonstration village the bureau and its partner departments (culture and tourism) count. */
public enum DemonstrationKind {
    WELLNESS("康养示范村"),
    RURAL_TOURISM("乡村旅游重点村"),
    BEAUTIFUL_VILLAGE("美丽乡村示范村"),
    OTHER("其他示范村");

    public final String label;

    DemonstrationKind(String label) {
        this.label = label;
    }
}
