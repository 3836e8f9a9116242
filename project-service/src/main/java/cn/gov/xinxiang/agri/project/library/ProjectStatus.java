package cn.gov.xinxiang.agri.project.library;

/** Where a project stands in the bottom-up library intake and after. */
public enum ProjectStatus {
    DRAFT("草稿"),
    SUBMITTED("村申报"),
    TOWNSHIP_REVIEWED("乡审核"),
    COUNTY_APPROVED("县审定"),
    IN_NOTICE("公示中"),
    IN_LIBRARY("已入库"),
    IN_PROGRESS("实施中"),
    COMPLETED("已竣工"),
    ACCEPTED("已验收");

    public final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    /**
     * Content (fields, mechanisms, participants) may change only while the village holds the draft, so an approved
     * tier's data stays locked until the tier above returns it (the intake workflow moves the status).
     */
    public boolean editable() {
        return this == DRAFT;
    }
}
