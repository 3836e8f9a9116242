package cn.gov.xinxiang.agri.evaluation.evaluation;

/** What an evaluation is about. */
public enum SubjectType {
    PROJECT("项目"),
    COUNTY("县(市、区)"),
    CITY("市");

    public final String label;

    SubjectType(String label) {
        this.label = label;
    }
}
